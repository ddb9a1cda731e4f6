import { z } from 'zod';
import {
  ADHESION_STATUSES,
  IN_PROGRESS_ADHESION_STATUSES,
  MEMBER_ADHESION_STATUSES,
  nextAdhesionStatuses,
  missingForReadyToSign,
  ADHESION_REQUIREMENT_FIELDS,
  type AdhesionFacts,
  type AdhesionRequirementValue,
  AdhesionStatus,
  FirmKind,
} from '@filiera/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { authorizeObject, requireViewer } from '../../common/auth.js';
import { badField, badInput, conflict } from '../../common/errors.js';
import { byTime, keysetPage } from '../../common/pagination.js';
import { findOrThrow } from '../../common/lookup.js';
import { likePattern, parseInput, text } from '../../common/validation.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { getContract } from '../contract/contract.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { AdhesionEntity, AdhesionTransitionEntity } from './adhesion.entity.js';
import { adhesionAccess } from './adhesion.policy.js';

const noteSchema = text(2000).nullish();

export const factsOf = (a: AdhesionEntity): AdhesionFacts => ({
  contributionEur: a.contributionEur,
  legalRepresentative: a.legalRepresentative,
  documents: {
    visuraCamerale: a.docVisuraCamerale,
    durc: a.docDurc,
    digitalSignature: a.docDigitalSignature,
  },
});

/** What the adhesion still lacks before READY_TO_SIGN; nothing once it got there. */
export function stillNeeded(a: AdhesionEntity, commonFund: boolean): AdhesionRequirementValue[] {
  if (!['INTERESTED', 'INVITED', 'DOCUMENTS_REQUESTED'].includes(a.status)) return [];
  return missingForReadyToSign(factsOf(a), commonFund);
}

/** Whether the contract has a common fund (then READY_TO_SIGN needs a contribution). */
export async function contractHasCommonFund(ctx: Context, manager?: EntityManager): Promise<boolean> {
  return (await getContract(ctx, manager)).document.commonFund.present;
}

const filterSchema = z
  .object({
    statuses: z.array(z.enum(AdhesionStatus)).max(10).nullish(),
    kinds: z.array(z.enum(FirmKind)).max(10).nullish(),
    hamlets: z.array(text(200)).max(100).nullish(),
    search: text(200).nullish(),
  })
  .nullish();

export function listAdhesions(
  ctx: Context,
  args: { filter?: unknown; first?: number | null; after?: string | null },
) {
  const filter = parseInput(filterSchema, args.filter) ?? {};
  const qb = ctx.ds
    .getRepository(AdhesionEntity)
    .createQueryBuilder('a')
    .innerJoin(FirmEntity, 'f', 'f.id = a.firm_id');
  if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.kinds?.length) qb.andWhere('f.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.hamlets?.length) qb.andWhere('f.hamlet IN (:...hamlets)', { hamlets: filter.hamlets });
  if (filter.search) {
    qb.andWhere(
      `(f.legal_name ILIKE :pattern OR f.trade_name ILIKE :pattern OR f.vat_number LIKE :pattern)`,
      { pattern: likePattern(filter.search) },
    );
  }
  return keysetPage(
    qb,
    byTime('a.updated_at', (a) => a.updatedAt, 'DESC'),
    args,
  );
}

/** One adhesion; a FIRM user may read only its own firm's (FORBIDDEN otherwise). */
export async function getAdhesion(ctx: Context, id: string): Promise<AdhesionEntity> {
  const adhesion = await findOrThrow(ctx.ds.manager, AdhesionEntity, id);
  authorizeObject(ctx.viewer, adhesionAccess, 'read', adhesion);
  return adhesion;
}

export async function myAdhesion(ctx: Context): Promise<AdhesionEntity | null> {
  const viewer = requireViewer(ctx);
  if (!viewer.firmId) return null;
  return ctx.ds.getRepository(AdhesionEntity).findOneBy({ firmId: viewer.firmId });
}

