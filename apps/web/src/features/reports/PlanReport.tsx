import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql } from '../../gql';
import { QueryState } from '../shell/QueryState';
import { ChartTable } from './ChartTable';
import { useReportFilter } from './useReportFilter';
import { useFormat } from '../../i18n/format';

export const PlanReport_ReportPlanFragment = graphql(`
  fragment PlanReport_ReportPlanFragment on ReportPlan {
    budgetByAxisYear {
      axis
      year
      amountEur
    }
    actionsByStatus {
      status
      count
    }
    kpiAttainment {
      kpiCount
      measuredCount
      achievedCount
      averagePercent
    }
  }
`);

const PlanReportQuery = graphql(`
  query PlanReport($filter: ReportFilter) {
    report(filter: $filter) {
      plan {
        ...PlanReport_ReportPlanFragment
      }
    }
  }
`);

/** Budget by axis and year, actions by status, KPI attainment. */
export function PlanReport() {
  const { t } = useTranslation(['reports', 'plan']);
  const format = useFormat();
  const filter = useReportFilter();
  const result = useQuery(PlanReportQuery, { variables: { filter } });
  return (
    <QueryState result={result}>
      {(data) => {
        const p = getFragmentData(PlanReport_ReportPlanFragment, data.report.plan);
        const k = p.kpiAttainment;
        return (
          <div className="report-grid">
            <Card title={t('plan.kpi')} className="report-grid__wide">
              <p className="muted">{t('plan.note')}</p>
              <StatGrid>
                <Stat label={t('plan.kpiCount')} value={format.number(k.kpiCount, 1)} />
                <Stat label={t('plan.kpiMeasured')} value={format.number(k.measuredCount, 1)} />
                <Stat label={t('plan.kpiAchieved')} value={format.number(k.achievedCount, 1)} />
                <Stat
                  label={t('plan.kpiAverage')}
                  value={
                    k.averagePercent === null || k.averagePercent === undefined
                      ? t('overview.notAvailable')
                      : format.percent(k.averagePercent)
                  }
                />
              </StatGrid>
            </Card>
            <ChartTable
              wide
              title={t('plan.budget')}
              columns={[`${t('plan.axis')} · ${t('plan.year')}`, t('plan.amount')]}
              rows={p.budgetByAxisYear.map((b) => ({
                label: `${t(`plan:axis.${b.axis}`)} · ${b.year}`,
                values: [b.amountEur],
              }))}
              format={format.euro}
            />
            <ChartTable
              title={t('plan.actions')}
              columns={[t('plan.status'), t('plan.count')]}
              rows={p.actionsByStatus.map((a) => ({
                label: t(`plan:actionStatus.${a.status}`),
                values: [a.count],
              }))}
              format={(v) => format.number(v, 1)}
            />
          </div>
        );
      }}
    </QueryState>
  );
}
