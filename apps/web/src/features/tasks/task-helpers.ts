import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/format';
import { describeError } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';
import type { TaskPhase, TaskStatus } from '../../gql/graphql';

export const STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const satisfies readonly TaskStatus[];
export const PHASES = [
  'CONTRACT',
  'ADHESIONS',
  'PLAN_DESIGN',
  'SERVICES_STARTUP',
] as const satisfies readonly TaskPhase[];

const LOCALES = { it: 'it-IT', en: 'en-GB' } as const;

/** Today in the district (Europe/Rome), YYYY-MM-DD, the day the API measures "overdue" against. */
export function romeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Formats a calendar day (YYYY-MM-DD) in the current language. Read at UTC midnight and written in UTC,
 * so the day never shifts with the browser's time zone.
 */
export function useDayFormat(): (day: string) => string {
  const language = useLanguage();
  const format = useMemo(
    () => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }),
    [language],
  );
  return useCallback((day: string) => format.format(new Date(`${day}T00:00:00Z`)), [format]);
}

/** Days between two YYYY-MM-DD days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The message for a failed task operation: the blocker and cycle refusals name the tasks in the
 * person's language; anything else goes through the common error messages.
 */
export function useTaskErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
      const reason = first?.extensions?.reason;
      const tasks = first?.extensions?.tasks;
      const names = Array.isArray(tasks) ? tasks.map((x) => `«${String(x)}»`) : [];
      if (reason === 'open_blockers') return t('tasks.errors.openBlockers', { tasks: names.join(', ') });
      if (reason === 'cycle') return t('tasks.errors.cycle', { tasks: names.join(' → ') });
      if (reason === 'before_start') return t('tasks.errors.beforeStart');
      return errorMessage(describeError(error).form);
    },
    [t, errorMessage],
  );
}
