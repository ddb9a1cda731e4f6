import { z } from 'zod';
import {
  ATECO_CODE_PATTERN,
  checkFirmProfile,
  FirmKind,
  normalisePartitaIva,
  normaliseReaNumber,
  profileCompleteness,
  type Completeness,
  type FirmFieldProblem,
} from '@filiera/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { authorizeObject } from '../../common/auth.js';
import { badInput } from '../../common/errors.js';
import { parseInput, text, uuid } from '../../common/validation.js';
import { updateAudited } from '../audit/audit.service.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { assertKnownAtecoCodes } from '../ateco/ateco.service.js';
import { FirmEntity } from './firm.entity.js';
import { firmAccess } from './firm.policy.js';

const optionalText = text(4000).nullish();
const stringList = z.array(text(100).min(1)).max(100, 'has more than 100 values').nullish();

/** The shape of the input; the domain rules come from @filiera/shared (the same the web app runs). */
const inputSchema = z.object({
  id: uuid,
  version: z.number().int().min(1),
  legalName: z.string().trim().nullish(),
  tradeName: optionalText,
  vatNumber: z.string().trim().nullish(),
  taxCode: optionalText,
  reaNumber: optionalText,
  legalForm: optionalText,
  atecoCodes: stringList,
  kind: z.enum(FirmKind).nullish(),
  capabilityIds: z.array(uuid).max(100).nullish(),
  productLines: stringList,
  street: optionalText,
  postcode: optionalText,
  municipality: optionalText,
  hamlet: optionalText,
  province: optionalText,
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  employees: z.number().int().nullish(),
  revenueBand: optionalText,
  foundedYear: z.number().int().nullish(),
  capacityPairsPerDay: z.number().int().nullish(),
  exportShare: z.number().int().nullish(),
  exportMarkets: stringList,
  certifications: stringList,
  website: optionalText,
  email: optionalText,
  phone: optionalText,
  descriptionIt: optionalText,
  descriptionEn: optionalText,
  showcaseConsent: z.boolean().nullish(),
  publicFields: stringList,
});
type ProfileInput = z.infer<typeof inputSchema>;

/** Columns a profile update may write (everything but id, version and capabilities). */
export const PROFILE_COLUMNS = [
  'legalName',
  'tradeName',
  'vatNumber',
  'taxCode',
  'reaNumber',
  'legalForm',
  'atecoCodes',
  'kind',
  'productLines',
  'street',
  'postcode',
  'municipality',
  'hamlet',
  'province',
  'latitude',
  'longitude',
  'employees',
  'revenueBand',
  'foundedYear',
  'capacityPairsPerDay',
  'exportShare',
  'exportMarkets',
  'certifications',
  'website',
  'email',
  'phone',
  'descriptionIt',
  'descriptionEn',
  'showcaseConsent',
  'publicFields',
] as const satisfies readonly (keyof FirmEntity & keyof ProfileInput)[];
type Column = (typeof PROFILE_COLUMNS)[number];

/** Required columns: null is refused rather than stored. */
const REQUIRED = new Set<Column>(['legalName', 'vatNumber', 'kind', 'showcaseConsent']);
/** Arrays: null means empty. */
const ARRAYS = new Set<Column>([
  'atecoCodes',
  'productLines',
  'exportMarkets',
  'certifications',
  'publicFields',
]);

/** ATECO codes: the shape, then membership of ISTAT's ATECO 2025 list (table `ateco_code`). */
export async function assertAtecoCodes(manager: EntityManager, codes: readonly string[]): Promise<void> {
  const bad = codes.find((c) => !ATECO_CODE_PATTERN.test(c));
  if (bad !== undefined) {
    throw badInput([{ field: 'atecoCodes', reason: 'ateco', message: `"${bad}" is not an ATECO code` }]);
  }
  await assertKnownAtecoCodes(manager, [...codes], 'atecoCodes');
}

/** Empty strings become null, codes get their stored form (spaces out, upper case). */
function normalise(input: ProfileInput): Partial<Record<Column, unknown>> {
  const out: Partial<Record<Column, unknown>> = {};
  for (const column of PROFILE_COLUMNS) {
    if (!(column in input) || input[column] === undefined) continue;
    let value: unknown = input[column];
    if (typeof value === 'string' && value === '') value = null;
    if (value === null && ARRAYS.has(column)) value = [];
    if (Array.isArray(value)) value = [...new Set(value as string[])];
    out[column] = value;
  }
  if (typeof out.vatNumber === 'string') out.vatNumber = normalisePartitaIva(out.vatNumber);
  if (typeof out.taxCode === 'string') out.taxCode = out.taxCode.replace(/\s+/g, '').toUpperCase();
  if (typeof out.reaNumber === 'string') out.reaNumber = normaliseReaNumber(out.reaNumber) ?? out.reaNumber;
  if (typeof out.province === 'string') out.province = out.province.toUpperCase();
  if (Array.isArray(out.exportMarkets))
    out.exportMarkets = (out.exportMarkets as string[]).map((c) => c.toUpperCase());
  return out;
}