export async function adhesionCounters(ctx: Context) {
  const rows: { status: AdhesionStatus; n: number }[] = await ctx.ds.query(
    `SELECT status, count(*)::int AS n FROM adhesion GROUP BY status`,
  );
  const [total] = await ctx.ds.query(`SELECT count(*)::int AS n FROM firm`);
  const count = (statuses: readonly string[]) =>
    rows.filter((r) => statuses.includes(r.status)).reduce((sum, r) => sum + r.n, 0);
  return {
    interested: count(ADHESION_STATUSES.filter((s) => s !== 'DECLINED' && s !== 'WITHDRAWN')),
    inProgress: count(IN_PROGRESS_ADHESION_STATUSES),
    signed: count(MEMBER_ADHESION_STATUSES),
    registered: count(['REGISTERED']),
    districtTotal: (total as { n: number }).n,
    byStatus: ADHESION_STATUSES.map((status) => ({ status, count: count([status]) })),
  };
}

/** Distinct hamlets of firms with an adhesion; a district has a few dozen, the cap keeps it bounded. */
export async function adhesionHamlets(ctx: Context): Promise<string[]> {
  const rows: { hamlet: string }[] = await ctx.ds.query(
    `SELECT DISTINCT f.hamlet FROM adhesion a JOIN firm f ON f.id = a.firm_id
      WHERE f.hamlet IS NOT NULL ORDER BY f.hamlet LIMIT 500`,
  );
  return rows.map((r) => r.hamlet);
}

export function listTransitions(
  ctx: Context,
  adhesionId: string,
  args: { first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(AdhesionTransitionEntity)
    .createQueryBuilder('t')
    .where('t.adhesion_id = :adhesionId', { adhesionId });
  return keysetPage(
    qb,
    byTime('t.at', (t) => t.at, 'DESC'),
    args,
  );
}

async function lockAdhesion(manager: EntityManager, id: string, version: number): Promise<AdhesionEntity> {
  const adhesion = await findOrThrow(manager, AdhesionEntity, id, { lock: true });
  if (adhesion.version !== version) throw conflict('Adhesion', id, adhesion.version);
  return adhesion;
}

async function recordTransition(
  manager: EntityManager,
  ctx: Context,
  adhesion: AdhesionEntity,
  from: AdhesionStatus | null,
  note: string | null | undefined,
) {
  await manager.insert(AdhesionTransitionEntity, {
    adhesionId: adhesion.id,
    fromStatus: from,
    toStatus: adhesion.status,
    actorId: ctx.viewer?.userId ?? null,
    note: note || null,
  });
}

/** The columns an audit entry shows for an adhesion. */
const auditView = (a: AdhesionEntity) => ({
  status: a.status,
  contributionEur: a.contributionEur,
  legalRepresentative: a.legalRepresentative,
  docVisuraCamerale: a.docVisuraCamerale,
  docDurc: a.docDurc,
  docDigitalSignature: a.docDigitalSignature,
});

const illegalMove = (from: AdhesionStatus, to: AdhesionStatus) => {
  const allowed = nextAdhesionStatuses(from);
  return badField(
    'to',
    'illegal_transition',
    `cannot move an adhesion from ${from} to ${to}; from ${from} it may go to ${allowed.join(', ') || 'nothing (final status)'}`,
  );
};

const moveSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  to: z.enum(AdhesionStatus),
  note: noteSchema,
  contributionEur: z
    .number()
    .min(0, 'cannot be negative')
    .max(10_000_000, 'must be at most 10,000,000 euro')
    .nullish(),
  legalRepresentative: text(200).min(2, 'is too short').nullish(),
  documents: z
    .object({ visuraCamerale: z.boolean(), durc: z.boolean(), digitalSignature: z.boolean() })
    .nullish(),
});

