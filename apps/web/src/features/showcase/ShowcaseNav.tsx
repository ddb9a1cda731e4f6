import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';

/** The showcase's own links: its home and, for members, the way into the platform. */
export function ShowcaseNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('showcase.nav.label')} className="showcase-nav">
      <NavLink to="/showcase" end>
        {t('showcase.nav.home')}
      </NavLink>
      <NavLink to="/showcase/events">{t('showcase.nav.events')}</NavLink>
      <Link to="/sign-in">{t('showcase.nav.signIn')}</Link>
    </nav>
  );
}
