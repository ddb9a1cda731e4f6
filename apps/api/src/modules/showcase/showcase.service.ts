import { createHash } from 'node:crypto';
import { ContactRequestKind, ISO_COUNTRY_CODES } from '@filiera/shared';
import { z } from 'zod';
import type { Context, Viewer } from '../../context.js';
import { nameCountries, sortByName, type CountryNameModel } from '../../common/country-names.js';
import type { CountryNameOrder } from '../../generated/graphql.js';
import { DomainError, ErrorCode, badField, notFound } from '../../common/errors.js';
import { queueMail } from '../mail/mail.service.js';
import { byText, type Connection, keysetPage, newestFirst } from '../../common/pagination.js';
import { findOrThrow, getOrThrow } from '../../common/lookup.js';
import { likePattern, parseInput, text, uuid } from '../../common/validation.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { ContactRequestEntity, type ContactRequestState } from './showcase.entity.js';
import { contactNotification } from './showcase.mail.js';
import { recordEvent } from '../event-stream/domain-event.js';

/** Requests one client address may send within the window, whichever firms they go to. */
export const CONTACT_LIMITS = { perAddress: 5, windowMinutes: 60 } as const;

export interface ShowcaseFirmArgs {
  search?: string | null;
  capabilityIds?: readonly string[] | null;
  productLines?: readonly string[] | null;
  certifications?: readonly string[] | null;
  exportMarkets?: readonly string[] | null;
  minCapacity?: number | null;
  includeCeased?: boolean | null;
  first?: number | null;
  after?: string | null;
}

const filterList = z.array(text(100).min(1)).max(50, 'has more than 50 values').nullish();
const filterSchema = z.object({
  search: text(200).nullish(),
  capabilityIds: z.array(uuid).max(50).nullish(),
  productLines: filterList,
  certifications: filterList,
  exportMarkets: filterList,
  minCapacity: z.number().int().min(0, 'cannot be negative').nullish(),
  includeCeased: z.boolean().nullish(),
});

/**
 * Consenting firms, filtered on public fields only: a filter on a field the firm keeps private would
 * reveal it (e.g. "exports to US" matching a firm that hides its markets), so such firms never match it.
 * Firms the registry records as ceased are left out unless `includeCeased`.
 */
export async function listShowcaseFirms(
  ctx: Context,
  args: ShowcaseFirmArgs,
): Promise<Connection<FirmEntity>> {
  const f = parseInput(filterSchema, args);
  const qb = ctx.ds.getRepository(FirmEntity).createQueryBuilder('f').where('f.showcase_consent');
  if (!f.includeCeased) qb.andWhere('f.ceased_on IS NULL');
  if (f.search) {
    qb.andWhere(
      `(f.legal_name ILIKE :search OR ('tradeName' = ANY(f.public_fields) AND f.trade_name ILIKE :search))`,
      { search: likePattern(f.search) },
    );
  }
  if (f.capabilityIds?.length) {
    const ids = [...new Set(f.capabilityIds)];
    qb.andWhere(
      `'capabilities' = ANY(f.public_fields) AND (SELECT count(*) FROM firm_capability fc
         WHERE fc.firm_id = f.id AND fc.capability_id = ANY(CAST(:capIds AS uuid[]))) = :capCount`,
      { capIds: ids, capCount: ids.length },
    );
  }
  if (f.productLines?.length) {
    qb.andWhere(`'productLines' = ANY(f.public_fields) AND f.product_lines && CAST(:lines AS text[])`, {
      lines: f.productLines,
    });
  }
  if (f.certifications?.length) {
    qb.andWhere(`'certifications' = ANY(f.public_fields) AND f.certifications && CAST(:certs AS text[])`, {
      certs: f.certifications,
    });
  }
  if (f.exportMarkets?.length) {
    qb.andWhere(`'exportMarkets' = ANY(f.public_fields) AND f.export_markets && CAST(:markets AS text[])`, {
      markets: f.exportMarkets.map((m) => m.toUpperCase()),
    });
  }
  if (f.minCapacity != null) {
    qb.andWhere(`'capacityPairsPerDay' = ANY(f.public_fields) AND f.capacity_pairs_per_day >= :minCapacity`, {
      minCapacity: f.minCapacity,
    });
  }
  return keysetPage(
    qb,
    byText('f.legal_name', (firm) => firm.legalName),
    args,
  );
}

const ownFirmId = (viewer: Viewer | null): string | null => (viewer?.role === 'FIRM' ? viewer.firmId : null);

/**
 * One consenting firm, NOT_FOUND for any other (a non-consenting firm is indistinguishable from a missing
 * one). Counts a view once per visitor and day; the firm's own people browsing their page do not count.
 */
