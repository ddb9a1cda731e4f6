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
 * For the task board (shown only to those who may read tasks): a task created or changed by anyone
 * (another consultant, another tab) updates its card in place and the board's columns refetch, without
 * a reload.
 */
export function useLiveTasks(): void {
  const refetch = useLiveRefetch(['TaskBoard']);
  useSubscription(TaskChangedSubscription, { onData: refetch });
}
