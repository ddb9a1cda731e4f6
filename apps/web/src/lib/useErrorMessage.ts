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

/** The text for an operation that failed as a whole (a button's action, a query): its form-level message. */
export function useFailureText(): (error: unknown) => string {
  const errorMessage = useErrorMessage();
  return useCallback((error: unknown) => errorMessage(describeError(error).form), [errorMessage]);
}
