import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import type { CapabilityOption } from './DeclareLinkForm';
import { useCapabilityLabel } from './labels';

const AlternativesQuery = graphql(`
  query Alternatives($firmId: ID!, $capabilityId: ID!) {
    alternativeSuppliers(firmId: $firmId, capabilityId: $capabilityId, first: 10) {
      score
      sameHamlet
      sameMunicipality
      confirmedCustomerCount
      firm {
        id
        legalName
        hamlet
      }
    }
  }
`);

/** Other firms of the district that could supply a capability, best first. */
export function Alternatives({
  firmId,
  capabilities,
}: {
  firmId: string;
  capabilities: readonly CapabilityOption[];
}) {
  const { t } = useTranslation('supplyChain');
  const capabilityLabel = useCapabilityLabel();
  const [capabilityId, setCapabilityId] = useState('');
  return (
    <div className="stack">
      <p className="muted">{t('alternatives.intro')}</p>
      <Select
        label={t('alternatives.capability')}
        value={capabilityId}
        placeholder={t('alternatives.choose')}
        options={capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
        onChange={(e) => setCapabilityId(e.target.value)}
      />
      {capabilityId && <AlternativesTable firmId={firmId} capabilityId={capabilityId} />}
    </div>
  );
}

function AlternativesTable({ firmId, capabilityId }: { firmId: string; capabilityId: string }) {
  const { t } = useTranslation('supplyChain');
  const format = useFormat();
  const result = useQuery(AlternativesQuery, { variables: { firmId, capabilityId } });
  return (
    <QueryState result={result}>
      {(data) =>
        data.alternativeSuppliers.length === 0 ? (
          <EmptyState message={t('alternatives.empty')} />
        ) : (
          <Table
            caption={t('alternatives.caption')}
            columns={[
              t('alternatives.firm'),
              t('alternatives.score'),
              t('alternatives.where'),
              t('alternatives.customers'),
            ]}
          >
            <tbody>
              {data.alternativeSuppliers.map((a) => (
                <tr key={a.firm.id}>
                  <th scope="row">
                    <Link to={`/firms/${a.firm.id}`}>{a.firm.legalName}</Link>
                  </th>
                  <td>{format.number(a.score)}</td>
                  <td>
                    {a.sameHamlet
                      ? t('alternatives.sameHamlet')
                      : a.sameMunicipality
                        ? t('alternatives.sameMunicipality')
                        : t('alternatives.elsewhere')}
                  </td>
                  <td>{format.number(a.confirmedCustomerCount)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )
      }
    </QueryState>
  );
}
