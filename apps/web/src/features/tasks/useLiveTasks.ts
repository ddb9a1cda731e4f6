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
 * For a view of tasks (shown only to those who may read them): a task created or changed by anyone
 * (another consultant, another tab) updates its card in place and the task views on screen refetch
 * (the board's columns, the list, the timeline, the week), without a reload.
 */
export function useLiveTasks(): void {
  const refetch = useLiveRefetch(['TaskBoard', 'TaskList', 'TaskTimeline', 'MyWeek', 'TaskDetail']);
  useSubscription(TaskChangedSubscription, { onData: refetch });
}