export async function getShowcaseFirm(ctx: Context, id: string): Promise<FirmEntity> {
  const firm = await getOrThrow('PublicFirm', id, (key) =>
    ctx.ds.getRepository(FirmEntity).findOneBy({ id: key, showcaseConsent: true }),
  );
  if (ownFirmId(ctx.viewer) !== firm.id) {
    // A hash, so the table holds no addresses; the day in it keeps visitors unlinkable across days.
    const day = new Date().toISOString().slice(0, 10);
    const visitor = createHash('sha256').update(`${ctx.ip}|${day}|${firm.id}`).digest('base64url');
    // A write inside a query: always on the primary, even when the query reads a replica.
    await ctx.reads.primary.query(
      `INSERT INTO showcase_view (firm_id, day, visitor) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [firm.id, day, visitor],
    );
  }
  return firm;
}

/** A field of a showcase firm, or null when the firm did not make it public. */
export function publicValue<K extends keyof FirmEntity>(
  firm: FirmEntity,
  field: K,
  publicName: string = field,
): FirmEntity[K] | null {
  return firm.publicFields.includes(publicName) ? firm[field] : null;
}

export interface ShowcaseStatsModel {
  firmCount: number;
  showcaseFirmCount: number;
  capabilityCount: number;
  exportMarketCount: number;
}

/** District figures in one statement, of firms still active; markets only from firms that made them public. */
export async function showcaseStats(ctx: Context): Promise<ShowcaseStatsModel> {
  const [row] = (await ctx.ds.query(`
    SELECT (SELECT count(*) FROM firm WHERE ceased_on IS NULL) AS firms,
           (SELECT count(*) FROM firm WHERE showcase_consent AND ceased_on IS NULL) AS showcase,
           (SELECT count(*) FROM capability) AS capabilities,
           (SELECT count(DISTINCT m) FROM firm, unnest(export_markets) AS m
             WHERE showcase_consent AND ceased_on IS NULL
               AND 'exportMarkets' = ANY(public_fields)) AS markets`)) as {
    firms: string;
    showcase: string;
    capabilities: string;
    markets: string;
  }[];
  return {
    firmCount: Number(row?.firms ?? 0),
    showcaseFirmCount: Number(row?.showcase ?? 0),
    capabilityCount: Number(row?.capabilities ?? 0),
    exportMarketCount: Number(row?.markets ?? 0),
  };
}

/**
 * Markets some active consenting firm shows publicly, named in Italian and English, by code or by name
 * in one language: searching by any other would find nothing.
 */
export async function showcaseExportMarkets(
  ctx: Context,
  orderBy: CountryNameOrder,
): Promise<CountryNameModel[]> {
  const named = nameCountries(await ctx.loaders.showcase.exportMarketCodes.load('shown'));
  return orderBy === 'CODE' ? named : sortByName(named, orderBy === 'NAME_EN' ? 'en' : 'it');
}

/** Capabilities some consenting firm shows publicly: searching by any other would find nothing. */
export async function showcaseCapabilities(ctx: Context): Promise<CapabilityEntity[]> {
  return ctx.ds
    .getRepository(CapabilityEntity)
    .createQueryBuilder('c')
    .where(
      `EXISTS (SELECT 1 FROM firm_capability fc JOIN firm f ON f.id = fc.firm_id
        WHERE fc.capability_id = c.id AND f.showcase_consent AND f.ceased_on IS NULL
          AND 'capabilities' = ANY(f.public_fields))`,
    )
    .orderBy('c.capability_group')
    .addOrderBy('c.code')
    .getMany();
}

const required = (max: number) => text(max).min(1, 'is required');
const contactSchema = z
  .object({
    firmId: uuid,
    kind: z.enum(ContactRequestKind),
    name: required(200),
    company: required(200),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => ISO_COUNTRY_CODES.has(c), {
        message: 'is not a country code',
        params: { reason: 'country' },
      }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'is not an e-mail address' })),
    message: text(4000).min(10, 'is shorter than 10 characters'),
    quantity: z.number().int().min(1, 'must be at least 1').max(10_000_000, 'is too large').nullish(),
    website: z.string().max(1000).nullish(),
  })
  .superRefine((v, issue) => {
    if (v.kind === 'QUOTE' && v.quantity == null) {
      issue.addIssue({
        code: 'custom',
        path: ['quantity'],
        message: 'is required on a quote request',
        params: { reason: 'required' },
      });
    }
  });

const rateLimitedContact = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many requests from this address: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );

/**
 * Stores a visitor's request for a consenting firm, audited in the same transaction. A filled honeypot
 * gets the same answer as a real request and stores nothing, so a bot cannot tell it was caught.
 * The firm's contact e-mail is told through the outbox, written in the same transaction: the job queue
 * sends it after the commit (the visitor does not wait), retrying when the SMTP server fails.
 */
export async function submitContactRequest(ctx: Context, rawInput: unknown): Promise<{ received: true }> {
  const input = parseInput(contactSchema, rawInput);
  if (input.website) return { received: true };

  await ctx.ds.transaction(async (manager) => {
    // Serialise one address's submissions, so parallel requests cannot all slip under the limit.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('contact:' || $1))`, [ctx.ip]);
    const [recent] = (await manager.query(
      `SELECT count(*) AS n, min(created_at) AS oldest FROM contact_request
        WHERE client_ip = $1 AND created_at > now() - make_interval(mins => $2)`,
      [ctx.ip, CONTACT_LIMITS.windowMinutes],
    )) as { n: string; oldest: Date | null }[];
    if (Number(recent?.n ?? 0) >= CONTACT_LIMITS.perAddress) {
      const until = (recent?.oldest?.getTime() ?? Date.now()) + CONTACT_LIMITS.windowMinutes * 60_000;
      throw rateLimitedContact(Math.max(1, Math.ceil((until - Date.now()) / 1000)));
    }
    const firm = await getOrThrow('PublicFirm', input.firmId, (id) =>
      manager.getRepository(FirmEntity).findOneBy({ id, showcaseConsent: true }),
    );
    const saved = await manager.save(
      manager.create(ContactRequestEntity, {
        firmId: firm.id,
        kind: input.kind,
        name: input.name,
        company: input.company,
        country: input.country,
        email: input.email,
        message: input.message,
        quantity: input.quantity ?? null,
        clientIp: ctx.ip,
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'CONTACT_REQUEST_RECEIVED',
      entityType: 'ContactRequest',
      entityId: saved.id,
      after: { firmId: firm.id, kind: saved.kind, company: saved.company, country: saved.country },
    });
    const notification = contactNotification(firm, saved, ctx.config.publicUrl);
    if (notification) await queueMail(manager, notification);
    await recordEvent(manager, {
      type: 'showcase.contactRequested',
      actorId: null,
      subject: { contactRequestId: saved.id },
    });
  });
  return { received: true };
}