/**
 * Moves an adhesion one step, setting what the move needs on the way; READY_TO_SIGN is refused with
 * every missing requirement named as a field.
 */
export async function moveAdhesion(ctx: Context, rawInput: unknown) {
  const input = parseInput(moveSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await lockAdhesion(manager, input.id, input.version);
    if (!nextAdhesionStatuses(current.status).includes(input.to)) throw illegalMove(current.status, input.to);
    const changes: Partial<AdhesionEntity> = { status: input.to };
    if (input.contributionEur !== undefined && input.contributionEur !== null) {
      changes.contributionEur = input.contributionEur;
    }
    if (input.legalRepresentative) changes.legalRepresentative = input.legalRepresentative;
    if (input.documents) {
      changes.docVisuraCamerale = input.documents.visuraCamerale;
      changes.docDurc = input.documents.durc;
      changes.docDigitalSignature = input.documents.digitalSignature;
    }
    if (input.to === 'READY_TO_SIGN') {
      const merged = Object.assign(new AdhesionEntity(), current, changes);
      const missing = missingForReadyToSign(factsOf(merged), await contractHasCommonFund(ctx, manager));
      if (missing.length > 0) {
        throw badInput(
          missing.map((m) => ({
            field: ADHESION_REQUIREMENT_FIELDS[m],
            reason: 'required',
            message: `is required before READY_TO_SIGN (${m})`,
          })),
        );
      }
    }
    return changeAdhesion(manager, ctx, current, {
      version: input.version,
      changes,
      action: 'MOVE_ADHESION',
      event: 'adhesion.moved',
      note: { text: input.note },
    });
  });
}

/** Records what happened to one adhesion (its firm's views and the pipeline follow it). */
const recordAdhesionEvent = (
  manager: EntityManager,
  ctx: Context,
  type: 'adhesion.moved' | 'adhesion.interestExpressed' | 'adhesion.withdrawn',
  adhesion: AdhesionEntity,
) => recordViewerEvent(manager, ctx, type, { adhesionId: adhesion.id, firmId: adhesion.firmId });

/**
 * Saves a change of an adhesion's status (and what goes with it) at the version read: audited, with the
 * transition in its history (and the note, also in the audit entry, when the change takes one), then
 * the domain event.
 */
async function changeAdhesion(
  manager: EntityManager,
  ctx: Context,
  current: AdhesionEntity,
  change: {
    version: number;
    changes: Partial<AdhesionEntity>;
    action: 'MOVE_ADHESION' | 'WITHDRAW_ADHESION' | 'EXPRESS_INTEREST';
    event: 'adhesion.moved' | 'adhesion.interestExpressed' | 'adhesion.withdrawn';
    note?: { text: string | null | undefined };
  },
): Promise<AdhesionEntity> {
  const { note } = change;
  const { after } = await updateAudited(manager, ctx, {
    entity: AdhesionEntity,
    id: current.id,
    version: change.version,
    changes: change.changes,
    action: change.action,
    snapshot: auditView,
    alongside: async (rows) => {
      await recordTransition(manager, ctx, rows.after, rows.before.status, note?.text);
      return note ? { after: { note: note.text ?? null } } : undefined;
    },
  });
  await recordAdhesionEvent(manager, ctx, change.event, after);
  return after;
}

