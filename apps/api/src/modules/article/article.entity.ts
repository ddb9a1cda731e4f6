import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { MutableEntity, VersionedEntity } from '../../common/base.entity.js';

export type ArticleStatus = 'DRAFT' | 'PUBLISHED';

/** One material of a component and its share of the component (%). */
export interface MaterialShare {
  material: string;
  percent: number;
}

/** A shoe model of a factory; its bill of materials is the ordered list of ArticleComponentEntity. */
@Entity({ name: 'article' })
export class ArticleEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  productLine!: string | null;

  @Column({ type: 'text', nullable: true })
  season!: string | null;

  /** GTIN-8, -12, -13 or -14, stored as written (digits only). */
  @Column({ type: 'text', nullable: true })
  gtin!: string | null;

  @Column({ type: 'text' })
  status!: ArticleStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** What the photo shows, for people who cannot see it (the photo's bytes are in article_photo). */
  @Column({ type: 'text', nullable: true })
  photoAlt!: string | null;
}

/**
 * One line of an article's bill of materials: a component or a processing step (a capability), its
 * source (a confirmed supplier of the factory, or outside the district in a country), material and origin.
 */
@Entity({ name: 'article_component' })
export class ArticleComponentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  articleId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'uuid' })
  capabilityId!: string;

  /** A district firm that supplies the factory this capability through a CONFIRMED link. */
  @Column({ type: 'uuid', nullable: true })
  supplierFirmId!: string | null;

  /** ISO 3166-1 alpha-2 of a supplier outside the district (then supplierFirmId is null). */
  @Column({ type: 'char', length: 2, nullable: true })
  outsideCountry!: string | null;

  @Column({ type: 'text', nullable: true })
  outsideRegion!: string | null;

  @Column({ type: 'text', nullable: true })
  material!: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  composition!: MaterialShare[];

  @Column({ type: 'char', length: 2, nullable: true })
  originCountry!: string | null;

  @Column({ type: 'text', nullable: true })
  originRegion!: string | null;

  /** Share of the shoe's weight, in % (0 for a processing step). */
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  weightShare!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  certifications!: string[];
}

/**
 * Tier 2: where the inputs of what a firm supplies (one capability) come from, through its own
 * confirmed upstream links or from outside the district; `share` is the input's share (%) of the weight
 * of what it supplies.
 */
@Entity({ name: 'supplier_input' })
export class SupplierInputEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'uuid' })
  capabilityId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'uuid' })
  inputCapabilityId!: string;

  @Column({ type: 'uuid', nullable: true })
  inputSupplierFirmId!: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  outsideCountry!: string | null;

  @Column({ type: 'text', nullable: true })
  outsideRegion!: string | null;

  @Column({ type: 'text', nullable: true })
  material!: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  originCountry!: string | null;

  @Column({ type: 'text', nullable: true })
  originRegion!: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  share!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A firm's consent to be named in its customers' public passports (no row: not named). */
@Entity({ name: 'passport_consent' })
export class PassportConsentEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'boolean' })
  namePublic!: boolean;
}
