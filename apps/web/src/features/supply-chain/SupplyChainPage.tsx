import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { Stat, StatGrid } from '../../components/Stat';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { DistrictGraphPanel } from './DistrictGraphPanel';
import { useCapabilityLabel } from './labels';
import './supply-chain.css';

const SupplyChainPageQuery = graphql(`
  query SupplyChainPage {
    capabilities {
      id
      labelIt
      labelEn
    }
    localSourcingShare {
      confirmedLinkCount
      localLinkCount
      linkShare
      volumeShare
    }
    singlePointsOfFailure(first: 20) {
      totalCount
      items {
        affectedFactoryCount
        supplier {
          id
          legalName
        }
        exposures {
          factory {
            id
            legalName
          }
          capability {
            id
            labelIt
            labelEn
          }
        }
      }
    }
    capabilityConcentration {
      hhi
      supplierCount
      topSupplierSharePercent
      capability {
        id
        labelIt
        labelEn
      }
    }
  }
`);

/** The usual antitrust thresholds of the HHI. */
const hhiLevel = (hhi: number) => (hhi > 2500 ? 'high' : hhi >= 1500 ? 'moderate' : 'low');

/** The district graph and the supply chain's risks. */
export function SupplyChainPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const capabilityLabel = useCapabilityLabel();
  const title = t('supplyChain.title');
  useDocumentTitle(title);
  const result = useQuery(SupplyChainPageQuery, { fetchPolicy: 'cache-and-network' });
  const percent = (share: number) => `${format.number(Math.round(share * 1000) / 10)}%`;
  return (
    <>
      <PageHeader title={title} description={t('supplyChain.intro')} />
      <QueryState result={result}>
        {(data) => (
          <div className="stack">
            <Card title={t('supplyChain.graph.heading')}>
              <DistrictGraphPanel capabilities={data.capabilities} />
            </Card>
            <Card title={t('supplyChain.analyses.local')}>
              <p className="muted">{t('supplyChain.analyses.localHint')}</p>
              <StatGrid>
                <Stat
                  label={t('supplyChain.analyses.confirmedLinks')}
                  value={format.number(data.localSourcingShare.confirmedLinkCount)}
                />
                <Stat
                  label={t('supplyChain.analyses.localLinks')}
                  value={percent(data.localSourcingShare.linkShare)}
                />
                <Stat
                  label={t('supplyChain.analyses.localVolume')}
                  value={percent(data.localSourcingShare.volumeShare)}
                />
              </StatGrid>
            </Card>
            <Card title={t('supplyChain.analyses.spof')}>
              <p className="muted">
                {t('supplyChain.analyses.spofHint')}{' '}
                {t('supplyChain.analyses.spofTotal', { count: data.singlePointsOfFailure.totalCount })}
              </p>
              {data.singlePointsOfFailure.items.length === 0 ? (
                <EmptyState message={t('supplyChain.analyses.spofEmpty')} />
              ) : (
                <Table caption={t('supplyChain.analyses.spofCaption')} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('supplyChain.analyses.spofSupplier')}</th>
                      <th scope="col">{t('supplyChain.analyses.spofCount')}</th>
                      <th scope="col">{t('supplyChain.analyses.spofExposures')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.singlePointsOfFailure.items.map((item) => (
                      <tr key={item.supplier.id}>
                        <th scope="row">
                          <Link to={`/firms/${item.supplier.id}/supply-chain`}>
                            {item.supplier.legalName}
                          </Link>
                        </th>
                        <td>{format.number(item.affectedFactoryCount)}</td>
                        <td>
                          {item.exposures
                            .map((e) => `${e.factory.legalName} (${capabilityLabel(e.capability)})`)
                            .join('; ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </Card>
            <Card title={t('supplyChain.analyses.hhi')}>
              <p className="muted">{t('supplyChain.analyses.hhiHint')}</p>
              <Table caption={t('supplyChain.analyses.hhiCaption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('supplyChain.analyses.hhiCapability')}</th>
                    <th scope="col">{t('supplyChain.analyses.hhiIndex')}</th>
                    <th scope="col">{t('supplyChain.analyses.hhiLevel')}</th>
                    <th scope="col">{t('supplyChain.analyses.hhiSuppliers')}</th>
                    <th scope="col">{t('supplyChain.analyses.hhiTop')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.capabilityConcentration.map((c) => (
                    <tr key={c.capability.id}>
                      <th scope="row">{capabilityLabel(c.capability)}</th>
                      <td>{format.number(Math.round(c.hhi))}</td>
                      <td>{t(`supplyChain.analyses.level.${hhiLevel(c.hhi)}`)}</td>
                      <td>{format.number(c.supplierCount)}</td>
                      <td>{format.number(c.topSupplierSharePercent)}%</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          </div>
        )}
      </QueryState>
    </>
  );
}
