import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { Alternatives } from './Alternatives';
import { ChainView } from './ChainView';
import { DeclareLinkForm } from './DeclareLinkForm';
import { FirmSupplyLinks } from './FirmSupplyLinks';
import { useLiveSupplyLinks } from '../notifications/useLiveSupplyLinks';
import { PendingRequests } from './PendingRequests';

const FirmSupplyChainPageQuery = graphql(`
  query FirmSupplyChainPage($firmId: ID!) {
    firm(id: $firmId) {
      id
      legalName
      viewerCanDeclareSupplyLinks
    }
    capabilities {
      id
      labelIt
      labelEn
    }
    pendingSupplyLinkRequests {
      id
      supplier {
        id
      }
      customer {
        id
      }
      ...PendingRequests_SupplyLinkFragment
    }
  }
`);

/** One firm's supply chain: links by capability, tiers, alternatives, requests and the declaration form. */
export function FirmSupplyChainPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('supplyChain');
  const result = useQuery(FirmSupplyChainPageQuery, {
    variables: { firmId: id },
    fetchPolicy: 'cache-and-network',
  });
  useLiveSupplyLinks();
  const name = result.data?.firm.legalName;
  const title = name ? t('firmTitle', { name }) : t('nav');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} description={t('firmIntro')} />
      <QueryState result={result}>
        {(data) => {
          // Requests shown here are the ones about this firm (the viewer's own firm).
          const pending = data.pendingSupplyLinkRequests.filter(
            (l) => l.supplier.id === data.firm.id || l.customer.id === data.firm.id,
          );
          return (
            <div className="stack">
              {data.firm.viewerCanDeclareSupplyLinks && pending.length > 0 && (
                <Card title={t('pending.heading')}>
                  <PendingRequests links={pending} />
                </Card>
              )}
              <Card title={t('links.suppliers') + ' · ' + t('links.customers')}>
                <FirmSupplyLinks firmId={data.firm.id} />
              </Card>
              {data.firm.viewerCanDeclareSupplyLinks && (
                <Card title={t('declare.heading')}>
                  <DeclareLinkForm firmId={data.firm.id} capabilities={data.capabilities} />
                </Card>
              )}
              <Card title={t('chain.heading')}>
                <ChainView firmId={data.firm.id} />
              </Card>
              <Card title={t('alternatives.heading')}>
                <Alternatives firmId={data.firm.id} capabilities={data.capabilities} />
              </Card>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
