import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';

export const PlanGantt_ActionFragment = graphql(`
  fragment PlanGantt_ActionFragment on PlanAction {
    id
    title
    axis
    status
    startDate
    endDate
  }
`);

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** A Gantt-like bar per action over the plan's years, with a table alternative. */
export function PlanGantt(props: {
  years: readonly number[];
  actions: readonly FragmentType<typeof PlanGantt_ActionFragment>[];
}) {
  const { t } = useTranslation('plan');
  const f = useFormat();
  const actions = getFragmentData(PlanGantt_ActionFragment, props.actions);
  const start = dayNumber(`${props.years[0]}-01-01`);
  const end = dayNumber(`${(props.years.at(-1) ?? props.years[0]!) + 1}-01-01`);
  const pct = (d: string) => `${Math.min(100, Math.max(0, ((dayNumber(d) - start) / (end - start)) * 100))}%`;
  return (
    <>
      <div className="gantt" role="img" aria-label={t('gantt.chartLabel')}>
        <div className="gantt__years" style={{ gridTemplateColumns: `repeat(${props.years.length}, 1fr)` }}>
          {props.years.map((y) => (
            <span key={y}>{y}</span>
          ))}
        </div>
        {actions.map((a) => (
          <div key={a.id} className="gantt__row">
            <span className="gantt__label">{a.title}</span>
            <span className="gantt__track">
              <span
                className={`gantt__bar gantt__bar--${a.axis.toLowerCase()}`}
                style={{
                  left: pct(a.startDate),
                  width: `calc(${pct(a.endDate)} - ${pct(a.startDate)})`,
                }}
              />
            </span>
          </div>
        ))}
      </div>
      <details className="plan-table-toggle">
        <summary>{t('gantt.asTable')}</summary>
        <Table
          caption={t('gantt.caption')}
          columns={[t('form.title'), t('form.axis'), t('form.startDate'), t('form.endDate')]}
        >
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/plan/actions/${a.id}`}>{a.title}</Link>
                </th>
                <td>{t(`axis.${a.axis}`)}</td>
                <td>{f.day(a.startDate)}</td>
                <td>{f.day(a.endDate)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </>
  );
}

// Its own query: the plan page's query stays within the API's cost limit.
const PlanGanttQuery = graphql(`
  query PlanGantt($id: ID!) {
    strategicPlan(id: $id) {
      id
      years
      actions(first: 100) {
        edges {
          node {
            ...PlanGantt_ActionFragment
          }
        }
      }
    }
  }
`);

/** The plan's timeline of actions, loaded on its own. */
export function PlanGanttSection({ id }: { id: string }) {
  const result = useQuery(PlanGanttQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState result={result}>
      {({ strategicPlan }) => (
        <PlanGantt years={strategicPlan.years} actions={strategicPlan.actions.edges.map((e) => e.node)} />
      )}
    </QueryState>
  );
}
