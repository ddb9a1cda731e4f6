import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { graphql } from '../../gql';
import { QueryState } from '../shell/QueryState';
import { useLiveSupplyLinks } from '../notifications/useLiveSupplyLinks';
import { PendingRequests } from './PendingRequests';

const FirmDashboardPendingQuery = graphql(`
  query FirmDashboardPending {
    me {
      user {
        id
        firm {
          id
        }
      }
    }
    pendingSupplyLinkRequests {
      id
      ...PendingRequests_SupplyLinkFragment
    }
  }
`);

/** The FIRM dashboard's card: link requests waiting for this firm, confirmed or rejected in place. */
export function PendingRequestsCard() {
  const { t } = useTranslation('supplyChain');
  const result = useQuery(FirmDashboardPendingQuery, { fetchPolicy: 'cache-and-network' });
  useLiveSupplyLinks();
  const firmId = result.data?.me?.user.firm?.id;
  return (
    <Card
      title={t('dashboardCard.heading')}
      actions={firmId && <Link to={`/firms/${firmId}/supply-chain`}>{t('pending.more')}</Link>}
    >
      <p className="muted">{t('pending.intro')}</p>
      <QueryState result={result}>
        {(data) => <PendingRequests links={data.pendingSupplyLinkRequests} />}
      </QueryState>
    </Card>
  );
}
