import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql } from '../../gql';
import { QueryState } from '../shell/QueryState';
import { ChartTable } from './ChartTable';
import { useReportFilter } from './useReportFilter';
import { useFormat } from '../../i18n/format';

export const StartupReport_ReportStartupFragment = graphql(`
  fragment StartupReport_ReportStartupFragment on ReportStartup {
    byPhaseStatus {
      phase
      status
      count
    }
    overdueCount
    overdueByPhase {
      phase
      count
    }
  }
`);

const StartupReportQuery = graphql(`
  query StartupReport($filter: ReportFilter) {
    report(filter: $filter) {
      startup {
        ...StartupReport_ReportStartupFragment
      }
    }
  }
`);

/** Start-up tasks by phase and status, and the overdue ones. */
export function StartupReport() {
  const { t } = useTranslation(['reports', 'tasks']);
  const format = useFormat();
  const filter = useReportFilter();
  const result = useQuery(StartupReportQuery, { variables: { filter } });
  return (
    <QueryState result={result}>
      {(data) => {
        const s = getFragmentData(StartupReport_ReportStartupFragment, data.report.startup);
        return (
          <div className="report-grid">
            <Card title={t('startup.overdue')} className="report-grid__wide">
              <p className="muted">{t('startup.note')}</p>
              <StatGrid>
                <Stat label={t('startup.overdue')} value={format.number(s.overdueCount, 1)} />
              </StatGrid>
            </Card>
            <ChartTable
              wide
              title={t('startup.byPhase')}
              columns={[`${t('startup.phase')} · ${t('startup.status')}`, t('startup.count')]}
              rows={s.byPhaseStatus.map((r) => ({
                label: `${t(`tasks:phase.${r.phase}`)} · ${t(`tasks:status.${r.status}`)}`,
                values: [r.count],
              }))}
              format={(v) => format.number(v, 1)}
            />
            <ChartTable
              title={t('startup.overdueByPhase')}
              columns={[t('startup.phase'), t('startup.count')]}
              rows={s.overdueByPhase.map((r) => ({ label: t(`tasks:phase.${r.phase}`), values: [r.count] }))}
              format={(v) => format.number(v, 1)}
            />
          </div>
        );
      }}
    </QueryState>
  );
}
