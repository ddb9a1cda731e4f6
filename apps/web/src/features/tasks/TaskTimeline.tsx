import { romeToday } from '@filiera/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { OverdueBadge } from './TaskCard';
import { daysBetween, PHASES } from './task-helpers';

const LIMIT = 100;

export const TaskTimeline_TaskFragment = graphql(`
  fragment TaskTimeline_TaskFragment on Task {
    id
    title
    phase
    status
    startDate
    dueDate
    overdue
  }
`);

const TaskTimelineQuery = graphql(`
  query TaskTimeline {
    tasks(orderBy: DUE_DATE, first: 100) {
      totalCount
      edges {
        node {
          id
          ...TaskTimeline_TaskFragment
        }
      }
    }
  }
`);

function Timeline(props: {
  tasks: readonly FragmentType<typeof TaskTimeline_TaskFragment>[];
  total: number;
}) {
  const { t } = useTranslation('tasks');
  const { day } = useFormat();
  const tasks = getFragmentData(TaskTimeline_TaskFragment, props.tasks).filter((x) => x.dueDate);
  if (tasks.length === 0) return <EmptyState message={t('timeline.empty')} />;
  const today = romeToday();
  const days = tasks
    .flatMap((x) => [x.startDate ?? x.dueDate!, x.dueDate!])
    .concat(today)
    .sort();
  const first = days[0]!;
  const span = Math.max(1, daysBetween(first, days.at(-1)!));
  const at = (d: string) => `${(daysBetween(first, d) / span) * 100}%`;

  return (
    <>
      {props.total > LIMIT && <p className="muted">{t('timeline.limited', { count: LIMIT })}</p>}
      <div className="timeline" role="img" aria-label={t('timeline.chartLabel')}>
        <div
          className={`timeline__today${daysBetween(first, today) / span > 0.6 ? ' timeline__today--end' : ''}`}
          style={{ left: at(today) }}
        >
          <span className="timeline__today-label">
            {t('timeline.today')} · {day(today)}
          </span>
        </div>
        {PHASES.map((phase) => {
          const inPhase = tasks.filter((x) => x.phase === phase);
          if (inPhase.length === 0) return null;
          return (
            <div key={phase} className="timeline__group">
              <p className="timeline__phase">{t(`phase.${phase}`)}</p>
              {inPhase.map((x) => {
                const start = x.startDate ?? x.dueDate!;
                return (
                  <div key={x.id} className="timeline__row">
                    <span
                      className={`timeline__bar timeline__bar--${x.status.toLowerCase()}${x.overdue ? ' timeline__bar--overdue' : ''}`}
                      style={{
                        left: at(start),
                        width: `max(0.5rem, ${(Math.max(0, daysBetween(start, x.dueDate!)) / span) * 100}%)`,
                      }}
                    />
                    <span className="timeline__label" style={{ left: at(start) }}>
                      {x.overdue ? '⚠ ' : ''}
                      {x.title} · {day(x.dueDate!)}
                    </span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <details className="task-table-toggle">
        <summary>{t('timeline.asTable')}</summary>
        <Table
          caption={t('timeline.caption')}
          columns={[
            t('field.title'),
            t('field.phase'),
            t('field.startDate'),
            t('field.dueDate'),
            t('field.status'),
          ]}
        >
          <tbody>
            {tasks.map((x) => (
              <tr key={x.id}>
                <th scope="row">
                  <Link to={`/tasks/${x.id}`}>{x.title}</Link>
                </th>
                <td>{t(`phase.${x.phase}`)}</td>
                <td>{x.startDate ? day(x.startDate) : '—'}</td>
                <td className="table__nowrap">
                  {day(x.dueDate!)} {x.overdue && <OverdueBadge dueDate={x.dueDate!} />}
                </td>
                <td>{t(`status.${x.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </>
  );
}

/** Tasks by phase between start and due date, with a line for today and a table alternative. */
export function TaskTimeline() {
  const { t } = useTranslation('tasks');
  const result = useQuery(TaskTimelineQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="task-timeline-heading" className="stack">
      <h2 id="task-timeline-heading">{t('timeline.heading')}</h2>
      <QueryState result={result}>
        {(data) => <Timeline tasks={data.tasks.edges.map((e) => e.node)} total={data.tasks.totalCount} />}
      </QueryState>
    </section>
  );
}
