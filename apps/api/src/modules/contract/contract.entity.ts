import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ContractDocumentData,
  ContractSectionValue,
  ContractSnapshot,
  ContractStatusValue,
  NetworkTypeValue,
} from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

/** The network's one contract; its text is a JSON document validated on every save. */
@Entity({ name: 'network_contract' })
export class NetworkContractEntity extends MutableEntity {
  @Column({ type: 'text', nullable: true })
  type!: NetworkTypeValue | null;

  @Column({ type: 'uuid', nullable: true })
  referenceFirmId!: string | null;

  @Column({ type: 'jsonb' })
  document!: ContractDocumentData;

  @Column({ type: 'text' })
  status!: ContractStatusValue;

  @Column({ type: 'text', nullable: true })
  registrationNumber!: string | null;

  /** A calendar date, YYYY-MM-DD (TypeORM returns `date` columns as strings). */
  @Column({ type: 'date', nullable: true })
  registrationDate!: string | null;
}

/** A saved draft: the whole document as it was, never changed afterwards. */
@Entity({ name: 'contract_revision' })
export class ContractRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contractId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  snapshot!: ContractSnapshot;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  changeSummary!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A consultant's or the manager's remark on one section. */
@Entity({ name: 'contract_comment' })
export class ContractCommentEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  contractId!: string;

  @Column({ type: 'text' })
  section!: ContractSectionValue;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;
}
