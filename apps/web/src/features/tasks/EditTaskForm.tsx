import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { TaskPriority } from '../../gql/graphql';
import { useFormProblem } from '../../lib/useFormProblem';
import { PHASES } from './task-helpers';

const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const satisfies readonly TaskPriority[];
const FIELDS = ['title', 'phase', 'priority', 'assigneeId', 'startDate', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];

export const EditTaskForm_TaskFragment = graphql(`
  fragment EditTaskForm_TaskFragment on Task {
    id
    version
    title
    phase
    priority
    startDate
    dueDate
    assignee {
      id
    }
  }
`);

const EditTaskAssigneesQuery = graphql(`
  query EditTaskAssignees {
    assignableUsers {
      id
      name
    }
  }
`);

const UpdateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      id
      version
      title
      phase
      priority
      startDate
      dueDate
      overdue
      assignee {
        id
        name
      }
    }
  }
`);

/** Changes a task's fields; a stale version (someone else saved first) is reported, nothing is lost. */
export function EditTaskForm(props: { task: FragmentType<typeof EditTaskForm_TaskFragment> }) {
  const { t } = useTranslation('tasks');
  const task = getFragmentData(EditTaskForm_TaskFragment, props.task);
  const users = useQuery(EditTaskAssigneesQuery);
  const [update, { loading }] = useMutation(UpdateTaskMutation, { refetchQueries: ['TaskDetail'] });
  const { problem, setProblem, fail, notice } = useFormProblem(FIELDS);
  const [saved, setSaved] = useState(false);

  const fieldError = (field: Field) => {
    const message = problem?.fields[field];
    if (!message) return null;
    return field === 'dueDate' && problem?.reason === 'before_start'
      ? t('errors.beforeStart')
      : t(message.key, message.params ?? {});
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: Field) => String(form.get(name) ?? '').trim();
    setProblem(null);
    setSaved(false);
    try {
      await update({
        variables: {
          input: {
            id: task.id,
            version: task.version,
            title: value('title'),
            phase: PHASES.find((p) => p === value('phase')) ?? task.phase,
            priority: PRIORITIES.find((p) => p === value('priority')) ?? task.priority,
            assigneeId: value('assigneeId') || null,
            startDate: value('startDate') || null,
            dueDate: value('dueDate') || null,
          },
        },
      });
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form key={task.version} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {notice}
      {saved && <Notice tone="success">{t('edit.saved')}</Notice>}
      <TextField
        label={t('field.title')}
        name="title"
        defaultValue={task.title}
        required
        maxLength={200}
        error={fieldError('title')}
      />
      <div className="task-form__row">
        <Select
          label={t('field.phase')}
          name="phase"
          defaultValue={task.phase}
          options={PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
        />
        <Select
          label={t('field.priority')}
          name="priority"
          defaultValue={task.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        {users.data && (
          <Select
            label={t('field.assignee')}
            name="assigneeId"
            defaultValue={task.assignee?.id ?? ''}
            placeholder={t('create.chooseAssignee')}
            options={users.data.assignableUsers.map((u) => ({ value: u.id, label: u.name }))}
            error={fieldError('assigneeId')}
          />
        )}
        <DateField
          label={t('field.startDate')}
          name="startDate"
          defaultValue={task.startDate}
          error={fieldError('startDate')}
        />
        <DateField
          label={t('field.dueDate')}
          name="dueDate"
          defaultValue={task.dueDate}
          error={fieldError('dueDate')}
        />
      </div>
      <Button type="submit" variant="secondary" busy={loading}>
        {t('edit.submit')}
      </Button>
    </form>
  );
}
