import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { ChartTable } from './ChartTable';
import { useReportFilter } from './useReportFilter';

export const TraceabilityReport_ReportTraceabilityFragment = graphql(`
  fragment TraceabilityReport_ReportTraceabilityFragment on ReportTraceability {
    factoryCount
    articleCount
    publishedCount
    tier1TracedPercent
    tier2TracedPercent
    byFactory {
      firm {
        id
        legalName
        tradeName
      }
      articleCount
      tier1TracedPercent
      tier2TracedPercent
    }
    byCapability {
      capability {
        id
        labelIt
        labelEn
      }
      lineCount
      districtSupplierLines
      outsideLines
      unknownLines
    }
  }
`);

const TraceabilityReportQuery = graphql(`
  query TraceabilityReport($filter: ReportFilter) {
    report(filter: $filter) {
      traceability {
        ...TraceabilityReport_ReportTraceabilityFragment
      }
    }
  }
`);

/** The Chamber's traceability coverage: weight traced by tier, by shoe factory and by capability. */
export function TraceabilityReport() {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const format = useFormat();
  const filter = useReportFilter();
  const result = useQuery(TraceabilityReportQuery, { variables: { filter } });
  return (
    <QueryState result={result}>
      {(data) => {
        const r = getFragmentData(TraceabilityReport_ReportTraceabilityFragment, data.report.traceability);
        return (
          <div className="report-grid">
            <Card title={t('traceability.figures')} className="report-grid__wide">
              <p className="muted">{t('traceability.note')}</p>
              <StatGrid>
                <Stat label={t('traceability.factories')} value={format.number(r.factoryCount, 1)} />
                <Stat label={t('traceability.articles')} value={format.number(r.articleCount, 1)} />
                <Stat label={t('traceability.published')} value={format.number(r.publishedCount, 1)} />
                <Stat label={t('traceability.tier1')} value={format.percent(r.tier1TracedPercent)} />
                <Stat label={t('traceability.tier2')} value={format.percent(r.tier2TracedPercent)} />
              </StatGrid>
            </Card>
            <ChartTable
              title={t('traceability.byFactory')}
              columns={[
                t('traceability.factory'),
                t('traceability.articles'),
                t('traceability.tier1Column'),
                t('traceability.tier2Column'),
              ]}
              rows={r.byFactory.map((f) => ({
                label: f.firm.tradeName ?? f.firm.legalName,
                values: [f.articleCount, f.tier1TracedPercent, f.tier2TracedPercent],
              }))}
              chartValue={2}
              format={(v) => format.number(v, 1)}
              wide
            />
            <ChartTable
              title={t('traceability.byCapability')}
              columns={[
                t('traceability.capability'),
                t('traceability.district'),
                t('traceability.outside'),
                t('traceability.unknown'),
                t('traceability.lines'),
              ]}
              rows={r.byCapability.map((c) => ({
                label: language === 'it' ? c.capability.labelIt : c.capability.labelEn,
                values: [c.districtSupplierLines, c.outsideLines, c.unknownLines, c.lineCount],
              }))}
              format={(v) => format.number(v, 1)}
              wide
            />
          </div>
        );
      }}
    </QueryState>
  );
}
