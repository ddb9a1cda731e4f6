import { Column, Entity } from 'typeorm';
import type { CapabilityGroup } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

@Entity({ name: 'capability' })
export class CapabilityEntity extends MutableEntity {
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  labelIt!: string;

  @Column({ type: 'text' })
  labelEn!: string;

  @Column({ type: 'text', name: 'capability_group' })
  group!: CapabilityGroup;
}
