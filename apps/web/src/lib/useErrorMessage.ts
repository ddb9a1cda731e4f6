import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type Message } from './api-errors';

/** Turns a Message from describeError into text in the current language (a generic one when missing). */
export function useErrorMessage(): (message: Message | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (message) => (message ? t(message.key, message.params ?? {}) : t('errors.unexpected')),
    [t],
  );
}

/**
 * The text for an operation that failed as a whole (a button's action, a query): its form-level message,
 * or the caller's own text for the API's `reason` when `byReason` has one.
 */
export function useFailureText(): (error: unknown, byReason?: Partial<Record<string, string>>) => string {
  const errorMessage = useErrorMessage();
  return useCallback(
    (error: unknown, byReason: Partial<Record<string, string>> = {}) => {
      const problem = describeError(error);
      return (problem.reason ? byReason[problem.reason] : undefined) ?? errorMessage(problem.form);
    },
    [errorMessage],
  );
}
