import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createI18n, initialLanguage, loadTranslation } from './i18n';
import { router } from './router';
import type { SignInRedirect } from './features/auth/redirect';
import { ServiceStatus } from './features/shell/ServiceStatus';
import './styles.css';

// An English reader (returning, or following an English link) gets English in the first paint: fetch
// it before rendering.
const initial = initialLanguage();
const i18n = createI18n(initial === 'it' ? {} : { [initial]: await loadTranslation(initial) });

let redirecting = false;
const client = createApolloClient({
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
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
        <ServiceStatus />
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
