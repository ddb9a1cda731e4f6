import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { TaskPhase, TaskPriority } from '../../gql/graphql';
import { useFormProblem, type FormProblem } from '../../lib/useFormProblem';
import { PHASES } from './task-helpers';

const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const satisfies readonly TaskPriority[];
const FIELDS = ['title', 'phase', 'priority', 'assigneeId', 'startDate', 'dueDate'] as const;
export type TaskField = (typeof FIELDS)[number];

const TaskAssigneesQuery = graphql(`
  query TaskAssignees {
    assignableUsers {
      id
      name
    }
  }
`);

/** A task's values as the create and edit forms start from them. */
export interface TaskDefaults {
  title: string;
  phase: TaskPhase;
  priority: TaskPriority;
  assigneeId: string;
  startDate: string | null;
  dueDate: string | null;
}

/** The values the task forms send, read from the submitted form (`fallback` for an unknown choice). */
export function taskValues(
  event: FormEvent<HTMLFormElement>,
  fallback: Pick<TaskDefaults, 'phase' | 'priority'>,
) {
  const form = new FormData(event.currentTarget);
  const value = (name: TaskField) => String(form.get(name) ?? '').trim();
  return {
    title: value('title'),
    phase: PHASES.find((p) => p === value('phase')) ?? fallback.phase,
    priority: PRIORITIES.find((p) => p === value('priority')) ?? fallback.priority,
    assigneeId: value('assigneeId') || null,
    startDate: value('startDate') || null,
    dueDate: value('dueDate') || null,
  };
}

/** The problem of a task form: the API's "due before start" is said next to the due date. */
export function useTaskFormProblem(): FormProblem<TaskField> {
  const { t } = useTranslation('tasks');
  return useFormProblem(FIELDS, {
    reasons: { before_start: { field: 'dueDate', message: t('errors.beforeStart') } },
  });
}

/** The fields of a task, shared by the create and edit forms. */
export function TaskFields({
  defaults,
  problem,
}: {
  defaults: TaskDefaults;
  problem: FormProblem<TaskField>;
}) {
  const { t } = useTranslation('tasks');
  const users = useQuery(TaskAssigneesQuery);
  return (
    <>
      <TextField
        label={t('field.title')}
        {...problem.field('title')}
        defaultValue={defaults.title}
        required
        maxLength={200}
      />
      <div className="task-form__row">
        <Select
          label={t('field.phase')}
          {...problem.field('phase')}
          defaultValue={defaults.phase}
          options={PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
        />
        <Select
          label={t('field.priority')}
          {...problem.field('priority')}
          defaultValue={defaults.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        {/* Drawn once the people are there, so the current assignee is the one selected. */}
        {users.data && (
          <Select
            label={t('field.assignee')}
            {...problem.field('assigneeId')}
            defaultValue={defaults.assigneeId}
            placeholder={t('create.chooseAssignee')}
            options={users.data.assignableUsers.map((u) => ({ value: u.id, label: u.name }))}
          />
        )}
        <DateField
          label={t('field.startDate')}
          {...problem.field('startDate')}
          defaultValue={defaults.startDate}
        />
        <DateField label={t('field.dueDate')} {...problem.field('dueDate')} defaultValue={defaults.dueDate} />
      </div>
    </>
  );
}
