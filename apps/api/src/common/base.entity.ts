import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Timestamps and the optimistic-lock version, for rows keyed otherwise (e.g. by their firm). */
export abstract class VersionedEntity {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** The columns every mutable row has: a UUID, timestamps and the optimistic-lock version. */
export abstract class MutableEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
}
