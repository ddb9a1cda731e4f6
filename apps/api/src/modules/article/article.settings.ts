import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, notFound } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { PassportConsentEntity, SupplierInputEntity } from './article.entity.js';
import { setInputsSchema } from './article.input.js';
import { checkSources, supplierChoicesOf, type SupplierChoiceModel } from './article.sources.js';

/** A firm's traceability settings: its consent to be named and the tier-2 inputs it declares. */

export async function articleSupplierChoices(ctx: Context): Promise<SupplierChoiceModel[]> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) return [];
  return supplierChoicesOf(ctx, viewer.firmId);
}

export interface TraceabilitySettingsModel {
  firmId: string;
  passportNamePublic: boolean;
}

export async function traceabilitySettings(ctx: Context): Promise<TraceabilitySettingsModel> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) throw notFound('Firm', 'of the viewer');
  const consent = await ctx.ds.getRepository(PassportConsentEntity).findOneBy({ firmId: viewer.firmId });
  return { firmId: viewer.firmId, passportNamePublic: consent?.namePublic ?? false };
}

export async function listSupplierInputs(ctx: Context, firmId: string): Promise<SupplierInputEntity[]> {
  return ctx.ds
    .getRepository(SupplierInputEntity)
    .find({ where: { firmId }, order: { capabilityId: 'ASC', position: 'ASC' }, take: 500 });
}

export async function upstreamChoices(ctx: Context, firmId: string): Promise<SupplierChoiceModel[]> {
  return supplierChoicesOf(ctx, firmId);
}

export async function setPassportNameConsent(
  ctx: Context,
  namePublic: boolean,
): Promise<TraceabilitySettingsModel> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) throw notFound('Firm', 'of the viewer');
  const firmId = viewer.firmId;
  await ctx.ds.transaction(async (manager) => {
    const [before] = (await manager.query(
      `SELECT name_public FROM passport_consent WHERE firm_id = $1 FOR UPDATE`,
      [firmId],
    )) as { name_public: boolean }[];
    await manager.query(
      `INSERT INTO passport_consent (firm_id, name_public) VALUES ($1, $2)
       ON CONFLICT (firm_id) DO UPDATE
         SET name_public = EXCLUDED.name_public, version = passport_consent.version + 1, updated_at = now()`,
      [firmId, namePublic],
    );
    await recordAudit(manager, ctx, {
      action: 'PASSPORT_NAME_CONSENT_SET',
      entityType: 'Firm',
      entityId: firmId,
      before: { passportNamePublic: before?.name_public ?? false },
      after: { passportNamePublic: namePublic },
    });
  });
  return { firmId, passportNamePublic: namePublic };
}

/** Replaces what the viewer's firm declares about the inputs of one capability it supplies. */
export async function setSupplierInputs(ctx: Context, rawInput: unknown): Promise<TraceabilitySettingsModel> {
  const viewer = requireViewer(ctx);
  const input = parseInput(setInputsSchema, rawInput);
  if (!viewer.firmId) throw notFound('Firm', 'of the viewer');
  const firmId = viewer.firmId;
  await ctx.ds.transaction(async (manager) => {
    if (!(await manager.existsBy(CapabilityEntity, { id: input.capabilityId }))) {
      throw badField('capabilityId', 'not_found', 'is not a capability of the vocabulary');
    }
    await checkSources(
      manager,
      firmId,
      input.lines.map((l) => ({ capabilityId: l.inputCapabilityId, supplierId: l.inputSupplierId })),
      'lines',
      'inputSupplierId',
    );
    // Serialises two saves of the same capability's inputs: the second replaces the first entirely.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `supplier_input:${firmId}:${input.capabilityId}`,
    ]);
    const before = await manager.findBy(SupplierInputEntity, { firmId, capabilityId: input.capabilityId });
    await manager.delete(SupplierInputEntity, { firmId, capabilityId: input.capabilityId });
    if (input.lines.length) {
      await manager.insert(
        SupplierInputEntity,
        input.lines.map((l, position) => ({
          firmId,
          capabilityId: input.capabilityId,
          position,
          inputCapabilityId: l.inputCapabilityId,
          inputSupplierFirmId: l.inputSupplierId,
          outsideCountry: l.outsideCountry,
          outsideRegion: l.outsideRegion,
          material: l.material,
          originCountry: l.originCountry,
          originRegion: l.originRegion,
          share: String(l.sharePercent),
        })),
      );
    }
    await recordAudit(manager, ctx, {
      action: 'SUPPLIER_INPUTS_SET',
      entityType: 'Firm',
      entityId: firmId,
      before: { capabilityId: input.capabilityId, lines: before.length },
      after: { capabilityId: input.capabilityId, lines: input.lines },
    });
  });
  return traceabilitySettings(ctx);
}
