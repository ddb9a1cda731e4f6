import { Column, Entity } from 'typeorm';
import { MutableEntity } from '../../common/base.entity.js';

/** The report a saved view opens on. */
export type ReportSection = 'OVERVIEW' | 'ADHESIONS' | 'SUPPLY_CHAIN' | 'PLAN' | 'STARTUP' | 'TRACEABILITY';

/** A person's named set of report filters (stored as the ReportFilter input, normalised). */
@Entity('saved_report_view')
export class SavedReportViewEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  section!: ReportSection;

  @Column({ type: 'jsonb', default: {} })
  filter!: Record<string, unknown>;
}
