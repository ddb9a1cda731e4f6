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

  /** The side that declared the link; NULL when ADMIN/CONSULTANT recorded it on the firms' behalf. */
  @Column({ type: 'uuid', nullable: true })
  declaredByFirmId!: string | null;

  /** The person who recorded the link (NULL for seeded links). */
  @Column({ type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  /** Why the counterpart rejected the link. */
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedByUserId!: string | null;
}
