import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { TaskFields, taskValues, useTaskFormProblem } from './TaskFields';

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

const UpdateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...EditTaskForm_TaskFragment
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
  const [update, { loading }] = useMutation(UpdateTaskMutation, { refetchQueries: ['TaskDetail'] });
  const problem = useTaskFormProblem();
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = taskValues(event, task);
    problem.setProblem(null);
    setSaved(false);
    try {
      await update({ variables: { input: { id: task.id, version: task.version, ...input } } });
      setSaved(true);
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <form key={task.version} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {problem.notice}
      {saved && <Notice tone="success">{t('edit.saved')}</Notice>}
      <TaskFields defaults={{ ...task, assigneeId: task.assignee?.id ?? '' }} problem={problem} />
      <Button type="submit" variant="secondary" busy={loading}>
        {t('edit.submit')}
      </Button>
    </form>
  );
}
