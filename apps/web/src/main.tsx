import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createFirstI18n } from './i18n';
import { liveLink } from './live-link';
import { AppRoot } from './root';
import { router } from './router';
import type { SignInRedirect } from './features/auth/redirect';
import './styles.css';

// The app. A showcase page the server rendered loads entry-showcase.tsx instead, which hydrates it.
const i18n = await createFirstI18n();

let redirecting = false;
const client = createApolloClient({
  live: liveLink(),
  // The session ended or never was: go to /sign-in, remembering where the person was.
  onUnauthenticated(reason) {
    const { pathname, search } = router.state.location;
    if (redirecting || pathname === '/sign-in' || pathname.startsWith('/invitation/')) return;
    redirecting = true;
    const state: SignInRedirect = {
      from: pathname + search,
      reason: reason === 'SESSION_EXPIRED' ? 'expired' : 'required',
    };
    // The sign-in page clears the cache once this layout (and its queries) are gone.
    void router.navigate('/sign-in', { replace: true, state }).finally(() => {
      redirecting = false;
    });
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <AppRoot i18n={i18n} client={client}>
    <RouterProvider router={router} />
  </AppRoot>,
);
