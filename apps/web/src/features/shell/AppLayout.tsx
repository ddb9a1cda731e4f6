import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { SkipLink } from '../../components/SkipLink';
import { graphql } from '../../gql';
import { describeError } from '../../lib/api-errors';
import { rememberSignedIn, wasSignedIn } from '../../lib/session-hint';
import type { SignInRedirect } from '../auth/redirect';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { ViewerContext, type Viewer } from './viewer';
import { useErrorMessage } from '../../lib/useErrorMessage';

// Only staff who have not yet enrolled in two-factor sign-in see it, once: not worth the first bundle.
const TwoFactorRequiredPage = lazy(() =>
  import('../account/TwoFactorRequiredPage').then((m) => ({ default: m.TwoFactorRequiredPage })),
);

const AppLayoutQuery = graphql(`
  query AppLayout {
    me {
      user {
        id
        role
      }
      twoFactorEnrolmentRequired
      permissions {
        viewerCanManageUsers
      }
      ...AppHeader_MeFragment
      ...MainNav_MeFragment
    }
  }
`);

/**
 * The frame of every signed-in page. Anonymous visitors are sent to /sign-in (with the page they
 * wanted); the pages below read the person from ViewerContext.
 */
export function AppLayout() {
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(AppLayoutQuery);
  const me = data?.me;

  const viewer = useMemo<Viewer | null>(
    () =>
      me
        ? {
            userId: me.user.id,
            role: me.user.role,
            canManageUsers: me.permissions.viewerCanManageUsers,
          }
        : null,
    [me],
  );

  useEffect(() => {
    if (viewer) rememberSignedIn();
  }, [viewer]);

  // After a client-side navigation, move focus to the new page's content (not on first load).
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname !== firstPath.current) {
      firstPath.current = '';
      mainRef.current?.focus();
    }
  }, [location.pathname]);

  if (!data && loading) {
    return (
      <main id="main" className="app-main app-main--bare">
        <LoadingState />
      </main>
    );
  }
  if (!data && error) {
    const problem = describeError(error);
    return (
      <main id="main" className="app-main app-main--bare">
        <ErrorState message={errorMessage(problem.form)} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!me || !viewer) {
    const redirect: SignInRedirect = {
      from: location.pathname + location.search,
      reason: wasSignedIn() ? 'expired' : 'required',
    };
    return <Navigate to="/sign-in" replace state={redirect} />;
  }

  if (me.twoFactorEnrolmentRequired) {
    return (
      <Suspense fallback={<LoadingState />}>
        <TwoFactorRequiredPage />
      </Suspense>
    );
  }

  return (
    <ViewerContext value={viewer}>
      <SkipLink />
      <AppHeader me={me} />
      <MainNav me={me} />
      <main id="main" className="app-main" tabIndex={-1} ref={mainRef}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </ViewerContext>
  );
}
