import { randomInt, timingSafeEqual } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { badField, DomainError, ErrorCode, notFound } from '../../common/errors.js';
import { findOrThrow } from '../../common/lookup.js';
import { likePattern, parseInput, text, uuid } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { hashToken, newToken } from '../../common/tokens.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { queueMail } from '../mail/mail.service.js';
import { emailSchema } from '../user/user.service.js';
import { ClaimEntity } from './claim.entity.js';
import { CLAIM_CODE_MAIL } from './claim.mail.js';
import { firmManagerId, linkableAccount } from './claim.people.js';
import { askManager, settleVerifiedClaim } from './claim.review.js';

/**
 * A code works for 15 minutes and 5 tries. Claim starts and code tries are counted per client address and
 * per firm within the window; past a limit the answer is RATE_LIMITED and nothing is sent.
 */
export const CLAIM_LIMITS = {
  codeMinutes: 15,
  codeTries: 5,
  windowMinutes: 60,
  START: { perAddress: 10, perFirm: 5 },
  CODE: { perAddress: 30, perFirm: 15 },
} as const;

/** `c•••@pec.it`: enough for the claimant to recognise the address, not enough to write to it. */
export function maskPec(pec: string | null): string | null {
  const at = pec ? pec.lastIndexOf('@') : -1;
  return pec && at > 0 ? `${pec[0]}•••${pec.slice(at)}` : null;
}

export interface ClaimableFirmModel {
  id: string;
  name: string;
  municipality: string | null;
  vatNumber: string | null;
  pecHint: string | null;
}

/** What the claim page may show of a firm: the Partita IVA only when public or just typed by the person. */
export function claimableFirm(firm: FirmEntity, searchedVat: string | null = null): ClaimableFirmModel {
  return {
    id: firm.id,
    name: firm.legalName,
    municipality: firm.municipality,
    vatNumber: firm.showcaseConsent || searchedVat === firm.vatNumber ? firm.vatNumber : null,
    pecHint: maskPec(firm.pec),
  };
}

const searchSchema = z.object({ search: text(100).min(2, 'is too short') });

/** Firms not ceased whose name contains the search, or whose Partita IVA is the search (at most 20). */
export async function searchClaimableFirms(ctx: Context, rawSearch: string): Promise<ClaimableFirmModel[]> {
  const { search } = parseInput(searchSchema, { search: rawSearch });
  const vat = search.replace(/^IT/i, '').replace(/\s/g, '');
  const qb = ctx.ds.getRepository(FirmEntity).createQueryBuilder('f').where('f.ceased_on IS NULL');
  if (/^\d{11}$/.test(vat)) qb.andWhere('f.vat_number = :vat', { vat });
  else qb.andWhere('(f.legal_name ILIKE :p OR f.trade_name ILIKE :p)', { p: likePattern(search) });
  const firms = await qb.orderBy('f.legal_name').addOrderBy('f.id').limit(20).getMany();
  return firms.map((f) => claimableFirm(f, vat));
}

const rateLimitedClaim = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many attempts: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );

/**
 * Counts and records one claim start or code try for the rate limits, under advisory locks on the address
 * and the firm so that parallel requests cannot slip past them; RATE_LIMITED when either limit is reached.
 */
