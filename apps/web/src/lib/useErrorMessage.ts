import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from './api-errors';

/** Turns a Message from describeError into text in the current language (a generic one when missing). */
export function useErrorMessage(): (message: Message | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (message) => (message ? t(message.key, message.params ?? {}) : t('errors.unexpected')),
    [t],
  );
}
