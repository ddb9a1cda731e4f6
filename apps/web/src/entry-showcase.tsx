import type { NormalizedCacheObject } from '@apollo/client';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createFirstI18n, initialLanguage, toLanguage } from './i18n';
import { createFormatters } from './i18n/format';
import { AppRoot } from './root';
import { showcaseRoutes } from './showcase-routes';
import { SSR_STATE_ID } from './ssr-state';
import './styles.css';

/*
 * The browser's side of a showcase page the server rendered (apps/api's showcase.render.ts links this
 * entry instead of main.tsx): the showcase's routes only, an anonymous client without the live link, and
 * the page hydrated rather than drawn again. Links out of the showcase load the app (showcase-routes.tsx).
 */
/** Resolves in a later task, leaving the main thread to the browser in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// The language the server drew the page in (`<html lang>`), read before i18next sets it to its own.
const drawnIn = document.documentElement.lang;
// What the router's history holds for this entry (a reload of /sign-in the app sent someone to with
// where they were going and why): the server knows nothing of it.
const routerState = (window.history.state as { usr?: unknown } | null)?.usr;
// Each step below in a task of its own, the browser free between them: evaluating the first-load
// scripts, starting i18next, loading the language's Intl data, hydrating.
await nextTask();
const i18n = await createFirstI18n();
// The first number or date a page formats loads the language's Intl data (~100 ms on a slow phone): in
// the middle of hydration it lengthened its longest task by as much.
await nextTask();
createFormatters(toLanguage(i18n.resolvedLanguage)).number(0);
await nextTask();

// The answers the page was rendered from (entry-server.tsx): its queries ask nothing again.
const stateElement = document.getElementById(SSR_STATE_ID);
const client = createApolloClient({
  initialState: stateElement?.textContent
    ? (JSON.parse(stateElement.textContent) as NormalizedCacheObject)
    : undefined,
});

const container = document.getElementById('root');
if (!container) throw new Error('the page has no #root');
const page = (
  <AppRoot i18n={i18n} client={client}>
    <RouterProvider router={createBrowserRouter(showcaseRoutes)} />
  </AppRoot>
);
// A transition: React hydrates in short slices, yielding to the browser between them, rather than in
// one long task that leaves a phone unresponsive.
startTransition(() => {
  // The server draws the language of the address or of the cookie (showcase.page.ts's requestedLanguage);
  // one remembered only in this browser's storage (a choice made before the cookie) is not its, nor is
  // the router's state: such a page is drawn again, as React would do after a hydration error, without
  // the error.
  if (drawnIn === initialLanguage() && routerState == null) hydrateRoot(container, page);
  else createRoot(container).render(page);
});
