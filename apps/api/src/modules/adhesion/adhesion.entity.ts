import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AdhesionStatus } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

/** numeric comes back from PostgreSQL as text: read it as a number. */
const numericToNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One firm's path into the network contract. */
@Entity({ name: 'adhesion' })
export class AdhesionEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'text' })
  status!: AdhesionStatus;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericToNumber })
  contributionEur!: number | null;

  @Column({ type: 'text', nullable: true })
  legalRepresentative!: string | null;

  @Column({ type: 'boolean', default: false })
  docVisuraCamerale!: boolean;

  @Column({ type: 'boolean', default: false })
  docDurc!: boolean;

  @Column({ type: 'boolean', default: false })
  docDigitalSignature!: boolean;
}

/** One step of an adhesion, kept for its history. */
@Entity({ name: 'adhesion_transition' })
export class AdhesionTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  adhesionId!: string;

  @Column({ type: 'text', nullable: true })
  fromStatus!: AdhesionStatus | null;

  @Column({ type: 'text' })
  toStatus!: AdhesionStatus;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
