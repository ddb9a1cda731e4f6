import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../lib/useErrorMessage';
import type { TaskPhase, TaskStatus } from '../../gql/graphql';

export const STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const satisfies readonly TaskStatus[];
export const PHASES = [
  'CONTRACT',
  'ADHESIONS',
  'PLAN_DESIGN',
  'SERVICES_STARTUP',
] as const satisfies readonly TaskPhase[];

/** Days between two YYYY-MM-DD days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The message for a failed task operation: the blocker and cycle refusals name the tasks in the
 * person's language; anything else goes through the common error messages.
 */
export function useTaskErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('tasks');
  const failureText = useFailureText();
  return useCallback(
    (error: unknown) => {
      const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
      const reason = first?.extensions?.reason;
      const tasks = first?.extensions?.tasks;
      const names = Array.isArray(tasks) ? tasks.map((x) => `«${String(x)}»`) : [];
      if (reason === 'open_blockers') return t('errors.openBlockers', { tasks: names.join(', ') });
      if (reason === 'cycle') return t('errors.cycle', { tasks: names.join(' → ') });
      if (reason === 'before_start') return t('errors.beforeStart');
      return failureText(error);
    },
    [t, failureText],
  );
}
