import { useTranslation } from 'react-i18next';

/** A decorative spinner; pair it with text. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** "Loading…", announced politely to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status">
      <Spinner />
      <span>{label ?? t('states.loading')}</span>
    </div>
  );
}