/** A FIRM user's firm says it wants in: a new INTERESTED adhesion, or a re-opened one. */
export async function expressInterest(ctx: Context) {
  const viewer = requireViewer(ctx);
  const firmId = viewer.firmId;
  authorizeObject(viewer, adhesionAccess, 'express', { firmId });
  return ctx.ds.transaction(async (manager) => {
    const existing = await manager
      .getRepository(AdhesionEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.firm_id = :firmId', { firmId })
      .getOne();
    if (!existing) {
      const created = await manager.save(
        manager.create(AdhesionEntity, { firmId: firmId as string, status: 'INTERESTED' }),
      );
      await recordTransition(manager, ctx, created, null, null);
      await recordAudit(manager, ctx, {
        action: 'EXPRESS_INTEREST',
        entityType: 'Adhesion',
        entityId: created.id,
        after: auditView(created),
      });
      await recordAdhesionEvent(manager, ctx, 'adhesion.interestExpressed', created);
      return created;
    }
    if (existing.status !== 'WITHDRAWN' && existing.status !== 'DECLINED') {
      throw badField('status', 'already_active', `the firm's adhesion is already ${existing.status}`);
    }
    return changeAdhesion(manager, ctx, existing, {
      version: existing.version,
      changes: { status: 'INTERESTED' },
      action: 'EXPRESS_INTEREST',
      event: 'adhesion.interestExpressed',
    });
  });
}

const withdrawSchema = z.object({ id: z.string(), version: z.number().int(), note: noteSchema });

/** Withdraws an adhesion: the firm's own users or the pool; another firm's is FORBIDDEN. */
export async function withdrawAdhesion(ctx: Context, rawInput: unknown) {
  const input = parseInput(withdrawSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const found = await findOrThrow(manager, AdhesionEntity, input.id);
    // The object check comes before the version check: another firm learns nothing about the row.
    authorizeObject(ctx.viewer, adhesionAccess, 'withdraw', found);
    const current = await lockAdhesion(manager, input.id, input.version);
    if (!nextAdhesionStatuses(current.status).includes('WITHDRAWN'))
      throw illegalMove(current.status, 'WITHDRAWN');
    return changeAdhesion(manager, ctx, current, {
      version: input.version,
      changes: { status: 'WITHDRAWN' },
      action: 'WITHDRAW_ADHESION',
      event: 'adhesion.withdrawn',
      note: { text: input.note },
    });
  });
}

const inviteSchema = z.object({
  kinds: z.array(z.enum(FirmKind)).max(10).nullish(),
  hamlets: z.array(text(200)).max(100).nullish(),
  note: noteSchema,
});

/** Every INTERESTED adhesion of a matching firm becomes INVITED, all or nothing. */
export async function inviteFirmsToNetwork(ctx: Context, rawInput: unknown) {
  const input = parseInput(inviteSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const params: unknown[] = [];
    const conditions = [`a.status = 'INTERESTED'`];
    if (input.kinds?.length) {
      params.push(input.kinds);
      conditions.push(`f.kind = ANY($${params.length})`);
    }
    if (input.hamlets?.length) {
      params.push(input.hamlets);
      conditions.push(`f.hamlet = ANY($${params.length})`);
    }
    const rows: { id: string; version: number }[] = await manager.query(
      `SELECT a.id, a.version FROM adhesion a JOIN firm f ON f.id = a.firm_id
        WHERE ${conditions.join(' AND ')} ORDER BY a.id FOR UPDATE OF a`,
      params,
    );
    if (rows.length === 0) return { invitedCount: 0 };
    const ids = rows.map((r) => r.id);
    await manager.query(
      `UPDATE adhesion SET status = 'INVITED', version = version + 1, updated_at = now() WHERE id = ANY($1)`,
      [ids],
    );
    await manager.query(
      `INSERT INTO adhesion_transition (adhesion_id, from_status, to_status, actor_id, note)
       SELECT unnest($1::uuid[]), 'INTERESTED', 'INVITED', $2, $3`,
      [ids, ctx.viewer?.userId ?? null, input.note || null],
    );
    for (const id of ids) {
      await recordAudit(manager, ctx, {
        action: 'INVITE_FIRM_TO_NETWORK',
        entityType: 'Adhesion',
        entityId: id,
        before: { status: 'INTERESTED' },
        after: { status: 'INVITED', note: input.note ?? null },
      });
    }
    await recordViewerEvent(manager, ctx, 'adhesion.invited', { adhesionIds: ids });
    return { invitedCount: ids.length };
  });
}
