import { Column, Entity } from 'typeorm';
import type { Role } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

@Entity({ name: 'app_user' })
export class UserEntity extends MutableEntity {
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  firmId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  /** The language mail to this person is written in. */
  @Column({ type: 'text', default: 'it' })
  language!: 'it' | 'en';

  /** When two-factor sign-in was turned on; null while it is off. */
  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;
}
