import { z } from 'zod';
import {
  CONTRACT_TRANSITIONS,
  PARTICIPANT_STATUSES,
  ContractSection,
  ContractStatus,
  NetworkType,
  contractSectionTexts,
  missingContractElements,
  type ContractSectionValue,
  type ContractSnapshot,
  type ContractStatusValue,
  type MissingElementInfo,
} from '@filiera/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { badField, badInput, conflict, DomainError, ErrorCode, notFound } from '../../common/errors.js';
import { byText, byTime, keysetPage } from '../../common/pagination.js';
import { romeToday } from '../../common/dates.js';
import { isoDay, isUuid, parseInput, text, uuid, version } from '../../common/validation.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { ContractCommentEntity, ContractRevisionEntity, NetworkContractEntity } from './contract.entity.js';

/** The contract document as it may be saved: a draft may have empty elements, never malformed ones. */
export const contractDocumentSchema = z.object({
  title: text(300).min(1, 'is required'),
  objectives: z
    .array(z.object({ title: text(300), measure: text(2000) }))
    .max(30, 'may list at most 30 objectives'),
  programme: z.object({ activities: text(20000), rights: text(20000), obligations: text(20000) }),
  duration: z.object({
    years: z
      .number()
      .int('must be a whole number of years')
      .min(1, 'must be at least 1 year')
      .max(99, 'must be at most 99 years')
      .nullable(),
    notes: text(2000),
  }),
  joining: text(20000),
  organoComune: z.object({
    present: z.boolean().nullable(),
    composition: text(5000),
    powers: text(5000),
    replacement: text(5000),
  }),
  decisionRules: text(20000),
  commonFund: z.object({ present: z.boolean(), contributions: text(5000), management: text(5000) }),
  withdrawalExclusion: text(20000),
});

const saveSchema = z.object({
  version,
  type: z.enum(NetworkType).nullish(),
  referenceFirmId: uuid.nullish(),
  document: contractDocumentSchema,
  changeSummary: text(500).min(1, 'is required'),
});

const statusSchema = z.object({
  version,
  status: z.enum(ContractStatus),
  registrationNumber: text(100).nullish(),
  registrationDate: isoDay
    .refine((d) => d <= romeToday(), {
      message: 'cannot be in the future',
      params: { reason: 'in_future' },
    })
    .nullish(),
});

const commentSchema = z.object({
  section: z.enum(ContractSection),
  body: text(5000).min(1, 'is required'),
});

/** The network's one contract (created by the migration); NOT_FOUND if someone removed it. */
export async function getContract(ctx: Context, manager: EntityManager = ctx.ds.manager) {
  const contract = await manager
    .getRepository(NetworkContractEntity)
    .findOne({ where: {}, order: { createdAt: 'ASC' } });
  if (!contract) throw notFound('NetworkContract', 'the network');
  return contract;
}

/** How many firms are participants now (adhesion READY_TO_SIGN, SIGNED or REGISTERED). */
export async function participantCount(manager: EntityManager): Promise<number> {
  const [row] = await manager.query(`SELECT count(*)::int AS n FROM adhesion WHERE status = ANY($1)`, [
    PARTICIPANT_STATUSES,
  ]);
  return (row as { n: number }).n;
}

export async function missingElements(
  ctx: Context,
  contract: NetworkContractEntity,
): Promise<MissingElementInfo[]> {
  return missingContractElements(contract.document, {
    type: contract.type,
    referenceFirmId: contract.referenceFirmId,
    participantCount: await participantCount(ctx.ds.manager),
  });
}

/** The firms whose adhesion makes them participants, as `f`. */
function participantsQuery(ctx: Context) {
  return ctx.ds
    .getRepository(FirmEntity)
    .createQueryBuilder('f')
    .where(`EXISTS (SELECT 1 FROM adhesion a WHERE a.firm_id = f.id AND a.status = ANY(:statuses))`, {
      statuses: PARTICIPANT_STATUSES,
    });
}

export function listParticipants(ctx: Context, args: { first?: number | null; after?: string | null }) {
  return keysetPage(
    participantsQuery(ctx),
    byText('f.legal_name', (f) => f.legalName),
    args,
  );
}

