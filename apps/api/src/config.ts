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
  /** Send the session cookie only over HTTPS; defaults to on in production. */
  COOKIE_SECURE: booleanString.optional(),
  /** Number of proxies in front of the app whose X-Forwarded-For is trusted (0 = none). */
  TRUST_PROXY_HOPS: wholeNumber(0, 10).default(0),
  /** The built web app to serve; unset means apps/web/dist. */
  WEB_DIST_DIR: z.string().default(path.join(repoRoot, 'apps/web/dist')),
});

export type Config = z.infer<typeof configSchema> & { publicUrl: string; cookieSecure: boolean };

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message names each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
  };
}
