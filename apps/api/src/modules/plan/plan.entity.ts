import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JoinRequestStatus, PlanActionStatus, PlanAxis, PlanStatus } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

@Entity({ name: 'strategic_plan' })
export class StrategicPlanEntity extends MutableEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer' })
  startYear!: number;

  @Column({ type: 'integer' })
  endYear!: number;

  @Column({ type: 'text' })
  status!: PlanStatus;
}

@Entity({ name: 'plan_objective' })
export class PlanObjectiveEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  axis!: PlanAxis;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}

@Entity({ name: 'plan_action' })
export class PlanActionEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'uuid', nullable: true })
  objectiveId!: string | null;

  @Column({ type: 'text' })
  axis!: PlanAxis;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadFirmId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadUserId!: string | null;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'text' })
  status!: PlanActionStatus;
}

/** One KPI of an action; yearly actuals live in plan_action_kpi_actual. Numbers come back as text. */
@Entity({ name: 'plan_action_kpi' })
export class PlanKpiEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  actionId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'numeric' })
  baseline!: string;

  @Column({ type: 'numeric' })
  target!: string;
}

@Entity({ name: 'plan_join_request' })
export class PlanJoinRequestEntity extends MutableEntity {
  @Column({ type: 'uuid' })
  actionId!: string;

  @Column({ type: 'uuid' })
  firmId!: string;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  status!: JoinRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

/** A budget change of an approved plan: who, when, and the action's budget lines before and after. */
@Entity({ name: 'plan_revision' })
export class PlanRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'uuid', nullable: true })
  actionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  before!: unknown;

  @Column({ type: 'jsonb' })
  after!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
