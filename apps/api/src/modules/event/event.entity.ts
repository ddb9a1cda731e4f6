import { Column, Entity } from 'typeorm';
import type { EventAudience, EventKind, EventLanguage } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

export type { EventAudience, EventKind, EventLanguage } from '@filiera/shared';
export type RegistrationStatus = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';

/** A trade fair, course, meeting, buyer mission or webinar of the network's calendar. */
@Entity({ name: 'event' })
export class EventEntity extends MutableEntity {
  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'text' })
  titleIt!: string;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text', default: '' })
  descriptionIt!: string;

  @Column({ type: 'text', default: '' })
  descriptionEn!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'text' })
  language!: EventLanguage;

  @Column({ type: 'text' })
  audience!: EventAudience;

  @Column({ type: 'timestamptz' })
  registrationDeadline!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** A person of a firm registered for an event: a seat, a place on the waiting list, or cancelled. */
@Entity({ name: 'event_registration' })
export class EventRegistrationEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'text' })
  personName!: string;

  @Column({ type: 'text' })
  personEmail!: string;

  @Column({ type: 'text' })
  status!: RegistrationStatus;

  @Column({ type: 'uuid', nullable: true })
  registeredById!: string | null;
}