/**
 * Updates a profile: who may (FORBIDDEN before anything is read), what is valid (every field problem at
 * once), the version (CONFLICT), then the row and the capability set in one transaction with its audit.
 */
export async function updateFirmProfile(ctx: Context, rawInput: unknown): Promise<FirmEntity> {
  const id = (rawInput as { id?: unknown } | null)?.id;
  // Object-level rule first, so a FIRM user learns nothing (not even validity) about another firm.
  authorizeObject(ctx.viewer, firmAccess, 'edit', { id: typeof id === 'string' ? id : '' });
  const input = parseInput(inputSchema, rawInput);
  const changes = normalise(input);

  const problems: FirmFieldProblem[] = [];
  for (const column of REQUIRED) {
    if (column in changes && changes[column] === null) {
      problems.push({ field: column, reason: 'required', message: 'is required' });
    }
  }
  problems.push(...checkFirmProfile(changes as Parameters<typeof checkFirmProfile>[0]));
  if (problems.length) throw badInput(problems);

  return ctx.ds.transaction(async (manager) => {
    if (Array.isArray(changes.atecoCodes)) await assertAtecoCodes(manager, changes.atecoCodes as string[]);
    if (typeof changes.vatNumber === 'string') {
      const taken = await manager
        .getRepository(FirmEntity)
        .createQueryBuilder('f')
        .where('f.vat_number = :vat AND f.id <> :id', { vat: changes.vatNumber, id: input.id })
        .getExists();
      if (taken)
        throw badInput([{ field: 'vatNumber', reason: 'taken', message: 'belongs to another firm' }]);
    }
    let wanted: string[] | null = null;
    if (input.capabilityIds) {
      wanted = [...new Set(input.capabilityIds)];
      const known = wanted.length
        ? await manager.getRepository(CapabilityEntity).countBy(wanted.map((cid) => ({ id: cid })))
        : 0;
      if (known !== wanted.length) {
        throw badInput([
          { field: 'capabilityIds', reason: 'capability', message: 'names a capability that does not exist' },
        ]);
      }
    }

    const { after } = await updateAudited(manager, ctx, {
      entity: FirmEntity,
      id: input.id,
      version: input.version,
      changes: changes as never,
      action: 'UPDATE_FIRM_PROFILE',
      alongside: async () => (wanted ? replaceCapabilities(manager, input.id, wanted) : undefined),
    });
    return after;
  });
}

/** Replaces a firm's capabilities; their codes before and after, for the audit entry. */
async function replaceCapabilities(manager: EntityManager, firmId: string, wanted: string[]) {
  const rows: { code: string; id: string }[] = await manager.query(
    `SELECT c.code, c.id FROM firm_capability fc JOIN capability c ON c.id = fc.capability_id
          WHERE fc.firm_id = $1 ORDER BY c.code`,
    [firmId],
  );
  await manager.query(`DELETE FROM firm_capability WHERE firm_id = $1`, [firmId]);
  if (wanted.length) {
    await manager.query(
      `INSERT INTO firm_capability (firm_id, capability_id) SELECT $1, unnest($2::uuid[])`,
      [firmId, wanted],
    );
  }
  const codes: { code: string }[] = await manager.query(
    `SELECT code FROM capability WHERE id = ANY($1::uuid[]) ORDER BY code`,
    [wanted],
  );
  return {
    before: { capabilities: rows.map((r) => r.code) },
    after: { capabilities: codes.map((r) => r.code) },
  };
}

/** The completeness of a stored firm (capabilities and logo through the request's loaders). */
export async function firmCompleteness(ctx: Context, firm: FirmEntity): Promise<Completeness> {
  const [capabilities, logo] = await Promise.all([
    ctx.loaders.capabilitiesByFirmId.load(firm.id),
    ctx.loaders.logoByFirmId.load(firm.id),
  ]);
  return profileCompleteness({ ...firm, capabilityCount: capabilities.length, hasLogo: logo !== null });
}
