import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDragCard } from '../../components/DragBoard';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { STATUSES } from './task-helpers';

export const TaskCard_TaskFragment = graphql(`
  fragment TaskCard_TaskFragment on Task {
    id
    title
    status
    phase
    priority
    dueDate
    overdue
    openBlockerCount
    version
    assignee {
      id
      name
    }
  }
`);

/** "Overdue" in words and with a mark, never by colour alone. */
export function OverdueBadge({ dueDate }: { dueDate: string }) {
  const { t } = useTranslation('tasks');
  const { day } = useFormat();
  return (
    <span className="task-badge task-badge--overdue" title={t('overdueSince', { date: day(dueDate) })}>
      <span aria-hidden="true">⚠ </span>
      {t('overdue')}
    </span>
  );
}

/**
 * A task on the board: draggable to another column (with a pointer, or with the keyboard from its drag
 * handle), and with a "Move to…" menu as the other way.
 */
export function TaskCard(props: {
  task: FragmentType<typeof TaskCard_TaskFragment>;
  canEdit: boolean;
  /** The drag handle's label for a task's title. */
  dragLabel: (title: string) => string;
  onMove: (id: string, version: number, status: TaskStatus, title: string) => void;
}) {
  const { t } = useTranslation('tasks');
  const { day } = useFormat();
  const task = getFragmentData(TaskCard_TaskFragment, props.task);
  const drag = useDragCard(task.id, { enabled: props.canEdit, label: props.dragLabel(task.title) });
  return (
    <li
      className={`task-card${task.overdue ? ' task-card--overdue' : ''}`}
      data-task-id={task.id}
      {...drag.cardProps}
    >
      {drag.handle}
      <Link to={`/tasks/${task.id}`} className="task-card__title">
        {task.title}
      </Link>
      <p className="task-card__meta">
        <span>{t(`phase.${task.phase}`)}</span>
        <span>{t(`priority.${task.priority}`)}</span>
        <span>{task.assignee?.name ?? t('unassigned')}</span>
      </p>
      <p className="task-card__meta">
        {task.dueDate ? (
          <time dateTime={task.dueDate}>{t('due', { date: day(task.dueDate) })}</time>
        ) : (
          <span>{t('noDueDate')}</span>
        )}
        {task.overdue && task.dueDate && <OverdueBadge dueDate={task.dueDate} />}
        {task.openBlockerCount > 0 && (
          <span className="task-badge">{t('waitingFor', { count: task.openBlockerCount })}</span>
        )}
      </p>
      {props.canEdit && (
        <label className="task-card__move">
          <span className="visually-hidden">{t('board.moveLabel', { title: task.title })}</span>
          <select
            className="field__control field__control--select"
            value=""
            onChange={(e) => {
              const status = STATUSES.find((s) => s === e.target.value);
              if (status) props.onMove(task.id, task.version, status, task.title);
            }}
          >
            <option value="">{t('board.moveTo')}</option>
            {STATUSES.filter((s) => s !== task.status).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </li>
  );
}