/** Every participant, for the exports (the filing lists them all). */
export function allParticipants(ctx: Context): Promise<FirmEntity[]> {
  return participantsQuery(ctx).orderBy('f.legal_name').addOrderBy('f.id').getMany();
}

// Zero-padded so that the text cursor sorts like the number.
const padNumber = (n: number) => String(n).padStart(10, '0');

export function listRevisions(
  ctx: Context,
  contractId: string,
  args: { first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(ContractRevisionEntity)
    .createQueryBuilder('r')
    .where('r.contract_id = :contractId', { contractId });
  return keysetPage(
    qb,
    byText(`lpad(r.number::text, 10, '0')`, (r) => padNumber(r.number), 'DESC'),
    args,
  );
}

export function listComments(
  ctx: Context,
  contractId: string,
  args: { section?: ContractSectionValue | null; first?: number | null; after?: string | null },
) {
  const qb = ctx.ds
    .getRepository(ContractCommentEntity)
    .createQueryBuilder('c')
    .where('c.contract_id = :contractId', { contractId });
  if (args.section) qb.andWhere('c.section = :section', { section: args.section });
  return keysetPage(
    qb,
    byTime('c.created_at', (c) => c.createdAt, 'ASC'),
    args,
  );
}

/** Two revisions section by section; `before` is always the older one. */
export async function revisionDiff(
  ctx: Context,
  contractId: string,
  args: { fromId: string; toId: string; language?: 'IT' | 'EN' | null },
) {
  const load = async (id: string, field: string) => {
    const rev = isUuid(id)
      ? await ctx.ds.getRepository(ContractRevisionEntity).findOneBy({ id, contractId })
      : null;
    if (!rev) throw badField(field, 'not_found', 'is not a revision of this contract');
    return rev;
  };
  const a = await load(args.fromId, 'fromId');
  const b = await load(args.toId, 'toId');
  const [from, to] = a.number <= b.number ? [a, b] : [b, a];
  const lang = args.language === 'EN' ? 'en' : 'it';
  const before = contractSectionTexts(from.snapshot, lang);
  const after = contractSectionTexts(to.snapshot, lang);
  const sections = (Object.keys(before) as (keyof typeof before)[]).map((section) => ({
    section,
    before: before[section],
    after: after[section],
    changed: before[section] !== after[section],
  }));
  return { from, to, sections };
}

async function snapshotOf(
  manager: EntityManager,
  contract: NetworkContractEntity,
): Promise<ContractSnapshot> {
  const firm = contract.referenceFirmId
    ? await manager.getRepository(FirmEntity).findOneBy({ id: contract.referenceFirmId })
    : null;
  return { type: contract.type, referenceFirmName: firm?.legalName ?? null, document: contract.document };
}

/** Appends a revision with the next number; the contract row is locked by the caller. */
export async function appendRevision(
  manager: EntityManager,
  contract: NetworkContractEntity,
  authorId: string | null,
  changeSummary: string,
): Promise<ContractRevisionEntity> {
  const [row] = await manager.query(
    `SELECT coalesce(max(number), 0)::int AS n FROM contract_revision WHERE contract_id = $1`,
    [contract.id],
  );
  return manager.save(
    manager.create(ContractRevisionEntity, {
      contractId: contract.id,
      number: (row as { n: number }).n + 1,
      snapshot: await snapshotOf(manager, contract),
      authorId,
      changeSummary,
    }),
  );
}

/** Locks the contract row and refuses a stale version before anything else is checked. */
async function lockContract(ctx: Context, manager: EntityManager, version: number) {
  const contract = await manager
    .getRepository(NetworkContractEntity)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .orderBy('c.created_at')
    .getOne();
  if (!contract) throw notFound('NetworkContract', 'the network');
  if (contract.version !== version) throw conflict('NetworkContract', contract.id, contract.version);
  return contract;
}

/**
 * Saves the draft and records it as a revision. Two people saving on the same version: the row lock
 * serialises them and the second gets CONFLICT, so neither save overwrites the other unseen.
 */
export async function saveContractDraft(ctx: Context, rawInput: unknown) {
  const input = parseInput(saveSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await lockContract(ctx, manager, input.version);
    if (current.status !== 'DRAFT') {
      throw badField(
        'status',
        'not_draft',
        `the contract is ${current.status}: move it back to DRAFT to edit it`,
      );
    }
    if (input.referenceFirmId && !(await manager.existsBy(FirmEntity, { id: input.referenceFirmId }))) {
      throw badField('referenceFirmId', 'not_found', 'is not a firm of the registry');
    }
    const { after } = await updateAudited(manager, ctx, {
      entity: NetworkContractEntity,
      id: current.id,
      version: input.version,
      changes: {
        type: input.type ?? null,
        referenceFirmId: input.referenceFirmId ?? null,
        document: input.document as never,
      },
      action: 'SAVE_CONTRACT_DRAFT',
      snapshot: (c) => ({ type: c.type, referenceFirmId: c.referenceFirmId, document: c.document }),
      alongside: async (rows) => {
        const revision = await appendRevision(
          manager,
          rows.after,
          ctx.viewer?.userId ?? null,
          input.changeSummary,
        );
        return { after: { revision: revision.number } };
      },
    });
    return after;
  });
}

