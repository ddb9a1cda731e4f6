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
 * An adhesion moved, invited, withdrawn or new (by anyone, in any tab) moves its card and refetches the
 * view's `queries` (the pipeline's counters, an adhesion's checklist and history), without a reload.
 * `only`: refetch only when that adhesion changed. For the pipeline's readers only: `skip` for the others.
 */
export function useLiveAdhesions(
  queries: readonly string[],
  options: { only?: string; skip?: boolean } = {},
): void {
  const refetch = useLiveRefetch(queries);
  const { only, skip } = options;
  useSubscription(AdhesionChangedSubscription, {
    skip,
    onData: ({ data }) => {
      if (!only || data.data?.adhesionChanged.id === only) refetch();
    },
  });
}
