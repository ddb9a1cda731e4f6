import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { SignOutButton } from '../auth/SignOutButton';
import { NotificationBell } from '../notifications/NotificationBell';
import { SearchTrigger } from '../search/SearchTrigger';
import { Banner } from './Banner';

export const AppHeader_MeFragment = graphql(`
  fragment AppHeader_MeFragment on Me {
    user {
      id
      name
      role
    }
  }
`);

/** The signed-in banner: who is signed in and as what, language, sign out. */
export function AppHeader(props: { me: FragmentType<typeof AppHeader_MeFragment> }) {
  const { t } = useTranslation();
  const { user } = getFragmentData(AppHeader_MeFragment, props.me);
  return (
    <Banner>
      <SearchTrigger />
      <p className="app-header__person">
        <Link to="/account" className="app-header__name">
          {user.name}
        </Link>{' '}
        <span className="app-header__role">{t(`enums.Role.${user.role}`)}</span>
      </p>
      <NotificationBell />
      <LanguageSwitch />
      <SignOutButton />
    </Banner>
  );
}
