import { z } from 'zod';
import { checkFirmProfile, FirmKind, normalisePartitaIva, type FirmFieldProblem } from '@filiera/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { badInput, DomainError, ErrorCode } from '../../common/errors.js';
import { parseInput, text, uuid } from '../../common/validation.js';
import { createAudited } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';

/** A firm added by hand: what a consultant knows of a firm the registry extract did not bring. */
const addSchema = z.object({
  legalName: text(300).min(1, 'is required'),
  vatNumber: text(20).min(1, 'is required'),
  kind: z.enum(FirmKind),
  street: text(300).nullish(),
  postcode: text(10).nullish(),
  municipality: text(100).min(1, 'is required'),
  hamlet: text(100).nullish(),
  province: text(2).nullish(),
  pec: text(320).nullish(),
});

const PEC = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const orNull = (v: string | null | undefined) => (v ? v : null);
/** A Partita IVA as people write it ("IT 00743110157", with spaces or dots) to its 11 digits. */
const vatDigits = (v: string) => normalisePartitaIva(v).replace(/^IT/i, '');

/** The firm that already has this Partita IVA, if any. */
function firmWithVat(manager: EntityManager, vatNumber: string): Promise<FirmEntity | null> {
  return manager.getRepository(FirmEntity).findOneBy({ vatNumber });
}

/**
 * A refused Partita IVA that names the firm holding it, so the person can open that firm instead
 * (`extensions.existingFirm`).
 */
const vatTaken = (firm: FirmEntity) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `vatNumber: belongs to ${firm.legalName}`, {
    field: 'vatNumber',
    reason: 'taken',
    fields: [{ field: 'vatNumber', reason: 'taken', message: `belongs to ${firm.legalName}` }],
    existingFirm: { id: firm.id, legalName: firm.legalName },
  });

/**
 * Adds a firm by hand (ADMIN, CONSULTANT): every field checked with the profile's rules, a Partita IVA
 * already in the registry refused naming its firm. Audited.
 */
export async function addFirm(ctx: Context, rawInput: unknown): Promise<FirmEntity> {
  const input = parseInput(addSchema, rawInput);
  const values = {
    legalName: input.legalName,
    vatNumber: vatDigits(input.vatNumber),
    kind: input.kind,
    street: orNull(input.street),
    postcode: orNull(input.postcode),
    municipality: input.municipality,
    hamlet: orNull(input.hamlet),
    province: input.province ? input.province.toUpperCase() : null,
    pec: input.pec ? input.pec.toLowerCase() : null,
  };
  const problems: FirmFieldProblem[] = checkFirmProfile(values);
  if (values.pec && !PEC.test(values.pec))
    problems.push({ field: 'pec', reason: 'email', message: 'is not a valid e-mail address' });
  if (problems.length) throw badInput(problems);
  return ctx.ds.transaction(async (manager) => {
    const existing = await firmWithVat(manager, values.vatNumber);
    if (existing) throw vatTaken(existing);
    return createAudited(manager, ctx, {
      entity: FirmEntity,
      values,
      action: 'ADD_FIRM',
      snapshot: () => values,
    });
  });
}

const similarSchema = z.object({
  name: text(300),
  municipality: text(100).nullish(),
  vatNumber: text(20).nullish(),
  excludeId: uuid.nullish(),
});

/** How alike two names must be (pg_trgm similarity of the lower-case names) to be shown. */
const SIMILARITY = 0.3;

/**
 * Firms a new one may duplicate, best match first (at most 10): the firm with the same Partita IVA
 * (similarity 1), and firms whose legal or trade name is similar (pg_trgm) in the same municipality
 * (case ignored); any municipality when none is given.
 */
export async function similarFirms(
  ctx: Context,
  rawArgs: unknown,
): Promise<{ firm: FirmEntity; similarity: number; sameVatNumber: boolean }[]> {
  const args = parseInput(similarSchema, rawArgs);
  const name = args.name.toLowerCase();
  const vat = args.vatNumber ? vatDigits(args.vatNumber) : null;
  if (name.length < 3 && !vat) return [];
  const rows: { id: string; similarity: number; same_vat: boolean }[] = await ctx.ds.query(
    `SELECT id, similarity, same_vat FROM (
       SELECT f.id, coalesce(f.vat_number = $3, false) AS same_vat,
              CASE WHEN f.vat_number = $3 THEN 1
                   ELSE greatest(similarity(lower(f.legal_name), $1),
                                 similarity(lower(coalesce(f.trade_name, '')), $1)) END AS similarity
         FROM firm f
        WHERE (f.vat_number = $3
               OR (length($1) >= 3 AND lower(f.legal_name) % $1
                   AND ($2::text IS NULL OR lower(f.municipality) = lower($2))))
          AND ($4::uuid IS NULL OR f.id <> $4)
     ) s
     WHERE same_vat OR similarity >= $5
     ORDER BY same_vat DESC, similarity DESC, id LIMIT 10`,
    [name, args.municipality || null, vat, args.excludeId ?? null, SIMILARITY],
  );
  const firms = await ctx.loaders.firmById.loadMany(rows.map((r) => r.id));
  return rows.flatMap((r, i) => {
    const firm = firms[i];
    return firm instanceof FirmEntity
      ? [{ firm, similarity: Math.round(Number(r.similarity) * 100) / 100, sameVatNumber: r.same_vat }]
      : [];
  });
}
