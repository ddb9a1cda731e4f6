import { Column, Entity } from 'typeorm';
import type { AdhesionStatus } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

/** One firm's path into the network contract. */
@Entity({ name: 'adhesion' })
export class AdhesionEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'text' })
  status!: AdhesionStatus;
}
