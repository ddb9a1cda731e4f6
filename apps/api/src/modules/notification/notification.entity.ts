import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { NotificationChannel, NotificationKind } from '../../generated/graphql.js';

/** How a notification reached its recipient (besides the app): never OFF, which writes no row. */
export type NotificationDelivery = Exclude<NotificationChannel, 'OFF'>;

/** One event told to one person: what happened to which object, with the values its text needs. */
@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** The GraphQL type of the object, e.g. SupplyLink or Task. */
  @Column({ type: 'text' })
  objectType!: string;

  @Column({ type: 'uuid' })
  objectId!: string;

  /** Names and labels as they were when it happened (e.g. the other firm's name), for the text. */
  @Column({ type: 'jsonb', default: {} })
  params!: Record<string, string>;

  @Column({ type: 'text' })
  delivery!: NotificationDelivery;

  /** Reminders carry one (e.g. the task and its due date) so a repeated run writes nothing new. */
  @Column({ type: 'text', nullable: true })
  dedupeKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When the daily digest that carried it was written (DIGEST delivery only). */
  @Column({ type: 'timestamptz', nullable: true })
  digestedAt!: Date | null;
}

/** A person's channel for one kind; a kind without a row uses its default. */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'text' })
  channel!: NotificationChannel;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
