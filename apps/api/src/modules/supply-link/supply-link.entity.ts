import { Column, Entity } from 'typeorm';
import type { SupplyLinkStatus } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

/** Supplier firm → customer firm for one capability; only CONFIRMED links count in analyses. */
@Entity({ name: 'supply_link' })
export class SupplyLinkEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid' })
  capabilityId!: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  sharePercent!: string | null;

  @Column({ type: 'integer', nullable: true })
  yearlyVolumePairs!: number | null;

  @Column({ type: 'date', nullable: true })
  since!: string | null;

  @Column({ type: 'text' })
  status!: SupplyLinkStatus;

  @Column({ type: 'uuid' })
  declaredByFirmId!: string;
}
