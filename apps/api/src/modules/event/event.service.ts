import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, badInput, conflict, notFound } from '../../common/errors.js';
import { byTime, type Connection, keysetPage } from '../../common/pagination.js';
import { findOrThrow, getOrThrow } from '../../common/lookup.js';
import { parseInput, text, uuid } from '../../common/validation.js';
import { createAudited, recordAudit, updateAudited } from '../audit/audit.service.js';
import { recordViewerEvent } from '../event-stream/domain-event.js';
import { EventAudience, EventKind, EventLanguage } from '@filiera/shared';
import { EventEntity, EventRegistrationEntity } from './event.entity.js';

const title = text(200).min(1, 'is required');
const description = text(8000);
const dateTime = z.coerce.date({ message: 'is not a date and time' });

const fields = {
  kind: z.enum(EventKind),
  titleIt: title,
  titleEn: title,
  descriptionIt: description.nullish(),
  descriptionEn: description.nullish(),
  startsAt: dateTime,
  endsAt: dateTime,
  place: text(300).min(1, 'is required'),
  capacity: z.number().int().min(1, 'must be at least 1').max(100_000, 'is too large'),
  language: z.enum(EventLanguage),
  audience: z.enum(EventAudience),
  registrationDeadline: dateTime,
};
const createSchema = z.object(fields);
const updateSchema = z.object({ id: uuid, version: z.number().int().min(1) }).extend(
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.nullish()])) as {
    [K in keyof typeof fields]: z.ZodOptional<z.ZodNullable<(typeof fields)[K]>>;
  },
);

/** The dates must follow each other: start ≤ end, deadline ≤ end. */
function checkDates(e: Pick<EventEntity, 'startsAt' | 'endsAt' | 'registrationDeadline'>): void {
  const problems = [];
  if (e.endsAt < e.startsAt)
    problems.push({ field: 'endsAt', reason: 'before_start', message: 'is before the start' });
  if (e.registrationDeadline > e.endsAt) {
    problems.push({ field: 'registrationDeadline', reason: 'after_end', message: 'is after the end' });
  }
  if (problems.length) throw badInput(problems);
}

/** Locks the event row for the rest of the transaction: registrations and cancellations queue behind it. */
async function lockEvent(manager: EntityManager, eventId: string): Promise<EventEntity> {
  return findOrThrow(manager, EventEntity, eventId, { lock: true });
}

/** Gives free seats to the waiting list in order (after a cancellation or a larger capacity). */
async function promoteWaitlist(manager: EntityManager, ctx: Context, event: EventEntity): Promise<void> {
  const [row] = (await manager.query(
    `SELECT count(*) AS n FROM event_registration WHERE event_id = $1 AND status = 'CONFIRMED'`,
    [event.id],
  )) as { n: string }[];
  const free = event.capacity - Number(row?.n ?? 0);
  if (free <= 0) return;
  const next = await manager
    .getRepository(EventRegistrationEntity)
    .createQueryBuilder('r')
    .where('r.event_id = :eventId AND r.status = :status', { eventId: event.id, status: 'WAITLISTED' })
    .orderBy('r.created_at')
    .addOrderBy('r.id')
    .limit(free)
    .getMany();
  for (const r of next) {
    await manager.query(
      `UPDATE event_registration SET status = 'CONFIRMED', version = version + 1, updated_at = now() WHERE id = $1`,
      [r.id],
    );
    await recordAudit(manager, ctx, {
      action: 'EVENT_REGISTRATION_PROMOTED',
      entityType: 'EventRegistration',
      entityId: r.id,
      before: { status: 'WAITLISTED' },
      after: { status: 'CONFIRMED' },
    });
    await recordViewerEvent(manager, ctx, 'event.registrationPromoted', {
      eventId: event.id,
      registrationId: r.id,
    });
  }
}

export async function listEvents(
  ctx: Context,
  args: {
    from?: Date | string | null;
    to?: Date | string | null;
    first?: number | null;
    after?: string | null;
  },
  publicOnly = false,
): Promise<Connection<EventEntity>> {
  const range = parseInput(z.object({ from: dateTime.nullish(), to: dateTime.nullish() }), {
    from: args.from,
    to: args.to,
  });
  const qb = ctx.ds.getRepository(EventEntity).createQueryBuilder('e');
  if (publicOnly) qb.where(`e.audience = 'PUBLIC' AND e.ends_at >= now()`);
  if (range.from) qb.andWhere('e.starts_at >= :from', { from: range.from });
  if (range.to) qb.andWhere('e.starts_at < :to', { to: range.to });
  return keysetPage(
    qb,
    byTime('e.starts_at', (e) => e.startsAt, 'ASC'),
    args,
  );
}

export async function getEvent(ctx: Context, eventId: string): Promise<EventEntity> {
  const event = await findOrThrow(ctx.ds.manager, EventEntity, eventId);
  return event;
}

