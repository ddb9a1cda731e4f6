import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useViewer } from '../shell/viewer';
import { SUPPLY_LINK_QUERIES } from '../supply-chain/PendingRequests';
import { useLiveRefetch } from './useLiveRefetch';

const SupplyLinkChangedSubscription = graphql(`
  subscription SupplyLinkChanged {
    supplyLinkChanged {
      id
      status
      version
      viewerCanDecide
      viewerCanEnd
    }
  }
`);

/**
 * For FIRM users: a link of their firm declared, confirmed, rejected or ended (by anyone, in any tab)
 * refreshes the views of links and requests on the page, without a reload.
 */
export function useLiveSupplyLinks(): void {
  const { role } = useViewer();
  const refetch = useLiveRefetch(SUPPLY_LINK_QUERIES);
  useSubscription(SupplyLinkChangedSubscription, {
    skip: role !== 'FIRM',
    onData: refetch,
  });
}
