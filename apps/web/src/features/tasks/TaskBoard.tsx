import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DragBoard, useDragBoardTexts, useDropColumn } from '../../components/DragBoard';
import { Notice } from '../../components/Notice';
import { getFragmentData, graphql } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';
import { QueryState } from '../shell/QueryState';
import { TaskCard, TaskCard_TaskFragment } from './TaskCard';
import { STATUSES, useTaskErrorMessage } from './task-helpers';
import { useLiveTasks } from './useLiveTasks';

const COLUMN_SIZE = 50;

const statusOf = (column: string) => STATUSES.find((s) => s === column);

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

/**
 * Columns by status; a card moves by drag and drop (pointer, or the keyboard from its drag handle) or by
 * its "Move to…" menu.
 */
export function TaskBoard() {
  const { t } = useTranslation('tasks');
  const taskError = useTaskErrorMessage();
  const result = useQuery(TaskBoardQuery, { fetchPolicy: 'cache-and-network' });
  useLiveTasks(['TaskBoard']);
  const [move] = useMutation(MoveTaskMutation, { refetchQueries: ['TaskBoard'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const drag = useDragBoardTexts('tasks');
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
            <DragBoard
              texts={drag.texts}
              cardName={(id) => cards.find((c) => c.id === id)?.title ?? ''}
              columnName={(column) => {
                const status = statusOf(column);
                return status ? t(`status.${status}`) : '';
              }}
              columnOf={(id) => cards.find((c) => c.id === id)?.status}
              onMove={(id, column) => {
                const card = cards.find((c) => c.id === id);
                const status = statusOf(column);
                if (card && status) void onMove(card.id, card.version, status, card.title);
              }}
            >
              <div className="task-board">
                {STATUSES.map((status) => {
                  const column = data.taskBoard.find((c) => c.status === status);
                  if (!column) return null;
                  const headingId = `task-column-${status}`;
                  return (
                    <TaskColumn key={status} status={status} canEdit={canEdit}>
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
                              dragLabel={drag.handleLabel}
                              onMove={(...a) => void onMove(...a)}
                            />
                          ))}
                        </ul>
                      )}
                      {column.totalCount > COLUMN_SIZE && (
                        <p className="muted">{t('board.more', { count: column.totalCount - COLUMN_SIZE })}</p>
                      )}
                    </TaskColumn>
                  );
                })}
              </div>
            </DragBoard>
          </section>
        );
      }}
    </QueryState>
  );
}

/** A column of the board, on which a dragged card can be dropped (outlined while a card is over it). */
function TaskColumn(props: { status: TaskStatus; canEdit: boolean; children: ReactNode }) {
  const { columnProps, isOver } = useDropColumn(props.status, !props.canEdit);
  return (
    <section
      {...columnProps}
      aria-labelledby={`task-column-${props.status}`}
      className={`task-column${isOver ? ' task-column--over' : ''}`}
      data-status={props.status}
    >
      {props.children}
    </section>
  );
}
