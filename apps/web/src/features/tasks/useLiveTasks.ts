import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useLiveRefetch } from '../notifications/useLiveRefetch';

const TaskChangedSubscription = graphql(`
  subscription TaskChanged {
    taskChanged {
      id
      ...TaskCard_TaskFragment
    }
  }
`);

/**
 * For the task views (shown only to those who may read tasks): a task created or changed by anyone
 * (another consultant, another tab) updates in place and the view's `queries` refetch (its columns, its
 * filtered and sorted rows), without a reload.
 */
export function useLiveTasks(queries: readonly string[]): void {
  const refetch = useLiveRefetch(queries);
  useSubscription(TaskChangedSubscription, { onData: refetch });
}
