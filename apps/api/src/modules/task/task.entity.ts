import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TaskPhase, TaskPriority, TaskStatus } from '@filiera/shared';
import { MutableEntity } from '../../common/base.entity.js';

/** A start-up task; dates are calendar days (PostgreSQL `date`, read as 'YYYY-MM-DD'). */
@Entity({ name: 'task' })
export class TaskEntity extends MutableEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  phase!: TaskPhase;

  @Column({ type: 'text' })
  status!: TaskStatus;

  @Column({ type: 'text' })
  priority!: TaskPriority;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'uuid', nullable: true })
  planActionId!: string | null;
}

@Entity({ name: 'task_comment' })
export class TaskCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export type TaskActivityKind = 'CREATED' | 'UPDATED' | 'MOVED' | 'BLOCKERS_CHANGED' | 'COMMENTED';

@Entity({ name: 'task_activity' })
export class TaskActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  kind!: TaskActivityKind;

  @Column({ type: 'jsonb', default: {} })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