export async function createEvent(ctx: Context, rawInput: unknown): Promise<EventEntity> {
  const input = parseInput(createSchema, rawInput);
  checkDates(input);
  return ctx.ds.transaction(async (manager) => {
    return createAudited(manager, ctx, {
      entity: EventEntity,
      values: {
        ...input,
        descriptionIt: input.descriptionIt ?? '',
        descriptionEn: input.descriptionEn ?? '',
        createdById: ctx.viewer?.userId ?? null,
      },
      action: 'EVENT_CREATED',
      snapshot: () => input,
    });
  });
}

export async function updateEvent(ctx: Context, rawInput: unknown): Promise<EventEntity> {
  const { id: eventId, version, ...rest } = parseInput(updateSchema, rawInput);
  const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
  return ctx.ds.transaction(async (manager) => {
    const current = await lockEvent(manager, eventId);
    if (current.version !== version) throw conflict('Event', eventId, current.version);
    checkDates({ ...current, ...changes });
    if (rest.capacity != null && rest.capacity < current.capacity) {
      // Fewer seats than people already holding one would overbook the event: refused, nothing changes.
      const [row] = (await manager.query(
        `SELECT count(*) AS n FROM event_registration WHERE event_id = $1 AND status = 'CONFIRMED'`,
        [eventId],
      )) as { n: string }[];
      const confirmed = Number(row?.n ?? 0);
      if (rest.capacity < confirmed) {
        throw badField('capacity', 'below_confirmed', `is below the ${confirmed} seats already taken`);
      }
    }
    const { before, after } = await updateAudited(manager, ctx, {
      entity: EventEntity,
      id: eventId,
      version,
      changes,
      action: 'EVENT_UPDATED',
    });
    if (after.capacity > before.capacity) await promoteWaitlist(manager, ctx, after);
    return after;
  });
}

const registerSchema = z.object({
  eventId: uuid,
  personName: title,
  personEmail: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'is not an e-mail address' })),
});

/**
 * Registers a person of the viewer's firm. The event row is locked first, so two registrations for the
 * last seat run one after the other: one gets it, the other the waiting list. Never overbooked.
 */
export async function registerForEvent(ctx: Context, rawInput: unknown): Promise<EventRegistrationEntity> {
  const viewer = requireViewer(ctx);
  const input = parseInput(registerSchema, rawInput);
  if (!viewer.firmId) throw notFound('Firm', 'of the viewer');
  const firmId = viewer.firmId;
  return ctx.ds.transaction(async (manager) => {
    const event = await lockEvent(manager, input.eventId);
    if (event.registrationDeadline.getTime() <= Date.now()) {
      throw badField('eventId', 'registration_closed', 'registrations are closed');
    }
    const [row] = (await manager.query(
      `SELECT count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
              count(*) FILTER (WHERE lower(person_email) = $2) AS same_person
         FROM event_registration WHERE event_id = $1 AND status <> 'CANCELLED'`,
      [event.id, input.personEmail],
    )) as { confirmed: string; same_person: string }[];
    if (Number(row?.same_person ?? 0) > 0) {
      throw badField('personEmail', 'taken', 'is already registered for this event');
    }
    const status = Number(row?.confirmed ?? 0) < event.capacity ? 'CONFIRMED' : 'WAITLISTED';
    const registration = await manager.save(
      manager.create(EventRegistrationEntity, {
        eventId: event.id,
        firmId,
        personName: input.personName,
        personEmail: input.personEmail,
        status,
        registeredById: viewer.userId,
      }),
    );
    await recordAudit(manager, ctx, {
      action: 'EVENT_REGISTERED',
      entityType: 'EventRegistration',
      entityId: registration.id,
      after: { eventId: event.id, firmId, personName: input.personName, status },
    });
    return registration;
  });
}

/** Cancels a registration of the viewer's firm; a freed seat goes to the first on the waiting list. */
export async function cancelEventRegistration(
  ctx: Context,
  args: { id: string; version: number },
): Promise<EventRegistrationEntity> {
  const viewer = requireViewer(ctx);
  // Another firm's registration is indistinguishable from a missing one.
  const found = await getOrThrow('EventRegistration', args.id, async (id) => {
    const row = await ctx.ds.getRepository(EventRegistrationEntity).findOneBy({ id });
    return row?.firmId === viewer.firmId ? row : null;
  });
  if (found.status === 'CANCELLED') throw badField('id', 'cancelled', 'is already cancelled');
  return ctx.ds.transaction(async (manager) => {
    const event = await lockEvent(manager, found.eventId);
    const { before, after } = await updateAudited(manager, ctx, {
      entity: EventRegistrationEntity,
      id: args.id,
      version: args.version,
      changes: { status: 'CANCELLED' },
      action: 'EVENT_REGISTRATION_CANCELLED',
      snapshot: (r) => ({ status: r.status }),
    });
    if (before.status === 'CONFIRMED') await promoteWaitlist(manager, ctx, event);
    return after;
  });
}
