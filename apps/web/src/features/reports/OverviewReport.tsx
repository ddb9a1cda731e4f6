import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql } from '../../gql';
import { QueryState } from '../shell/QueryState';
import { ChartTable } from './ChartTable';
import { useReportFilter } from './useReportFilter';
import { useFormat } from '../../i18n/format';

export const OverviewReport_ReportOverviewFragment = graphql(`
  fragment OverviewReport_ReportOverviewFragment on ReportOverview {
    firmCount
    memberCount
    inProgressCount
    hamletCount
    byKind {
      kind
      count
    }
    byHamlet {
      hamlet
      count
    }
    employees {
      total
      network
      share
    }
    capacityPairsPerDay {
      total
      network
      share
    }
    exportShareWeighted
    memberExportShareWeighted
  }
`);

const OverviewReportQuery = graphql(`
  query OverviewReport($filter: ReportFilter) {
    report(filter: $filter) {
      overview {
        ...OverviewReport_ReportOverviewFragment
      }
    }
  }
`);

/** The district at a glance: headline figures, firms by kind and by hamlet. */
export function OverviewReport() {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const filter = useReportFilter();
  const result = useQuery(OverviewReportQuery, { variables: { filter } });
  return (
    <QueryState result={result}>
      {(data) => {
        const o = getFragmentData(OverviewReport_ReportOverviewFragment, data.report.overview);
        const coverage = (c: { total: number; network: number }) =>
          t('overview.coverage', {
            network: format.number(c.network, 1),
            total: format.number(c.total, 1),
          });
        const pct = (v: number | null | undefined) =>
          v === null || v === undefined ? t('overview.notAvailable') : format.percent(v);
        return (
          <div className="report-grid">
            <Card title={t('overview.figures')} className="report-grid__wide">
              <StatGrid>
                <Stat label={t('overview.firms')} value={format.number(o.firmCount, 1)} />
                <Stat label={t('overview.members')} value={format.number(o.memberCount, 1)} />
                <Stat label={t('overview.inProgress')} value={format.number(o.inProgressCount, 1)} />
                <Stat
                  label={t('overview.employees')}
                  value={format.share(o.employees.share)}
                  detail={coverage(o.employees)}
                />
                <Stat
                  label={t('overview.capacity')}
                  value={format.share(o.capacityPairsPerDay.share)}
                  detail={coverage(o.capacityPairsPerDay)}
                />
                <Stat label={t('overview.exportShare')} value={pct(o.exportShareWeighted)} />
                <Stat label={t('overview.memberExportShare')} value={pct(o.memberExportShareWeighted)} />
              </StatGrid>
            </Card>
            <ChartTable
              title={t('overview.byKind')}
              columns={[t('overview.kind'), t('overview.count')]}
              rows={o.byKind.map((k) => ({ label: t(`enums.FirmKind.${k.kind}`), values: [k.count] }))}
              format={(v) => format.number(v, 1)}
            />
            <ChartTable
              title={t('overview.byHamlet')}
              note={
                o.byHamlet.length < o.hamletCount
                  ? t('overview.hamletsShown', { shown: o.byHamlet.length, total: o.hamletCount })
                  : undefined
              }
              columns={[t('overview.hamlet'), t('overview.count')]}
              rows={o.byHamlet.map((h) => ({
                label: h.hamlet ?? t('overview.noHamlet'),
                values: [h.count],
              }))}
              format={(v) => format.number(v, 1)}
            />
          </div>
        );
      }}
    </QueryState>
  );
}
