import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { badField, conflict } from '../../common/errors.js';
import { findOrThrow } from '../../common/lookup.js';
import { parseInput, uuid, version } from '../../common/validation.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { PROFILE_COLUMNS } from '../firm/firm.profile.js';
import { MOVES } from './firm-merge.moves.js';

/** The profile fields a merge lets the person take from either record (the GraphQL enum FirmMergeField). */
export const MERGE_FIELDS = [
  ...PROFILE_COLUMNS,
  'pec',
  'ceasedOn',
] as const satisfies readonly (keyof FirmEntity)[];
type MergeField = (typeof MERGE_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Rows of the merged record a merge moves, per `table.column`. */
async function countMoves(manager: EntityManager, from: string) {
  const counts: { key: string; count: number; resolved: number }[] = [];
  for (const move of MOVES)
    counts.push({ key: move.key, count: await move.count(manager, from), resolved: 0 });
  return counts;
}

/** Links the merge resolves: between the two records, and active links that would become the same. */
async function linkConflicts(manager: EntityManager, from: string, to: string) {
  const [row] = await manager.query(
    `SELECT
       (SELECT count(*)::int FROM supply_link
         WHERE (supplier_id = $1 AND customer_id = $2) OR (supplier_id = $2 AND customer_id = $1)) AS between,
       (SELECT count(*)::int FROM supply_link l JOIN supply_link s
            ON s.supplier_id = CASE WHEN l.supplier_id = $1 THEN $2 ELSE l.supplier_id END
           AND s.customer_id = CASE WHEN l.customer_id = $1 THEN $2 ELSE l.customer_id END
           AND s.capability_id = l.capability_id AND s.status IN ('DECLARED', 'CONFIRMED')
         WHERE (l.supplier_id = $1 OR l.customer_id = $1) AND l.status IN ('DECLARED', 'CONFIRMED')) AS duplicates`,
    [from, to],
  );
  return { linksBetween: row.between as number, duplicateLinks: row.duplicates as number };
}

const pairSchema = z.object({ survivorId: uuid, mergedId: uuid });

function assertTwo(input: { survivorId: string; mergedId: string }) {
  if (input.survivorId === input.mergedId)
    throw badField('mergedId', 'same_firm', 'is the surviving firm itself: pick another record');
}

/**
 * What merging `mergedId` into `survivorId` would do: both records field by field (which differ), and
 * the rows of the merged record that would move, with the links it would resolve. Writes nothing.
 */
export async function firmMergePreview(ctx: Context, rawArgs: unknown) {
  const input = parseInput(pairSchema, rawArgs);
  assertTwo(input);
  const manager = ctx.ds.manager;
  const survivor = await findOrThrow(manager, FirmEntity, input.survivorId);
  const merged = await findOrThrow(manager, FirmEntity, input.mergedId);
  return {
    survivor,
    merged,
    fields: MERGE_FIELDS.map((field) => ({
      field,
      survivorValue: survivor[field],
      mergedValue: merged[field],
      differs: !same(survivor[field], merged[field]),
    })),
    moves: await countMoves(manager, merged.id),
    ...(await linkConflicts(manager, merged.id, survivor.id)),
  };
}

const mergeSchema = z.object({
  survivorId: uuid,
  survivorVersion: version,
  mergedId: uuid,
  mergedVersion: version,
  takeFromMerged: z.array(z.enum(MERGE_FIELDS)).max(MERGE_FIELDS.length),
});

/**
 * Merges a duplicate record into the survivor in one transaction: both rows locked (in id order), both
 * versions checked (CONFLICT), every row of the merged record moved (firm-merge.moves.ts, links that
 * would collide resolved), the fields the person chose taken from it, the merged row deleted and its
 * id redirected to the survivor. One audit entry on the survivor lists the merged record and what
 * moved; one on the merged id says where it went.
 */
export async function mergeFirms(ctx: Context, rawInput: unknown) {
  const input = parseInput(mergeSchema, rawInput);
  assertTwo(input);
  return ctx.ds.transaction(async (manager) => {
    const ids = [input.survivorId, input.mergedId].sort();
    const locked = new Map<string, FirmEntity>();
    for (const id of ids) locked.set(id, await findOrThrow(manager, FirmEntity, id, { lock: true }));
    const merged = locked.get(input.mergedId)!;
    if (merged.version !== input.mergedVersion) throw conflict('Firm', merged.id, merged.version);
    const survivorVersion = locked.get(input.survivorId)!.version;
    if (survivorVersion !== input.survivorVersion) throw conflict('Firm', input.survivorId, survivorVersion);

    const moved = await countMoves(manager, merged.id);
    const resolved: Record<string, number> = {};
    const actorId = ctx.viewer?.userId ?? null;
    for (const move of MOVES) {
      const n = await move.apply(manager, merged.id, input.survivorId, actorId);
      if (n) resolved[move.key] = n;
    }
    await manager.query(`INSERT INTO firm_redirect (old_id, firm_id, merged_by) VALUES ($1, $2, $3)`, [
      merged.id,
      input.survivorId,
      actorId,
    ]);
    const snapshot = Object.fromEntries(
      (['id', 'vatNumber', ...MERGE_FIELDS] as const).map((f) => [f, merged[f as MergeField]]),
    );
    await manager.delete(FirmEntity, { id: merged.id });
    const changes = Object.fromEntries(input.takeFromMerged.map((f) => [f, merged[f]]));
    const { after } = await updateAudited(manager, ctx, {
      entity: FirmEntity,
      id: input.survivorId,
      version: input.survivorVersion,
      changes: changes as never,
      action: 'MERGE_FIRMS',
      alongside: async () => ({
        before: { mergedFirm: null },
        after: {
          mergedFirm: snapshot,
          moved: Object.fromEntries(moved.filter((m) => m.count).map((m) => [m.key, m.count])),
          resolved,
        },
      }),
    });
    await recordAudit(manager, ctx, {
      action: 'MERGED_INTO_FIRM',
      entityType: 'Firm',
      entityId: merged.id,
      before: snapshot,
      after: { mergedInto: input.survivorId },
    });
    return {
      survivor: after,
      moves: moved.map((m) => ({ ...m, resolved: resolved[m.key] ?? 0 })),
    };
  });
}
