import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { badInput, type FieldProblem } from '../../common/errors.js';
import { CapabilityEntity } from '../capability/capability.entity.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { confirmedSuppliesOf } from '../supply-link/supply-link.confirmed.js';

/** Capabilities must exist; each district supplier must be a CONFIRMED supplier of `firmId` for it. */
export async function checkSources(
  manager: EntityManager,
  firmId: string,
  lines: { capabilityId: string; supplierId: string | null }[],
  prefix: string,
  supplierField: string,
): Promise<void> {
  const capabilityIds = [...new Set(lines.map((l) => l.capabilityId))];
  const known = new Set(
    capabilityIds.length
      ? (await manager.findBy(CapabilityEntity, { id: In(capabilityIds) })).map((c) => c.id)
      : [],
  );
  const confirmed = new Set(
    (await confirmedSuppliesOf(manager, [firmId])).map((s) => `${s.supplierId}:${s.capabilityId}`),
  );
  const problems: FieldProblem[] = [];
  lines.forEach((l, i) => {
    if (!known.has(l.capabilityId)) {
      problems.push({
        field: `${prefix}.${i}.capabilityId`,
        reason: 'not_found',
        message: 'is not a capability of the vocabulary',
      });
    } else if (l.supplierId && !confirmed.has(`${l.supplierId}:${l.capabilityId}`)) {
      problems.push({
        field: `${prefix}.${i}.${supplierField}`,
        reason: 'not_confirmed_supplier',
        message: 'is not a confirmed supplier of this capability for your firm',
      });
    }
  });
  if (problems.length) throw badInput(problems);
}

export interface SupplierChoiceModel {
  supplier: FirmEntity;
  capability: CapabilityEntity;
}

/** A firm's confirmed suppliers by capability, sorted by capability then supplier name. */
export async function supplierChoicesOf(ctx: Context, firmId: string): Promise<SupplierChoiceModel[]> {
  const supplies = await confirmedSuppliesOf(ctx.ds, [firmId]);
  const [firms, capabilities] = await Promise.all([
    ctx.loaders.firmById.loadMany(supplies.map((s) => s.supplierId)),
    ctx.loaders.articles.capabilityById.loadMany(supplies.map((s) => s.capabilityId)),
  ]);
  return supplies
    .flatMap((_s, i) => {
      const supplier = firms[i];
      const capability = capabilities[i];
      return supplier instanceof FirmEntity && capability instanceof CapabilityEntity
        ? [{ supplier, capability }]
        : [];
    })
    .sort(
      (a, b) =>
        a.capability.code.localeCompare(b.capability.code) ||
        a.supplier.legalName.localeCompare(b.supplier.legalName),
    );
}
