import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { ChartTable } from './ChartTable';
import { useReportFilter } from './useReportFilter';

export const SupplyChainReport_ReportSupplyChainFragment = graphql(`
  fragment SupplyChainReport_ReportSupplyChainFragment on ReportSupplyChain {
    confirmedLinkCount
    singlePointOfFailureCount
    localSourcing {
      linkShare
      volumeShare
    }
    topSuppliers {
      firm {
        id
        legalName
      }
      customerCount
      linkCount
    }
    concentration {
      capability {
        id
        labelIt
        labelEn
      }
      hhi
      supplierCount
    }
  }
`);

const SupplyChainReportQuery = graphql(`
  query SupplyChainReport($filter: ReportFilter) {
    report(filter: $filter) {
      supplyChain {
        ...SupplyChainReport_ReportSupplyChainFragment
      }
    }
  }
`);

/** Links, local share, the suppliers most depended on, single points of failure and concentration. */
export function SupplyChainReport() {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const format = useFormat();
  const filter = useReportFilter();
  const result = useQuery(SupplyChainReportQuery, { variables: { filter } });
  return (
    <QueryState result={result}>
      {(data) => {
        const s = getFragmentData(SupplyChainReport_ReportSupplyChainFragment, data.report.supplyChain);
        return (
          <div className="report-grid">
            <Card title={t('supplyChain.figures')} className="report-grid__wide">
              <p className="muted">{t('supplyChain.note')}</p>
              <StatGrid>
                <Stat
                  label={t('supplyChain.confirmedLinks')}
                  value={format.number(s.confirmedLinkCount, 1)}
                />
                <Stat label={t('supplyChain.localShare')} value={format.share(s.localSourcing.linkShare)} />
                <Stat
                  label={t('supplyChain.localVolumeShare')}
                  value={format.share(s.localSourcing.volumeShare)}
                />
                <Stat label={t('supplyChain.spof')} value={format.number(s.singlePointOfFailureCount, 1)} />
              </StatGrid>
            </Card>
            <ChartTable
              title={t('supplyChain.topSuppliers')}
              columns={[t('supplyChain.supplier'), t('supplyChain.customers'), t('supplyChain.links')]}
              rows={s.topSuppliers.map((x) => ({
                label: x.firm.legalName,
                values: [x.customerCount, x.linkCount],
              }))}
              format={(v) => format.number(v, 1)}
            />
            <ChartTable
              title={t('supplyChain.concentration')}
              columns={[t('supplyChain.capability'), t('supplyChain.hhi'), t('supplyChain.suppliers')]}
              rows={s.concentration.map((c) => ({
                label: language === 'it' ? c.capability.labelIt : c.capability.labelEn,
                values: [c.hhi, c.supplierCount],
              }))}
              format={(v) => format.number(v, 1)}
            />
          </div>
        );
      }}
    </QueryState>
  );
}
