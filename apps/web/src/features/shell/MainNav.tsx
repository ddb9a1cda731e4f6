import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const MainNav_MeFragment = graphql(`
  fragment MainNav_MeFragment on Me {
    permissions {
      viewerCanManageUsers
    }
  }
`);

/** The main navigation; an item appears only when the API says the person may use it. */
export function MainNav(props: { me: FragmentType<typeof MainNav_MeFragment> }) {
  const { t } = useTranslation();
  const { permissions } = getFragmentData(MainNav_MeFragment, props.me);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        <li>
          <NavLink to="/" end className="main-nav__link">
            {t('nav.dashboard')}
          </NavLink>
        </li>
        {permissions.viewerCanManageUsers && (
          <li>
            <NavLink to="/users" className="main-nav__link">
              {t('nav.users')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
