import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One code of the ATECO 2025 classification (reference data, loaded by its migration, never edited). */
@Entity({ name: 'ateco_code' })
export class AtecoCodeEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'text', nullable: true })
  parent!: string | null;

  @Column({ type: 'text' })
  titleIt!: string;

  @Column({ type: 'text' })
  titleEn!: string;
}
