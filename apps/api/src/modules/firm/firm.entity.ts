import { Column, Entity } from 'typeorm';
import type { FirmKind } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

@Entity({ name: 'firm' })
export class FirmEntity extends MutableEntity {
  @Column({ type: 'text' })
  legalName!: string;

  @Column({ type: 'text', nullable: true })
  tradeName!: string | null;

  @Column({ type: 'char', length: 11 })
  vatNumber!: string;

  @Column({ type: 'text', nullable: true })
  taxCode!: string | null;

  @Column({ type: 'text', nullable: true })
  reaNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  legalForm!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  atecoCodes!: string[];

  @Column({ type: 'text' })
  kind!: FirmKind;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  productLines!: string[];

  @Column({ type: 'text', nullable: true })
  street!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @Column({ type: 'text', nullable: true })
  municipality!: string | null;

  @Column({ type: 'text', nullable: true })
  hamlet!: string | null;

  @Column({ type: 'text', nullable: true })
  province!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'integer', nullable: true })
  employees!: number | null;

  @Column({ type: 'text', nullable: true })
  revenueBand!: string | null;

  @Column({ type: 'integer', nullable: true })
  foundedYear!: number | null;

  @Column({ type: 'integer', nullable: true })
  capacityPairsPerDay!: number | null;

  @Column({ type: 'integer', nullable: true })
  exportShare!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  exportMarkets!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certifications!: string[];

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionIt!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ type: 'boolean', default: false })
  showcaseConsent!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  publicFields!: string[];

  /** The PEC address on record (domicilio digitale): private, used to verify who claims the firm. */
  @Column({ type: 'text', nullable: true })
  pec!: string | null;

  /** The day the registry records the firm as ceased; null while it is active. */
  @Column({ type: 'date', nullable: true })
  ceasedOn!: string | null;
}
