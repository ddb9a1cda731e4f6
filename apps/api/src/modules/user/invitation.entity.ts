import { Column, Entity } from 'typeorm';
import type { Role } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

@Entity({ name: 'invitation' })
export class InvitationEntity extends MutableEntity {
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  firmId!: string | null;

  @Column({ type: 'text', select: false })
  tokenHash!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** The language the invitation mail is written in, chosen by the ADMIN. */
  @Column({ type: 'text', default: 'it' })
  language!: 'it' | 'en';
}
