import type { NormalizedCacheObject } from '@apollo/client';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createI18n, initialLanguage, loadTranslation } from './i18n';
import { AppRoot } from './root';
import { router } from './router';
import { SSR_STATE_ID } from './ssr-state';
import type { SignInRedirect } from './features/auth/redirect';
import './styles.css';

// An English reader (returning, or following an English link) gets English in the first paint: fetch
// it before rendering.
const initial = initialLanguage();
const i18n = createI18n(initial === 'it' ? {} : { [initial]: await loadTranslation(initial) });

// A showcase page rendered by the server carries the answers it was rendered from (entry-server.tsx):
// the browser starts from them and hydrates the page instead of drawing it again.
const stateElement = document.getElementById(SSR_STATE_ID);
const initialState = stateElement?.textContent
  ? (JSON.parse(stateElement.textContent) as NormalizedCacheObject)
  : undefined;

let redirecting = false;
const client = createApolloClient({
  initialState,
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

const app = (
  <AppRoot i18n={i18n} client={client}>
    <RouterProvider router={router} />
  </AppRoot>
);
if (initialState && container.hasChildNodes()) hydrateRoot(container, app);
else createRoot(container).render(app);
