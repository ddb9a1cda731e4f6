import { useTranslation } from 'react-i18next';

/** The first stop of the Tab key: jumps past the header and navigation to `<main id="main">`. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}
