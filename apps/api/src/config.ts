import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, two levels above apps/api/{src,dist}. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A whole number in a range, with a message a person can act on. */
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/**
 * Every setting Filiera reads from the environment, validated once at boot.
 * An invalid value stops the process with a line naming the variable.
 */
const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  /** HTTP port of the single process serving the web app and /graphql. */
  PORT: wholeNumber(1, 65535).default(4000),
  /** Interface to listen on; empty means all interfaces. */
  HOST: z.string().default(''),
  /** Any PostgreSQL; when unset an embedded server is started with its data under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where the embedded PostgreSQL keeps its data. */
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** The address people use to reach the app, for links such as invitations. */
  PUBLIC_URL: z.url({ error: 'must be an http(s) address' }).optional(),
  /** Seed the demo district when the database has no users yet. */
  SEED_ON_START: booleanString.default(true),
  /** Which demo dataset to seed: the real district or the national benchmark scale. */
  SEED_SCALE: z.enum(['district', 'national'], { error: 'must be district or national' }).default('district'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(8),
  /** Send the session cookie only over HTTPS; defaults to on when PUBLIC_URL is https. */
  COOKIE_SECURE: booleanString.optional(),
  /** Number of proxies in front of the app whose X-Forwarded-For is trusted (0 = none). */
  TRUST_PROXY_HOPS: wholeNumber(0, 10).default(0),
  /** The built web app to serve; unset means apps/web/dist. */
  WEB_DIST_DIR: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  /**
   * How many firms' worth of directory pages each process keeps in memory, valid until the directory
   * changes (see modules/firm/firm.directory-cache.ts); 0 turns the cache off.
   */
  DIRECTORY_CACHE_FIRMS: wholeNumber(0, 1_000_000).default(20_000),
  /** Data rows a registry file may have; a longer file is refused with this number in the message. */
  REGISTRY_IMPORT_MAX_ROWS: wholeNumber(1, 10_000_000).default(100_000),
  /** Megabytes an XLSX registry file may unpack to (its declared size); a larger one is refused. */
  REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB: wholeNumber(1, 100_000).default(200),
});

/** The SMTP variables: all optional; SMTP_HOST turns e-mail on and then SMTP_FROM is required. */
const smtpSchema = z
  .object({
    /** The SMTP server; unset means no e-mail is sent (the showcase inbox works without it). */
    SMTP_HOST: z.string().trim().min(1).optional(),
    /** Its port: 587 (STARTTLS) unless set; 465 means TLS from the first byte. */
    SMTP_PORT: wholeNumber(1, 65535).optional(),
    /** TLS from the first byte (port 465); default: true on port 465 only. */
    SMTP_SECURE: booleanString.optional(),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    /** The sender, e.g. `Filiera <noreply@rete.example>`. */
    SMTP_FROM: z
      .string()
      .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/, 'must be an e-mail address or "Name <address>"')
      .optional(),
  })
  .superRefine((v, issue) => {
    const need = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
    const others = (['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM'] as const).filter(
      (k) => v[k] !== undefined,
    );
    if (!v.SMTP_HOST && others.length) need('SMTP_HOST', `is required when ${others.join(', ')} is set`);
    if (v.SMTP_HOST && !v.SMTP_FROM) need('SMTP_FROM', 'is required when SMTP_HOST is set');
    if (v.SMTP_USER && v.SMTP_PASSWORD === undefined)
      need('SMTP_PASSWORD', 'is required when SMTP_USER is set');
    if (v.SMTP_PASSWORD !== undefined && !v.SMTP_USER)
      need('SMTP_USER', 'is required when SMTP_PASSWORD is set');
  });

/** Where e-mail goes out, or null when SMTP_HOST is unset. */
export interface MailConfig {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
}

/**
 * Scaling out (docs/ARCHITECTURE.md, "Scaling out"): how many API processes `pnpm start` runs, and the
 * streaming replicas that answer read-only work.
 */
const scaleSchema = z
  .object({
    /** API processes sharing the port (node:cluster); 1 runs a single process. */
    WEB_CONCURRENCY: wholeNumber(1, 64).default(1),
    DATABASE_URL: z.string().optional(),
    /** Comma-separated PostgreSQL streaming replicas of DATABASE_URL, for read-only operations and exports. */
    DATABASE_REPLICA_URLS: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must start with postgres:// or postgresql://')),
      )
      .default([]),
  })
  .superRefine((v, issue) => {
    if (v.DATABASE_REPLICA_URLS.length && !v.DATABASE_URL)
      issue.addIssue({
        code: 'custom',
        path: ['DATABASE_REPLICA_URLS'],
        message: 'needs DATABASE_URL (the primary the replicas stream from)',
      });
  });

/** Variables whose values never appear in an error message. */
const SECRETS = new Set(['SMTP_PASSWORD']);

export type Config = z.infer<typeof configSchema> &
  Omit<z.infer<typeof scaleSchema>, 'DATABASE_URL'> & {
    publicUrl: string;
    cookieSecure: boolean;
    mail: MailConfig | null;
  };

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message names each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  const smtp = smtpSchema.safeParse(cleaned);
  const scale = scaleSchema.safeParse(cleaned);
  if (!parsed.success || !smtp.success || !scale.success) {
    const issues = [
      ...(parsed.error?.issues ?? []),
      ...(smtp.error?.issues ?? []),
      ...(scale.error?.issues ?? []),
    ];
    const problems = issues.map((issue) => {
      const name = issue.path.join('.');
      const value = SECRETS.has(name) && env[name] ? '(hidden)' : JSON.stringify(env[name] ?? '');
      return `${name}=${value}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  const m = smtp.data;
  const smtpPort = m.SMTP_PORT ?? 587;
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return {
    ...c,
    WEB_CONCURRENCY: scale.data.WEB_CONCURRENCY,
    DATABASE_REPLICA_URLS: scale.data.DATABASE_REPLICA_URLS,
    mail: m.SMTP_HOST
      ? {
          host: m.SMTP_HOST,
          port: smtpPort,
          secure: m.SMTP_SECURE ?? smtpPort === 465,
          auth: m.SMTP_USER ? { user: m.SMTP_USER, pass: m.SMTP_PASSWORD ?? '' } : null,
          from: m.SMTP_FROM!,
        }
      : null,
    publicUrl,
    cookieSecure: c.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
  };
}
