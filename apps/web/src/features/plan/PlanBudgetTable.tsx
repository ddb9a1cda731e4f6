import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const PlanBudgetTable_PlanFragment = graphql(`
  fragment PlanBudgetTable_PlanFragment on StrategicPlan {
    years
    budgetTotal
    yearTotals {
      year
      amount
    }
    axes {
      axis
      total
      yearTotals {
        year
        amount
      }
    }
  }
`);

/** Budget totals per axis and year, as the API computes them. */
export function PlanBudgetTable(props: { plan: FragmentType<typeof PlanBudgetTable_PlanFragment> }) {
  const { t } = useTranslation('plan');
  const f = useFormat();
  const plan = getFragmentData(PlanBudgetTable_PlanFragment, props.plan);
  return (
    <Table caption={t('budget.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('budget.axis')}</th>
          {plan.years.map((y) => (
            <th key={y} scope="col" className="tabular">
              {y}
            </th>
          ))}
          <th scope="col">{t('budget.total')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.axes.map((a) => (
          <tr key={a.axis} data-axis={a.axis}>
            <th scope="row">{t(`axis.${a.axis}`)}</th>
            {a.yearTotals.map((y) => (
              <td key={y.year} className="tabular">
                {f.euro(y.amount)}
              </td>
            ))}
            <td className="tabular plan-total">{f.euro(a.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('budget.planTotal')}</th>
          {plan.yearTotals.map((y) => (
            <td key={y.year} className="tabular">
              {f.euro(y.amount)}
            </td>
          ))}
          <td className="tabular plan-total">{f.euro(plan.budgetTotal)}</td>
        </tr>
      </tfoot>
    </Table>
  );
}
