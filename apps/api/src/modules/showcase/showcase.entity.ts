import { Column, Entity } from 'typeorm';
import { MutableEntity } from '../../common/base.entity.js';

export type ContactRequestKind = 'CONTACT' | 'QUOTE';
export type ContactRequestState = 'NEW' | 'READ' | 'REPLIED';

/** A visitor's contact or quote request to a consenting firm: the firm's showcase inbox. */
@Entity({ name: 'contact_request' })
export class ContactRequestEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'text' })
  kind!: ContactRequestKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  company!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  @Column({ type: 'text', default: 'NEW' })
  state!: ContactRequestState;

  /** For the per-address rate limit only; never exposed. */
  @Column({ type: 'text', select: false })
  clientIp!: string;
}
