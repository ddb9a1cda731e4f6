import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useLiveRefetch } from '../notifications/useLiveRefetch';

const AdhesionChangedSubscription = graphql(`
  subscription AdhesionChanged {
    adhesionChanged {
      id
      ...AdhesionBoard_AdhesionFragment
    }
  }
`);

/**
 * An adhesion moved, invited, withdrawn or new (by anyone, in any tab) moves its card and refreshes the
 * counters of the pipeline on screen, without a reload. For the pipeline's readers only.
 */
export function useLiveAdhesions(): void {
  const refetch = useLiveRefetch(['AdhesionsPage']);
  useSubscription(AdhesionChangedSubscription, { onData: refetch });
}
