import { useTranslation } from 'react-i18next';
import { switchLanguage, toLanguage } from '../i18n';

/**
 * Switches between Italian and English; the button is labelled with the other language in that
 * language ("English" / "Italiano"), loading it first if needed; i18next remembers the choice.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = toLanguage(t('language.switchToCode'));
  return (
    <button
      type="button"
      className="btn btn--quiet language-switch"
      lang={target}
      onClick={() => void switchLanguage(i18n, target)}
    >
      {t('language.switchTo')}
    </button>
  );
}
