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
  const { t } = useTranslation();
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
            <Card title={t('reports.traceability.figures')} className="report-grid__wide">
              <p className="muted">{t('reports.traceability.note')}</p>
              <StatGrid>
                <Stat label={t('reports.traceability.factories')} value={format.number(r.factoryCount, 1)} />
                <Stat label={t('reports.traceability.articles')} value={format.number(r.articleCount, 1)} />
                <Stat
                  label={t('reports.traceability.published')}
                  value={format.number(r.publishedCount, 1)}
                />
                <Stat label={t('reports.traceability.tier1')} value={format.percent(r.tier1TracedPercent)} />
                <Stat label={t('reports.traceability.tier2')} value={format.percent(r.tier2TracedPercent)} />
              </StatGrid>
            </Card>
            <ChartTable
              title={t('reports.traceability.byFactory')}
              columns={[
                t('reports.traceability.factory'),
                t('reports.traceability.articles'),
                t('reports.traceability.tier1Column'),
                t('reports.traceability.tier2Column'),
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
              title={t('reports.traceability.byCapability')}
              columns={[
                t('reports.traceability.capability'),
                t('reports.traceability.district'),
                t('reports.traceability.outside'),
                t('reports.traceability.unknown'),
                t('reports.traceability.lines'),
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
