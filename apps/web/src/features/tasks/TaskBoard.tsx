import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { getFragmentData, graphql } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';
import { QueryState } from '../shell/QueryState';
import { TaskCard, TaskCard_TaskFragment } from './TaskCard';
import { STATUSES, useTaskErrorMessage } from './task-helpers';
import { useLiveTasks } from './useLiveTasks';

const COLUMN_SIZE = 50;

const TaskBoardQuery = graphql(`
  query TaskBoard {
    me {
      permissions {
        viewerCanEditTasks
      }
    }
    taskBoard(first: 50) {
      status
      totalCount
      tasks {
        ...TaskCard_TaskFragment
      }
    }
  }
`);

export const MoveTaskMutation = graphql(`
  mutation MoveTask($input: MoveTaskInput!) {
    moveTask(input: $input) {
      id
      status
      version
      overdue
    }
  }
`);

/** Columns by status; a card moves by drag and drop or by its "Move to…" menu. */
export function TaskBoard() {
  const { t } = useTranslation('tasks');
  const taskError = useTaskErrorMessage();
  const result = useQuery(TaskBoardQuery, { fetchPolicy: 'cache-and-network' });
  useLiveTasks();
  const [move] = useMutation(MoveTaskMutation, { refetchQueries: ['TaskBoard'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [over, setOver] = useState<TaskStatus | null>(null);
  // The card just moved: its old control is gone, so focus follows the card to its new column.
  const moved = useRef<string | null>(null);
  const boardData = result.data;
  useEffect(() => {
    if (!moved.current) return;
    const link = document.querySelector<HTMLElement>(`[data-task-id="${moved.current}"] a`);
    if (link) {
      link.focus();
      moved.current = null;
    }
  }, [boardData, notice]);

  const onMove = async (id: string, version: number, status: TaskStatus, title: string) => {
    setNotice(null);
    try {
      await move({ variables: { input: { id, version, status } } });
      moved.current = id;
      setNotice({
        tone: 'success',
        text: t('board.moved', { title, status: t(`status.${status}`) }),
      });
    } catch (error) {
      setNotice({ tone: 'error', text: taskError(error) });
    }
  };

  return (
    <QueryState result={result}>
      {(data) => {
        const canEdit = data.me?.permissions.viewerCanEditTasks ?? false;
        const cards = data.taskBoard.flatMap((c) => getFragmentData(TaskCard_TaskFragment, c.tasks));
        return (
          <section aria-labelledby="task-board-heading">
            <h2 id="task-board-heading" className="visually-hidden">
              {t('board.heading')}
            </h2>
            {canEdit && <p className="muted">{t('board.hint')}</p>}
            <div aria-live="polite" className="task-board__status">
              {notice && (
                <Notice tone={notice.tone} role="none">
                  {notice.text}
                </Notice>
              )}
            </div>
            <div className="task-board">
              {STATUSES.map((status) => {
                const column = data.taskBoard.find((c) => c.status === status);
                if (!column) return null;
                const headingId = `task-column-${status}`;
                return (
                  <section
                    key={status}
                    aria-labelledby={headingId}
                    className={`task-column${over === status ? ' task-column--over' : ''}`}
                    data-status={status}
                    onDragOver={(e) => {
                      if (!canEdit) return;
                      e.preventDefault();
                      setOver(status);
                    }}
                    onDragLeave={() => setOver(null)}
                    onDrop={(e) => {
                      e.preventDefault();
                      setOver(null);
                      const id = e.dataTransfer.getData('text/plain');
                      const card = cards.find((c) => c.id === id);
                      if (card && card.status !== status)
                        void onMove(card.id, card.version, status, card.title);
                    }}
                  >
                    <h3 id={headingId} className="task-column__title">
                      {t(`status.${status}`)}{' '}
                      <span className="muted">({t('board.count', { count: column.totalCount })})</span>
                    </h3>
                    {column.tasks.length === 0 ? (
                      <p className="muted">{t('board.empty')}</p>
                    ) : (
                      <ul className="task-column__list">
                        {column.tasks.map((task) => (
                          <TaskCard
                            key={getFragmentData(TaskCard_TaskFragment, task).id}
                            task={task}
                            canEdit={canEdit}
                            onMove={(...a) => void onMove(...a)}
                          />
                        ))}
                      </ul>
                    )}
                    {column.totalCount > COLUMN_SIZE && (
                      <p className="muted">{t('board.more', { count: column.totalCount - COLUMN_SIZE })}</p>
                    )}
                  </section>
                );
              })}
            </div>
          </section>
        );
      }}
    </QueryState>
  );
}
