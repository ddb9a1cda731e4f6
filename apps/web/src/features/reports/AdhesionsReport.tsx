import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../gql';
import { QueryState } from '../shell/QueryState';
import { ChartTable } from './ChartTable';
import { useReportFilter } from './useReportFilter';
import { useFormat } from '../../i18n/format';

export const AdhesionsReport_ReportFragment = graphql(`
  fragment AdhesionsReport_ReportFragment on Report {
    adhesionFunnel {
      status
      count
    }
    adhesionsOverTime {
      month
      interested
      signed
      transitions
    }
  }
`);

const AdhesionsReportQuery = graphql(`
  query AdhesionsReport($filter: ReportFilter) {
    report(filter: $filter) {
      ...AdhesionsReport_ReportFragment
    }
  }
`);

/** The adhesion funnel and the steps per month. */
export function AdhesionsReport() {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const filter = useReportFilter();
  const result = useQuery(AdhesionsReportQuery, { variables: { filter } });
  return (
    <QueryState result={result}>
      {(data) => {
        const r = getFragmentData(AdhesionsReport_ReportFragment, data.report);
        return (
          <div className="report-grid">
            <ChartTable
              title={t('adhesions.funnel')}
              note={t('adhesions.funnelNote')}
              columns={[t('adhesions.status'), t('adhesions.count')]}
              rows={r.adhesionFunnel.map((s) => ({
                label: t(`enums.AdhesionStatus.${s.status}`),
                values: [s.count],
              }))}
              format={(v) => format.number(v, 1)}
            />
            <ChartTable
              title={t('adhesions.overTime')}
              kind="line"
              chartValue={2}
              columns={[
                t('adhesions.month'),
                t('adhesions.interested'),
                t('adhesions.signed'),
                t('adhesions.transitions'),
              ]}
              rows={r.adhesionsOverTime.map((m) => ({
                label: format.month(m.month),
                values: [m.interested, m.signed, m.transitions],
              }))}
              format={(v) => format.number(v, 1)}
            />
          </div>
        );
      }}
    </QueryState>
  );
}
