import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import type { SupplyChainDirection } from '../../gql/graphql';
import { QueryState } from '../shell/QueryState';
import { CeasedBadge } from '../firm-registry/CeasedBadge';

const ChainViewQuery = graphql(`
  query ChainView($firmId: ID!, $direction: SupplyChainDirection!, $depth: Int!) {
    supplyChain(firmId: $firmId, direction: $direction, depth: $depth) {
      depth
      nodes {
        tier
        firm {
          id
          legalName
          kind
          hamlet
          ceasedOn
        }
      }
    }
  }
`);

/** Three tiers by default: factory → component maker → its material supplier covers most chains. */
const DEFAULT_DEPTH = 3;
const DEPTHS = [1, 2, 3, 4, 5, 6];

/** The firm's chain upstream or downstream, tier by tier. */
export function ChainView({ firmId }: { firmId: string }) {
  const { t } = useTranslation('supplyChain');
  const [direction, setDirection] = useState<SupplyChainDirection>('UPSTREAM');
  const [depth, setDepth] = useState(DEFAULT_DEPTH);
  const result = useQuery(ChainViewQuery, { variables: { firmId, direction, depth } });
  return (
    <div className="stack">
      <div className="sc-filters">
        <Select
          label={t('chain.direction')}
          value={direction}
          options={(['UPSTREAM', 'DOWNSTREAM'] as const).map((d) => ({
            value: d,
            label: t(`chain.${d}`),
          }))}
          onChange={(e) => setDirection(e.target.value === 'DOWNSTREAM' ? 'DOWNSTREAM' : 'UPSTREAM')}
        />
        <Select
          label={t('chain.depth')}
          value={String(depth)}
          options={DEPTHS.map((d) => ({ value: String(d), label: String(d) }))}
          onChange={(e) => setDepth(Number(e.target.value))}
        />
      </div>
      <QueryState result={result}>
        {(data) =>
          data.supplyChain.nodes.length === 0 ? (
            <EmptyState message={t('chain.empty')} />
          ) : (
            <Table
              caption={t('chain.caption')}
              captionHidden
              columns={[t('chain.depth'), t('chain.firm'), t('chain.kind')]}
            >
              <tbody>
                {data.supplyChain.nodes.map((n) => (
                  <tr key={n.firm.id}>
                    <td>{t('chain.tier', { tier: n.tier })}</td>
                    <th scope="row">
                      <Link to={`/firms/${n.firm.id}/supply-chain`}>{n.firm.legalName}</Link>{' '}
                      <CeasedBadge on={n.firm.ceasedOn} />
                    </th>
                    <td>{t(`enums.FirmKind.${n.firm.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
    </div>
  );
}
