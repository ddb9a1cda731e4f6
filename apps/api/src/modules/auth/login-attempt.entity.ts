import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One sign-in attempt; failures within a window drive the rate limit. */
@Entity({ name: 'login_attempt' })
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
