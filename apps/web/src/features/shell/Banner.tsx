import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The top band of every page: the app's name, a link home, and the tools the frame gives (`children`). */
export function Banner({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to="/" className="app-header__brand">
          {t('app.name')}
        </Link>
        <div className="app-header__tools">{children}</div>
      </div>
    </header>
  );
}
