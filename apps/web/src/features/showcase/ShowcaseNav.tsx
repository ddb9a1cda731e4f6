import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useSearchParams } from 'react-router';
import { switchLanguage, toLanguage } from '../../i18n';

/**
 * The showcase's own links: its home and, for members, the way into the platform. A `?lang=en` (or
 * `it`) in the address opens the page in that language: the links that search engines and the
 * hreflang alternates give for each language.
 */
export function ShowcaseNav() {
  const { t, i18n } = useTranslation('showcase');
  const [params] = useSearchParams();
  const wanted = params.get('lang');
  useEffect(() => {
    if ((wanted === 'en' || wanted === 'it') && toLanguage(i18n.language) !== wanted) {
      void switchLanguage(i18n, wanted);
    }
  }, [wanted, i18n]);
  return (
    <nav aria-label={t('nav.label')} className="showcase-nav">
      <NavLink to="/showcase" end>
        {t('nav.home')}
      </NavLink>
      <NavLink to="/showcase/events">{t('nav.events')}</NavLink>
      <Link to="/sign-in">{t('nav.signIn')}</Link>
    </nav>
  );
}
