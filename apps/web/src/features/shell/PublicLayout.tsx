import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LoadingState } from '../../components/LoadingState';
import { SkipLink } from '../../components/SkipLink';

/** The frame of the pages open to anyone: sign-in, invitation links, not found. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            {t('app.name')}
          </Link>
          <div className="app-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="app-main app-main--narrow" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
