import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { enqueueJob } from '../../common/jobs/queue.js';

/**
 * What happened, by type: the ids of what it happened to, never the data (a processor re-reads it, so an
 * event never carries stale or private values). A module that adds a kind of change adds its type here.
 */
export interface DomainEventSubjects {
  /** `actorFirmId`: the firm whose user acted (its side is not told); null when staff recorded it. */
  'supplyLink.declared': SupplyLinkSubject;
  'supplyLink.confirmed': SupplyLinkSubject;
  'supplyLink.rejected': SupplyLinkSubject;
  'supplyLink.ended': SupplyLinkSubject;
  'task.created': { taskId: string };
  'task.updated': { taskId: string };
  /** The task has a new assignee. */
  'task.assigned': { taskId: string; assigneeId: string };
  'task.commented': { taskId: string; commentId: string };
  /** Moved along the pipeline by staff (documents requested included). */
  'adhesion.moved': AdhesionSubject;
  'adhesion.interestExpressed': AdhesionSubject;
  'adhesion.withdrawn': AdhesionSubject;
  'adhesion.invited': { adhesionIds: string[] };
  'plan.joinRequested': { joinRequestId: string; actionId: string };
  'plan.joinDecided': { joinRequestId: string; actionId: string };
  'contract.statusChanged': { contractId: string };
  'contract.commented': { contractId: string; commentId: string };
  'event.registrationPromoted': { eventId: string; registrationId: string };
  'showcase.contactRequested': { contactRequestId: string };
  /** A dry run or apply reached PREVIEWED, APPLIED or FAILED. */
  'registryImport.finished': { registryImportId: string };
  /** A newcomer asks to join a firm that has people: its manager decides. */
  'claim.requested': { claimId: string; firmId: string };
  /** A claim was approved; `userId` when it gave back the account of a person once removed from the firm. */
  'claim.approved': { claimId: string; firmId: string; userId: string | null };
  /** A person replaced their own recovery codes: they are told by e-mail. */
  'twoFactor.recoveryCodesReplaced': { userId: string };
}

interface SupplyLinkSubject {
  supplyLinkId: string;
  supplierId: string;
  customerId: string;
  actorFirmId: string | null;
}

interface AdhesionSubject {
  adhesionId: string;
  firmId: string;
}

export type DomainEventType = keyof DomainEventSubjects;

/** An event as a service records it. */
export type NewDomainEvent = {
  [T in DomainEventType]: { type: T; actorId: string | null; subject: DomainEventSubjects[T] };
}[DomainEventType];

/** An event as the stream holds it. */
export type DomainEvent = NewDomainEvent & { id: string; createdAt: Date };

/** The event of one type, for a processor's handler of that type. */
export type DomainEventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/** The job queue's task that runs the processors of one event (src/jobs.ts). */
export const DOMAIN_EVENT_TASK = 'domain-event';

/**
 * Records what happened in the caller's transaction, with the job that runs its processors: both
 * exist exactly when the change commits, neither when it rolls back.
 */
export async function recordEvent(manager: EntityManager, event: NewDomainEvent): Promise<string> {
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO domain_event (type, actor_id, subject) VALUES ($1, $2, $3::jsonb) RETURNING id`,
    [event.type, event.actorId, JSON.stringify(event.subject)],
  );
  await enqueueJob(manager, DOMAIN_EVENT_TASK, { eventId: row!.id });
  return row!.id;
}

/** Records what the request's viewer (none: the system) did, as `recordEvent` does. */
export function recordViewerEvent<T extends DomainEventType>(
  manager: EntityManager,
  ctx: Context,
  type: T,
  subject: DomainEventSubjects[T],
): Promise<string> {
  return recordEvent(manager, { type, actorId: ctx.viewer?.userId ?? null, subject } as NewDomainEvent);
}