function viewerFirmId(ctx: Context): string {
  const firmId = ownFirmId(ctx.viewer);
  // FIRM users always have a firm; a missing one means no inbox rather than someone else's.
  if (!firmId) throw notFound('Firm', 'of the viewer');
  return firmId;
}

/** The viewer's firm's requests, newest first. */
export async function listContactRequests(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ContactRequestEntity>> {
  const firmId = viewerFirmId(ctx);
  const qb = ctx.ds
    .getRepository(ContactRequestEntity)
    .createQueryBuilder('r')
    .where('r.firm_id = :firmId', { firmId });
  return newestFirst(qb, args);
}

/** Read or replied; another firm's request is NOT_FOUND, a stale version CONFLICT. */
export async function markContactRequest(
  ctx: Context,
  args: { id: string; version: number; state: ContactRequestState },
): Promise<ContactRequestEntity> {
  const firmId = viewerFirmId(ctx);
  if (args.state === 'NEW') throw badField('state', 'state', 'can be READ or REPLIED');
  return ctx.ds.transaction(async (manager) => {
    await findOrThrow(manager, ContactRequestEntity, args.id, { where: { firmId } });
    const { after } = await updateAudited(manager, ctx, {
      entity: ContactRequestEntity,
      id: args.id,
      version: args.version,
      changes: { state: args.state },
      action: 'CONTACT_REQUEST_MARKED',
      snapshot: (r) => ({ state: r.state }),
    });
    return after;
  });
}

/** Views of the last 30 days and the inbox's counts, in one statement. */
export async function showcaseInsights(ctx: Context) {
  const firmId = viewerFirmId(ctx);
  const [row] = (await ctx.ds.query(
    `SELECT f.showcase_consent AS consent,
            (SELECT count(*) FROM showcase_view v WHERE v.firm_id = f.id AND v.day > current_date - 30) AS views,
            (SELECT count(*) FROM contact_request r WHERE r.firm_id = f.id) AS requests,
            (SELECT count(*) FROM contact_request r WHERE r.firm_id = f.id AND r.state = 'NEW') AS unread
       FROM firm f WHERE f.id = $1`,
    [firmId],
  )) as { consent: boolean; views: string; requests: string; unread: string }[];
  if (!row) throw notFound('Firm', firmId);
  return {
    showcaseConsent: row.consent,
    viewsLast30Days: Number(row.views),
    requestCount: Number(row.requests),
    unreadCount: Number(row.unread),
  };
}