async function countAttempt(
  manager: EntityManager,
  ctx: Context,
  kind: 'START' | 'CODE',
  firmId: string,
): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('claim:' || $1 || ':address:' || $2)),
            pg_advisory_xact_lock(hashtext('claim:' || $1 || ':firm:' || $3))`,
    [kind, ctx.ip, firmId],
  );
  const [row] = (await manager.query(
    `SELECT count(*) FILTER (WHERE ip = $2) AS by_address, count(*) FILTER (WHERE firm_id = $3) AS by_firm,
            min(attempted_at) AS oldest
       FROM claim_attempt
      WHERE kind = $1 AND attempted_at > now() - make_interval(mins => $4) AND (ip = $2 OR firm_id = $3)`,
    [kind, ctx.ip, firmId, CLAIM_LIMITS.windowMinutes],
  )) as { by_address: string; by_firm: string; oldest: Date | null }[];
  const limits = CLAIM_LIMITS[kind];
  if (Number(row?.by_address ?? 0) >= limits.perAddress || Number(row?.by_firm ?? 0) >= limits.perFirm) {
    const until = (row?.oldest?.getTime() ?? Date.now()) + CLAIM_LIMITS.windowMinutes * 60_000;
    throw rateLimitedClaim(Math.max(1, Math.ceil((until - Date.now()) / 1000)));
  }
  await manager.query(`INSERT INTO claim_attempt (kind, ip, firm_id) VALUES ($1, $2, $3)`, [
    kind,
    ctx.ip,
    firmId,
  ]);
}

const codeHash = (claimId: string, code: string) => hashToken(`${claimId}:${code}`);

/** A new 6-digit code for the claim, mailed to the firm's PEC; only its hash is stored. */
async function sendCode(manager: EntityManager, claim: ClaimEntity, firm: FirmEntity): Promise<void> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  claim.codeExpiresAt = new Date(Date.now() + CLAIM_LIMITS.codeMinutes * 60_000);
  await manager.update(ClaimEntity, claim.id, {
    codeHash: codeHash(claim.id, code),
    codeExpiresAt: claim.codeExpiresAt,
  });
  await queueMail(manager, {
    kind: 'CLAIM_CODE',
    to: firm.pec!,
    language: claim.language,
    content: CLAIM_CODE_MAIL[claim.language](firm.legalName, claim, code, claim.codeExpiresAt),
  });
}

const startSchema = z.object({
  firmId: uuid,
  name: text(200).min(2, 'is too short'),
  roleInFirm: text(100).min(2, 'is too short'),
  email: emailSchema,
  method: z.enum(['PEC', 'DOCUMENT'], { message: 'must be PEC or DOCUMENT' }),
  language: z.enum(['it', 'en'], { message: 'must be it or en' }).nullish(),
});

/**
 * Starts a claim: when the firm already has people its manager is asked; otherwise a code goes to the
 * firm's PEC (method PEC) or the claim waits for a document. Answers the claim and its token, once.
 */
export async function startClaim(ctx: Context, rawInput: unknown) {
  const input = parseInput(startSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const firm = await findOrThrow(manager, FirmEntity, input.firmId, { where: { ceasedOn: IsNull() } });
    await countAttempt(manager, ctx, 'START', firm.id);
    await linkableAccount(manager, input.email, firm.id);
    const hasPeople = (await firmManagerId(manager, firm.id)) !== null;
    if (!hasPeople && input.method === 'PEC' && !firm.pec) {
      throw badField('method', 'no_pec', 'the firm has no PEC address on record: send a document instead');
    }
    const token = newToken();
    const claim = await manager.save(
      manager.create(ClaimEntity, {
        firmId: firm.id,
        tokenHash: hashToken(token),
        name: input.name,
        roleInFirm: input.roleInFirm,
        email: input.email,
        language: input.language ?? 'it',
        method: hasPeople ? null : input.method,
        status: hasPeople ? 'AWAITING_MANAGER' : input.method === 'PEC' ? 'CODE_SENT' : 'AWAITING_DOCUMENT',
        ip: ctx.ip,
      }),
    );
    if (claim.status === 'CODE_SENT') await sendCode(manager, claim, firm);
    if (hasPeople) await askManager(manager, ctx, claim, firm);
    await recordAudit(manager, ctx, {
      action: 'START_CLAIM',
      entityType: 'Claim',
      entityId: claim.id,
      after: { firmId: firm.id, email: claim.email, method: claim.method, status: claim.status },
    });
    return { claim, token };
  });
}

/** The claim a claimant's token names, locked for the change; NOT_FOUND for an unknown token. */
export async function lockClaimByToken(manager: EntityManager, token: string): Promise<ClaimEntity> {
  const claim =
    token.length <= 200
      ? await manager.findOne(ClaimEntity, {
          where: { tokenHash: hashToken(token) },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
  if (!claim) throw notFound('Claim', 'token');
  return claim;
}

export async function claimByToken(ctx: Context, token: string): Promise<ClaimEntity | null> {
  if (token.length > 200) return null;
  return ctx.ds.getRepository(ClaimEntity).findOneBy({ tokenHash: hashToken(token) });
}

const verifySchema = z.object({
  token: z.string().min(1, 'is required').max(200),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be the 6 digits of the code'),
});

const codeRefused = (reason: string, message: string, triesLeft: number) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: 'code', reason, triesLeft });

/**
 * Checks the code from the firm's PEC. A wrong code uses one of the 5 tries (the fifth ends the code), an
 * expired one ends it; either is kept when refused. The right code approves the claim, or hands it to the
 * firm's manager when the firm got people meanwhile.
 */
export async function verifyClaimCode(ctx: Context, rawInput: unknown): Promise<ClaimEntity> {
  const input = parseInput(verifySchema, rawInput);
  const outcome = await ctx.ds.transaction(async (manager) => {
    const claim = await lockClaimByToken(manager, input.token);
    await countAttempt(manager, ctx, 'CODE', claim.firmId);
    if (claim.status !== 'CODE_SENT') {
      return {
        refusal: codeRefused('no_code', 'This claim has no code waiting: send a document instead.', 0),
      };
    }
    const fail = async (reason: string, message: string, tries: number) => {
      const ended = reason === 'expired' || tries >= CLAIM_LIMITS.codeTries;
      await manager.update(ClaimEntity, claim.id, {
        codeTries: tries,
        ...(ended ? { status: 'CODE_FAILED' as const, codeHash: null, version: claim.version + 1 } : {}),
      });
      if (ended) {
        await recordAudit(manager, ctx, {
          action: 'CLAIM_CODE_FAILED',
          entityType: 'Claim',
          entityId: claim.id,
          before: { status: claim.status },
          after: { status: 'CODE_FAILED', reason },
        });
      }
      return {
        refusal: codeRefused(
          ended && reason !== 'expired' ? 'no_tries_left' : reason,
          message,
          ended ? 0 : CLAIM_LIMITS.codeTries - tries,
        ),
      };
    };
    if (!claim.codeExpiresAt || claim.codeExpiresAt <= new Date()) {
      return fail('expired', 'The code has expired: start again or send a document.', claim.codeTries);
    }
    const [stored] = (await manager.query(`SELECT code_hash FROM firm_claim WHERE id = $1`, [claim.id])) as {
      code_hash: string | null;
    }[];
    const expected = Buffer.from(stored?.code_hash ?? '');
    const given = Buffer.from(codeHash(claim.id, input.code));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      const tries = claim.codeTries + 1;
      return fail(
        'wrong',
        tries >= CLAIM_LIMITS.codeTries
          ? 'Wrong code, and no tries are left: send a document instead.'
          : 'The code is not right.',
        tries,
      );
    }
    claim.version += 1;
    await manager.update(ClaimEntity, claim.id, {
      codeHash: null,
      codeTries: claim.codeTries + 1,
      version: claim.version,
    });
    await recordAudit(manager, ctx, {
      action: 'VERIFY_CLAIM_CODE',
      entityType: 'Claim',
      entityId: claim.id,
      before: { status: claim.status },
      after: { status: 'VERIFIED' },
    });
    const firm = await manager.findOneByOrFail(FirmEntity, { id: claim.firmId });
    await settleVerifiedClaim(manager, ctx, claim, firm);
    return { claim: await manager.findOneByOrFail(ClaimEntity, { id: claim.id }) };
  });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.claim;
}
