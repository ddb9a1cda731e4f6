import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface ErrorStateProps {
  /** What went wrong, already translated. */
  message: string;
  title?: string;
  /** Offers a "Try again" button. */
  onRetry?: () => void;
}

/** A failure the person should notice at once (role="alert"), with a way to try again. */
export function ErrorState({ message, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? t('states.errorTitle')}</p>
      <p>{message}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('states.retry')}
        </Button>
      )}
    </div>
  );
}
