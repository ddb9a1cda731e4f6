import { Suspense } from 'react';
import { Outlet, useMatches } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LoadingState } from '../../components/LoadingState';
import { SkipLink } from '../../components/SkipLink';
import { Banner } from './Banner';

/** Whether a route asks for the full content width (`handle: { wide: true }`), e.g. a passport's tables. */
const isWide = (handle: unknown) =>
  typeof handle === 'object' && handle !== null && 'wide' in handle && handle.wide === true;

/**
 * The frame of the pages open to anyone: sign-in, invitation links, not found (a narrow column), and
 * pages that need the full width.
 */
export function PublicLayout() {
  const wide = useMatches().some((m) => isWide(m.handle));
  return (
    <>
      <SkipLink />
      <Banner>
        <LanguageSwitch />
      </Banner>
      <main id="main" className={wide ? 'app-main' : 'app-main app-main--narrow'} tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
