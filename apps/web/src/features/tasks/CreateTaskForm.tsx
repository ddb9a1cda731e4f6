import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { TaskPriority } from '../../gql/graphql';
import { focusField } from '../../lib/focus-field';
import { useFormProblem } from '../../lib/useFormProblem';
import { PHASES } from './task-helpers';

const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const satisfies readonly TaskPriority[];
const FIELDS = ['title', 'phase', 'priority', 'assigneeId', 'startDate', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];

const AssignableUsersQuery = graphql(`
  query CreateTaskAssignees {
    assignableUsers {
      id
      name
    }
  }
`);

const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
      title
    }
  }
`);

/** Creates a task; the board, list and timeline refresh to show it. */
export function CreateTaskForm() {
  const { t } = useTranslation('tasks');
  const users = useQuery(AssignableUsersQuery);
  const [create, { loading }] = useMutation(CreateTaskMutation, {
    refetchQueries: ['TaskBoard', 'TaskList', 'TaskTimeline', 'MyWeek'],
  });
  const [formKey, setFormKey] = useState(0);
  const [titleError, setTitleError] = useState<string | null>(null);
  const { problem, setProblem, fail, notice } = useFormProblem(FIELDS);
  const [created, setCreated] = useState<string | null>(null);

  const fieldError = (field: Field) => {
    if (field === 'title' && titleError) return titleError;
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
    setCreated(null);
    setProblem(null);
    if (!value('title')) {
      setTitleError(t('create.titleRequired'));
      focusField(event.currentTarget, 'title');
      return;
    }
    setTitleError(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            title: value('title'),
            phase: PHASES.find((p) => p === value('phase')) ?? 'CONTRACT',
            priority: PRIORITIES.find((p) => p === value('priority')) ?? 'MEDIUM',
            assigneeId: value('assigneeId') || null,
            startDate: value('startDate') || null,
            dueDate: value('dueDate') || null,
          },
        },
      });
      if (data) {
        setCreated(data.createTask.title);
        setFormKey((k) => k + 1);
      }
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form key={formKey} className="form task-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {notice}
      {created && (
        <Notice tone="success" role="status">
          {t('create.created', { title: created })}
        </Notice>
      )}
      <TextField label={t('field.title')} name="title" required maxLength={200} error={fieldError('title')} />
      <div className="task-form__row">
        <Select
          label={t('field.phase')}
          name="phase"
          defaultValue="CONTRACT"
          options={PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
          error={fieldError('phase')}
        />
        <Select
          label={t('field.priority')}
          name="priority"
          defaultValue="MEDIUM"
          options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          error={fieldError('priority')}
        />
        <Select
          label={t('field.assignee')}
          name="assigneeId"
          placeholder={t('create.chooseAssignee')}
          options={(users.data?.assignableUsers ?? []).map((u) => ({ value: u.id, label: u.name }))}
          error={fieldError('assigneeId')}
        />
        <DateField label={t('field.startDate')} name="startDate" error={fieldError('startDate')} />
        <DateField label={t('field.dueDate')} name="dueDate" error={fieldError('dueDate')} />
      </div>
      <Button type="submit" busy={loading}>
        {t('create.submit')}
      </Button>
    </form>
  );
}
