import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n';

/**
 * Switches between Italian and English; the button is labelled with the other language in that
 * language ("English" / "Italiano"). i18next remembers the choice in localStorage.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = toLanguage(t('language.switchToCode'));
  return (
    <button
      type="button"
      className="btn btn--quiet language-switch"
      lang={target}
      onClick={() => void i18n.changeLanguage(target)}
    >
      {t('language.switchTo')}
    </button>
  );
}
