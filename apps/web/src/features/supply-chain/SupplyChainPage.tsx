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
import { SupplyGraphPanel } from './SupplyGraphPanel';
import { useCapabilityLabel } from './labels';
import './supply-chain.css';

const SupplyChainPageQuery = graphql(`
  query SupplyChainPage {
    capabilities {
      id
      labelIt
      labelEn
    }
    firmFilterOptions {
      hamlets
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
        supplierCeased
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

type Exposure = {
  factory: { id: string; legalName: string };
  capability: { id: string; labelIt: string; labelEn: string };
};

/**
 * What a sole supplier's loss would leave uncovered: per capability, how many factories, with their
 * names behind a disclosure (a leading tannery can leave 70 factories exposed: a wall of names otherwise).
 */
function Exposures({ exposures }: { exposures: readonly Exposure[] }) {
  const { t } = useTranslation('supplyChain');
  const format = useFormat();
  const capabilityLabel = useCapabilityLabel();
  const byCapability = new Map<string, { label: string; factories: string[] }>();
  for (const e of exposures) {
    const group = byCapability.get(e.capability.id) ?? {
      label: capabilityLabel(e.capability),
      factories: [],
    };
    group.factories.push(e.factory.legalName);
    byCapability.set(e.capability.id, group);
  }
  return (
    <ul className="sc-exposures">
      {[...byCapability.values()].map((g) => (
        <li key={g.label}>
          <details>
            <summary>
              {t('analyses.spofGroup', {
                capability: g.label,
                count: g.factories.length,
                factories: format.number(g.factories.length),
              })}
            </summary>
            <p>{g.factories.join('; ')}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** The usual antitrust thresholds of the HHI. */
const hhiLevel = (hhi: number) => (hhi > 2500 ? 'high' : hhi >= 1500 ? 'moderate' : 'low');

/** The district graph and the supply chain's risks. */
export function SupplyChainPage() {
  const { t } = useTranslation('supplyChain');
  const format = useFormat();
  const capabilityLabel = useCapabilityLabel();
  const title = t('title');
  useDocumentTitle(title);
  const result = useQuery(SupplyChainPageQuery, { fetchPolicy: 'cache-and-network' });
  const percent = (share: number) => `${format.number(Math.round(share * 1000) / 10)}%`;
  return (
    <>
      <PageHeader title={title} description={t('intro')} />
      <QueryState result={result}>
        {(data) => (
          <div className="stack">
            <Card title={t('graph.heading')}>
              <SupplyGraphPanel capabilities={data.capabilities} hamlets={data.firmFilterOptions.hamlets} />
            </Card>
            <Card title={t('analyses.local')}>
              <p className="muted">{t('analyses.localHint')}</p>
              <StatGrid>
                <Stat
                  label={t('analyses.confirmedLinks')}
                  value={format.number(data.localSourcingShare.confirmedLinkCount)}
                />
                <Stat label={t('analyses.localLinks')} value={percent(data.localSourcingShare.linkShare)} />
                <Stat
                  label={t('analyses.localVolume')}
                  value={percent(data.localSourcingShare.volumeShare)}
                />
              </StatGrid>
            </Card>
            <Card title={t('analyses.spof')}>
              <p className="muted">
                {t('analyses.spofHint')}{' '}
                {t('analyses.spofTotal', { count: data.singlePointsOfFailure.totalCount })}
              </p>
              {data.singlePointsOfFailure.items.length === 0 ? (
                <EmptyState message={t('analyses.spofEmpty')} />
              ) : (
                <Table
                  caption={t('analyses.spofCaption')}
                  captionHidden
                  columns={[t('analyses.spofSupplier'), t('analyses.spofCount'), t('analyses.spofExposures')]}
                >
                  <tbody>
                    {data.singlePointsOfFailure.items.map((item) => (
                      <tr key={item.supplier.id}>
                        <th scope="row">
                          <Link to={`/firms/${item.supplier.id}/supply-chain`}>
                            {item.supplier.legalName}
                          </Link>
                          {item.supplierCeased && (
                            <>
                              {' '}
                              <span className="badge badge--ceased">{t('firmState.supplierCeased')}</span>
                            </>
                          )}
                        </th>
                        <td>{format.number(item.affectedFactoryCount)}</td>
                        <td>
                          <Exposures exposures={item.exposures} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </Card>
            <Card title={t('analyses.hhi')}>
              <p className="muted">{t('analyses.hhiHint')}</p>
              <Table
                caption={t('analyses.hhiCaption')}
                captionHidden
                columns={[
                  t('analyses.hhiCapability'),
                  t('analyses.hhiIndex'),
                  t('analyses.hhiLevel'),
                  t('analyses.hhiSuppliers'),
                  t('analyses.hhiTop'),
                ]}
              >
                <tbody>
                  {data.capabilityConcentration.map((c) => (
                    <tr key={c.capability.id}>
                      <th scope="row">{capabilityLabel(c.capability)}</th>
                      <td>{format.number(Math.round(c.hhi))}</td>
                      <td>{t(`analyses.level.${hhiLevel(c.hhi)}`)}</td>
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
