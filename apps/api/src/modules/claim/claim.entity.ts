import { Column, Entity } from 'typeorm';
import { MutableEntity } from '../../common/base.entity.js';

export type ClaimStatus =
  | 'CODE_SENT'
  | 'CODE_FAILED'
  | 'AWAITING_DOCUMENT'
  | 'IN_REVIEW'
  | 'AWAITING_MANAGER'
  | 'APPROVED'
  | 'REJECTED';
export type ClaimMethod = 'PEC' | 'DOCUMENT';
export type ClaimDocumentKind = 'VISURA' | 'DELEGA';

/** A person's request to take over a firm's profile (see claim.service.ts for its life). */
@Entity({ name: 'firm_claim' })
export class ClaimEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  firmId!: string;

  /** The claimant's handle on their claim (they have no account yet): only its hash is kept. */
  @Column({ type: 'text', select: false })
  tokenHash!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  roleInFirm!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', default: 'it' })
  language!: 'it' | 'en';

  @Column({ type: 'text', nullable: true })
  method!: ClaimMethod | null;

  @Column({ type: 'text' })
  status!: ClaimStatus;

  @Column({ type: 'text', nullable: true, select: false })
  codeHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  codeExpiresAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  codeTries!: number;

  @Column({ type: 'text', nullable: true })
  documentKind!: ClaimDocumentKind | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Why it was rejected, told to the claimant. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The account that got the firm (set at approval when the person already had one). */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  ip!: string;
}