/** BAD_USER_INPUT listing every missing element, both as fields and as `missingElements`. */
function incompleteContract(missing: MissingElementInfo[]): DomainError {
  const base = badInput(
    missing.map((m) => ({ field: m.field, reason: 'missing_element', message: `${m.element} is missing` })),
  );
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `The contract cannot leave DRAFT: ${missing.map((m) => m.element).join(', ')} missing.`,
    { ...base.extensions, missingElements: missing.map((m) => m.element) },
  );
}

export async function changeContractStatus(ctx: Context, rawInput: unknown) {
  const input = parseInput(statusSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const current = await lockContract(ctx, manager, input.version);
    const to: ContractStatusValue = input.status;
    if (!CONTRACT_TRANSITIONS[current.status].includes(to)) {
      throw badField(
        'status',
        'illegal_transition',
        `cannot go from ${current.status} to ${to}; allowed: ${CONTRACT_TRANSITIONS[current.status].join(', ') || 'none'}`,
      );
    }
    if (current.status === 'DRAFT') {
      const missing = missingContractElements(current.document, {
        type: current.type,
        referenceFirmId: current.referenceFirmId,
        participantCount: await participantCount(manager),
      });
      if (missing.length > 0) throw incompleteContract(missing);
    }
    const changes: Partial<NetworkContractEntity> = { status: to };
    if (to === 'REGISTERED') {
      const problems = [];
      if (!input.registrationNumber) {
        problems.push({
          field: 'registrationNumber',
          reason: 'required',
          message: 'is required to register',
        });
      }
      if (!input.registrationDate) {
        problems.push({ field: 'registrationDate', reason: 'required', message: 'is required to register' });
      }
      if (problems.length > 0) throw badInput(problems);
      changes.registrationNumber = input.registrationNumber ?? null;
      changes.registrationDate = input.registrationDate ?? null;
    }
    const { after } = await updateAudited(manager, ctx, {
      entity: NetworkContractEntity,
      id: current.id,
      version: input.version,
      changes,
      action: 'CHANGE_CONTRACT_STATUS',
      snapshot: (c) => ({
        status: c.status,
        registrationNumber: c.registrationNumber,
        registrationDate: c.registrationDate,
      }),
    });
    await recordViewerEvent(manager, ctx, 'contract.statusChanged', { contractId: after.id });
    return after;
  });
}

export async function addContractComment(ctx: Context, rawInput: unknown) {
  const input = parseInput(commentSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const contract = await getContract(ctx, manager);
    const comment = await manager.save(
      manager.create(ContractCommentEntity, {
        contractId: contract.id,
        section: input.section,
        body: input.body,
        authorId: ctx.viewer?.userId ?? null,
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'ADD_CONTRACT_COMMENT',
      entityType: 'ContractComment',
      entityId: comment.id,
      after: { section: comment.section, body: comment.body },
    });
    await recordViewerEvent(manager, ctx, 'contract.commented', {
      contractId: contract.id,
      commentId: comment.id,
    });
    return comment;
  });
}
