import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { OverdueBadge } from './TaskCard';

export const MyWeek_TaskFragment = graphql(`
  fragment MyWeek_TaskFragment on Task {
    id
    title
    status
    dueDate
    overdue
    openBlockerCount
  }
`);

const MyWeekQuery = graphql(`
  query MyWeek {
    myWeek {
      due {
        id
        ...MyWeek_TaskFragment
      }
      blocked {
        id
        ...MyWeek_TaskFragment
      }
      recentActivity {
        id
        kind
        createdAt
        actor {
          id
          name
        }
        task {
          id
          title
        }
      }
    }
  }
`);

function WeekTasks(props: { tasks: readonly FragmentType<typeof MyWeek_TaskFragment>[]; empty: string }) {
  const { t } = useTranslation('tasks');
  const { day } = useFormat();
  const tasks = getFragmentData(MyWeek_TaskFragment, props.tasks);
  if (tasks.length === 0) return <EmptyState message={props.empty} />;
  return (
    <ul className="week-list">
      {tasks.map((x) => (
        <li key={x.id}>
          <Link to={`/tasks/${x.id}`}>{x.title}</Link>{' '}
          <span className="muted">
            {t(`status.${x.status}`)}
            {x.dueDate && <> · {t('due', { date: day(x.dueDate) })}</>}
          </span>{' '}
          {x.overdue && x.dueDate && <OverdueBadge dueDate={x.dueDate} />}{' '}
          {x.openBlockerCount > 0 && (
            <span className="task-badge">{t('waitingFor', { count: x.openBlockerCount })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "My week": what is due, what is blocked and what changed on my tasks. */
export function MyWeek() {
  const { t } = useTranslation('tasks');
  const format = useFormat();
  const result = useQuery(MyWeekQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <QueryState result={result}>
      {({ myWeek }) => (
        <div className="task-week">
          <Card title={t('week.due')}>
            <WeekTasks tasks={myWeek.due} empty={t('week.noneDue')} />
          </Card>
          <Card title={t('week.blocked')}>
            <WeekTasks tasks={myWeek.blocked} empty={t('week.noneBlocked')} />
          </Card>
          <Card title={t('week.changed')}>
            {myWeek.recentActivity.length === 0 ? (
              <EmptyState message={t('week.noneChanged')} />
            ) : (
              <ul className="week-list">
                {myWeek.recentActivity.map((a) => (
                  <li key={a.id}>
                    <time dateTime={a.createdAt}>{format.dateTime(a.createdAt)}</time> ·{' '}
                    {a.actor?.name ?? t('detail.someone')} {t(`activityKind.${a.kind}`)}:{' '}
                    <Link to={`/tasks/${a.task.id}`}>{a.task.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </QueryState>
  );
}
