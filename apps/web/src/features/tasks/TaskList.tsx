import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ShowMore } from '../../components/ShowMoreButton';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { TaskFilter, TaskOrder } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { OverdueBadge } from './TaskCard';
import { PHASES } from './task-helpers';
import { useLiveTasks } from './useLiveTasks';

const ORDERS = ['DUE_DATE', 'PRIORITY', 'TITLE', 'UPDATED'] as const satisfies readonly TaskOrder[];

export const TaskList_TaskFragment = graphql(`
  fragment TaskList_TaskFragment on Task {
    id
    title
    phase
    status
    priority
    dueDate
    overdue
    assignee {
      id
      name
    }
  }
`);

const TaskListQuery = graphql(`
  query TaskList($filter: TaskFilter, $orderBy: TaskOrder, $after: String) {
    tasks(filter: $filter, orderBy: $orderBy, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...TaskList_TaskFragment
        }
      }
    }
    assignableUsers {
      id
      name
    }
  }
`);

function TaskRows(props: { tasks: readonly FragmentType<typeof TaskList_TaskFragment>[] }) {
  const { t } = useTranslation('tasks');
  const { day } = useFormat();
  const tasks = getFragmentData(TaskList_TaskFragment, props.tasks);
  return (
    <Table
      caption={t('list.caption')}
      captionHidden
      columns={[
        t('field.title'),
        t('field.phase'),
        t('field.status'),
        t('field.priority'),
        t('field.assignee'),
        t('field.dueDate'),
      ]}
    >
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id} className={task.overdue ? 'task-row--overdue' : undefined}>
            <th scope="row">
              <Link to={`/tasks/${task.id}`}>{task.title}</Link>
            </th>
            <td>{t(`phase.${task.phase}`)}</td>
            <td>{t(`status.${task.status}`)}</td>
            <td>{t(`priority.${task.priority}`)}</td>
            <td>{task.assignee?.name ?? t('unassigned')}</td>
            <td className="table__nowrap">
              {task.dueDate ? <time dateTime={task.dueDate}>{day(task.dueDate)}</time> : '—'}
              {task.overdue && task.dueDate && (
                <>
                  {' '}
                  <OverdueBadge dueDate={task.dueDate} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The tasks as a table, with filters (mine, overdue, phase, assignee) and a sort order. */
export function TaskList() {
  const { t } = useTranslation('tasks');
  const [filter, setFilter] = useState<TaskFilter>({});
  const [orderBy, setOrderBy] = useState<TaskOrder>('DUE_DATE');
  const result = useQuery(TaskListQuery, {
    variables: { filter, orderBy },
    fetchPolicy: 'cache-and-network',
  });
  useLiveTasks(['TaskList']);
  const set = (patch: Partial<TaskFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section aria-labelledby="task-list-heading" className="stack">
      <h2 id="task-list-heading">{t('list.heading')}</h2>
      <fieldset className="task-filters">
        <legend>{t('list.filters')}</legend>
        <label className="task-filters__check">
          <input
            type="checkbox"
            checked={filter.mine ?? false}
            onChange={(e) => set({ mine: e.target.checked || null })}
          />{' '}
          {t('list.mine')}
        </label>
        <label className="task-filters__check">
          <input
            type="checkbox"
            checked={filter.overdue ?? false}
            onChange={(e) => set({ overdue: e.target.checked || null })}
          />{' '}
          {t('list.overdueOnly')}
        </label>
        <Select
          label={t('field.phase')}
          value={filter.phase ?? ''}
          placeholder={t('list.anyPhase')}
          options={PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
          onChange={(e) => set({ phase: PHASES.find((p) => p === e.target.value) ?? null })}
        />
        <Select
          label={t('field.assignee')}
          value={filter.assigneeId ?? ''}
          placeholder={t('list.anyAssignee')}
          options={(result.data?.assignableUsers ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(e) => set({ assigneeId: e.target.value || null })}
        />
        <Select
          label={t('list.sort')}
          value={orderBy}
          options={ORDERS.map((o) => ({ value: o, label: t(`list.order.${o}`) }))}
          onChange={(e) => setOrderBy(ORDERS.find((o) => o === e.target.value) ?? 'DUE_DATE')}
        />
      </fieldset>
      <QueryState result={result}>
        {(data) => (
          <>
            <p className="muted" aria-live="polite">
              {t('list.count', { count: data.tasks.totalCount })}
            </p>
            {data.tasks.edges.length === 0 ? (
              <EmptyState message={t('list.empty')} />
            ) : (
              <TaskRows tasks={data.tasks.edges.map((e) => e.node)} />
            )}
            <ShowMore
              label={t('list.showMore')}
              pageInfo={data.tasks.pageInfo}
              loadMore={(after) => result.fetchMore({ variables: { after } })}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
