import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Select } from '../../components/Select';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { BlockerEditor } from './BlockerEditor';
import { EditTaskForm } from './EditTaskForm';
import { TaskLinksForm } from './TaskLinksForm';
import { OverdueBadge } from './TaskCard';
import { MoveTaskMutation } from './TaskBoard';
import { STATUSES, useTaskErrorMessage } from './task-helpers';
import './tasks.css';

const TaskDetailQuery = graphql(`
  query TaskDetail($id: ID!) {
    me {
      permissions {
        viewerCanEditTasks
      }
    }
    task(id: $id) {
      id
      title
      description
      phase
      status
      priority
      startDate
      dueDate
      overdue
      version
      ...EditTaskForm_TaskFragment
      ...TaskLinksForm_TaskFragment
      assignee {
        id
        name
      }
      firms {
        id
        legalName
      }
      planAction {
        id
        title
      }
      blockedBy {
        id
        title
        status
      }
      blocks {
        id
        title
        status
      }
      comments(first: 50) {
        totalCount
        edges {
          node {
            id
            body
            createdAt
            author {
              id
              name
            }
          }
        }
      }
      activity(first: 50) {
        edges {
          node {
            id
            kind
            createdAt
            actor {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const AddCommentMutation = graphql(`
  mutation AddTaskComment($input: AddTaskCommentInput!) {
    addTaskComment(input: $input) {
      id
    }
  }
`);

/** /tasks/:id — a task with its blockers, comments and history. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tasks');
  const format = useFormat();
  const { day } = format;
  const taskError = useTaskErrorMessage();
  const result = useQuery(TaskDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [move, moving] = useMutation(MoveTaskMutation, { refetchQueries: ['TaskDetail'] });
  const [comment, commenting] = useMutation(AddCommentMutation, { refetchQueries: ['TaskDetail'] });
  const [problem, setProblem] = useState<string | null>(null);
  const [commentKey, setCommentKey] = useState(0);
  useDocumentTitle(result.data?.task.title ?? t('title'));

  const onComment = async (event: FormEvent<HTMLFormElement>, taskId: string) => {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get('body') ?? '').trim();
    if (!body) return;
    try {
      await comment({ variables: { input: { taskId, body } } });
      setCommentKey((k) => k + 1);
    } catch (e) {
      setProblem(taskError(e));
    }
  };

  return (
    <QueryState result={result}>
      {({ task, me }) => {
        const canEdit = me?.permissions.viewerCanEditTasks ?? false;
        return (
          <>
            <p>
              <Link to="/tasks">{t('detail.back')}</Link>
            </p>
            <PageHeader title={task.title} description={task.description ?? undefined} />
            <div className="stack">
              {problem && (
                <Notice tone="error" role="alert">
                  {problem}
                </Notice>
              )}
              <Card title={t('detail.details')}>
                <dl className="term-rows">
                  <dt>{t('field.phase')}</dt>
                  <dd>{t(`phase.${task.phase}`)}</dd>
                  <dt>{t('field.status')}</dt>
                  <dd>{t(`status.${task.status}`)}</dd>
                  <dt>{t('field.priority')}</dt>
                  <dd>{t(`priority.${task.priority}`)}</dd>
                  <dt>{t('field.assignee')}</dt>
                  <dd>{task.assignee?.name ?? t('unassigned')}</dd>
                  <dt>{t('field.startDate')}</dt>
                  <dd>{task.startDate ? day(task.startDate) : '—'}</dd>
                  <dt>{t('field.dueDate')}</dt>
                  <dd>
                    {task.dueDate ? day(task.dueDate) : t('noDueDate')}{' '}
                    {task.overdue && task.dueDate && <OverdueBadge dueDate={task.dueDate} />}
                  </dd>
                  {task.firms.length > 0 && (
                    <>
                      <dt>{t('detail.firms')}</dt>
                      <dd>
                        <ul className="task-links">
                          {task.firms.map((f) => (
                            <li key={f.id}>
                              <Link to={`/firms/${f.id}`}>{f.legalName}</Link>
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  )}
                  {task.planAction && (
                    <>
                      <dt>{t('detail.planAction')}</dt>
                      <dd>
                        <Link to={`/plan/actions/${task.planAction.id}`}>{task.planAction.title}</Link>
                      </dd>
                    </>
                  )}
                </dl>
                {canEdit && (
                  <Select
                    label={t('detail.move')}
                    value={task.status}
                    disabled={moving.loading}
                    options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                    onChange={(e) => {
                      const status = STATUSES.find((s) => s === e.target.value);
                      if (!status) return;
                      setProblem(null);
                      move({ variables: { input: { id: task.id, version: task.version, status } } }).catch(
                        (err: unknown) => setProblem(taskError(err)),
                      );
                    }}
                  />
                )}
              </Card>
              {canEdit && (
                <Card title={t('edit.heading')}>
                  <EditTaskForm task={task} />
                </Card>
              )}
              {canEdit && (
                <Card title={t('links.heading')}>
                  <TaskLinksForm task={task} />
                </Card>
              )}
              <Card title={t('detail.blockers')}>
                <p className="muted">{t('detail.blockerHint')}</p>
                {canEdit ? (
                  <BlockerEditor taskId={task.id} version={task.version} blockers={task.blockedBy} />
                ) : task.blockedBy.length === 0 ? (
                  <EmptyState message={t('detail.noBlockers')} />
                ) : (
                  <ul className="week-list">
                    {task.blockedBy.map((b) => (
                      <li key={b.id}>
                        <Link to={`/tasks/${b.id}`}>{b.title}</Link> ({t(`status.${b.status}`)})
                      </li>
                    ))}
                  </ul>
                )}
                {task.blocks.length > 0 && (
                  <>
                    <h3 className="task-subheading">{t('detail.blocks')}</h3>
                    <ul className="week-list">
                      {task.blocks.map((b) => (
                        <li key={b.id}>
                          <Link to={`/tasks/${b.id}`}>{b.title}</Link> ({t(`status.${b.status}`)})
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </Card>
              <Card title={t('detail.comments')}>
                {task.comments.edges.length === 0 ? (
                  <EmptyState message={t('detail.noComments')} />
                ) : (
                  <ul className="week-list">
                    {task.comments.edges.map(({ node }) => (
                      <li key={node.id}>
                        <p className="muted">
                          {node.author?.name ?? t('detail.someone')} ·{' '}
                          <time dateTime={node.createdAt}>{format.dateTime(node.createdAt)}</time>
                        </p>
                        <p>{node.body}</p>
                      </li>
                    ))}
                  </ul>
                )}
                {canEdit && (
                  <form key={commentKey} className="form" onSubmit={(e) => void onComment(e, task.id)}>
                    <div className="field">
                      <label className="field__label" htmlFor="task-comment">
                        {t('detail.comment')}
                      </label>
                      <textarea
                        id="task-comment"
                        name="body"
                        className="field__control"
                        rows={3}
                        maxLength={5000}
                      />
                    </div>
                    <Button type="submit" variant="secondary" busy={commenting.loading}>
                      {t('detail.send')}
                    </Button>
                  </form>
                )}
              </Card>
              <Card title={t('detail.activity')}>
                {task.activity.edges.length === 0 ? (
                  <EmptyState message={t('detail.noActivity')} />
                ) : (
                  <ol className="week-list">
                    {task.activity.edges.map(({ node }) => (
                      <li key={node.id}>
                        <time dateTime={node.createdAt}>{format.dateTime(node.createdAt)}</time> ·{' '}
                        {node.actor?.name ?? t('detail.someone')} {t(`activityKind.${node.kind}`)}
                      </li>
                    ))}
                  </ol>
                )}
              </Card>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
