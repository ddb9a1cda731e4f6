import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type MailStatus = 'QUEUED' | 'SENT' | 'KEPT' | 'FAILED';
export type MailLanguage = 'it' | 'en';

/** One outgoing mail, rendered when it was queued; the job queue sends it (or keeps it without SMTP). */
@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the mail is for, e.g. PASSWORD_RESET or CONTACT_REQUEST. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'text', nullable: true })
  replyTo!: string | null;

  @Column({ type: 'text' })
  language!: MailLanguage;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  bodyText!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'text', default: 'QUEUED' })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
