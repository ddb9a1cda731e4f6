import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { graphql } from '../../gql';
import { TaskFields, taskValues, useTaskFormProblem, type TaskDefaults } from './TaskFields';

const NEW_TASK: TaskDefaults = {
  title: '',
  phase: 'CONTRACT',
  priority: 'MEDIUM',
  assigneeId: '',
  startDate: null,
  dueDate: null,
};

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
  const [create, { loading }] = useMutation(CreateTaskMutation, {
    refetchQueries: ['TaskBoard', 'TaskList', 'TaskTimeline', 'MyWeek'],
  });
  const [formKey, setFormKey] = useState(0);
  const problem = useTaskFormProblem();
  const [created, setCreated] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = taskValues(event, NEW_TASK);
    setCreated(null);
    if (problem.refuse(event.currentTarget, { title: !input.title && t('create.titleRequired') })) return;
    try {
      const { data } = await create({ variables: { input } });
      if (data) {
        setCreated(data.createTask.title);
        setFormKey((k) => k + 1);
      }
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <form key={formKey} className="form task-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {problem.notice}
      {created && (
        <Notice tone="success" role="status">
          {t('create.created', { title: created })}
        </Notice>
      )}
      <TaskFields defaults={NEW_TASK} problem={problem} />
      <Button type="submit" busy={loading}>
        {t('create.submit')}
      </Button>
    </form>
  );
}
