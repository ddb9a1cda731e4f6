import { Column, Entity } from 'typeorm';
import { MutableEntity } from '../../common/base.entity.js';
import type { ColumnMapping } from './registry-fields.js';

export type RegistryImportStatus =
  'UPLOADED' | 'PREVIEWING' | 'PREVIEWED' | 'APPLYING' | 'APPLIED' | 'FAILED';
export type RegistryFileFormat = 'CSV' | 'XLSX';
export type RegistryEncoding = 'UTF_8' | 'LATIN_1';
/** Why a dry run or an apply stopped (the GraphQL enum RegistryImportFailure). */
export type RegistryImportFailure =
  | 'FILE_UNREADABLE'
  | 'TOO_MANY_ROWS'
  | 'TOO_LARGE_UNCOMPRESSED'
  | 'STALE_DRY_RUN'
  | 'CONFLICT'
  | 'WRITE_FAILED';
export type RegistryImportPhase = 'PREVIEW' | 'APPLY';
/** New firms of a dry run by kind, after the person's changes. */
export type KindCounts = Partial<Record<'SHOE_FACTORY' | 'PROCESSING' | 'COMPONENTS' | 'SERVICES', number>>;

/** An uploaded registry extract and where its import stands. */
@Entity({ name: 'registry_import' })
export class RegistryImportEntity extends MutableEntity {
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'integer' })
  fileSize!: number;

  @Column({ type: 'text' })
  format!: RegistryFileFormat;

  @Column({ type: 'text', nullable: true })
  encoding!: RegistryEncoding | null;

  @Column({ type: 'text', nullable: true })
  separator!: string | null;

  @Column({ type: 'text', array: true })
  columns!: string[];

  @Column({ type: 'jsonb', default: [] })
  mapping!: ColumnMapping[];

  @Column({ type: 'text' })
  status!: RegistryImportStatus;

  @Column({ type: 'integer', default: 0 })
  phaseProcessed!: number;

  @Column({ type: 'integer', default: 0 })
  phaseTotal!: number;

  @Column({ type: 'integer', nullable: true })
  rowCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  newCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  updatedCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  unchangedCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  invalidCount!: number | null;

  @Column({ type: 'text', nullable: true })
  failureMessage!: string | null;

  @Column({ type: 'text', nullable: true })
  failureReason!: RegistryImportFailure | null;

  /** Fingerprint of the dry run's plan (each row's action, matched firm and its version, values). */
  @Column({ type: 'text', nullable: true })
  planDigest!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  kindCounts!: KindCounts | null;

  @Column({ type: 'integer', nullable: true })
  reviewCount!: number | null;

  /** The phase a crash (or a stop) interrupted; the job was made retryable at the next start. */
  @Column({ type: 'text', nullable: true })
  interruptedPhase!: RegistryImportPhase | null;

  @Column({ type: 'timestamptz', nullable: true })
  interruptedAt!: Date | null;

  /** The uploaded file; never selected by default (up to 20 MB), cleared once applied. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;
}
