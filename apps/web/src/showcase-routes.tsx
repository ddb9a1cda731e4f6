import { redirectDocument, type RouteObject } from 'react-router';
import { PublicLayout } from './features/shell/PublicLayout';
import { RouteError } from './features/shell/RouteError';
import { lazyWithTranslations } from './i18n/lazy';

const ShowcaseHomePage = lazyWithTranslations(
  ['showcase', 'passport'],
  () => import('./features/showcase/ShowcaseHomePage'),
  (m) => m.ShowcaseHomePage,
);
const ShowcaseFirmPage = lazyWithTranslations(
  ['showcase'],
  () => import('./features/showcase/ShowcaseFirmPage'),
  (m) => m.ShowcaseFirmPage,
);
const ShowcasePassportPage = lazyWithTranslations(
  ['showcase', 'passport'],
  () => import('./features/showcase/ShowcasePassportPage'),
  (m) => m.ShowcasePassportPage,
);
const ShowcaseEventsPage = lazyWithTranslations(
  ['showcase', 'events'],
  () => import('./features/showcase/ShowcaseEventsPage'),
  (m) => m.ShowcaseEventsPage,
);

/** The showcase's pages, in the public frame of the app (routes.tsx) and of the showcase's own entry. */
export const showcasePages: RouteObject[] = [
  { path: '/showcase', element: <ShowcaseHomePage /> },
  { path: '/showcase/firms/:id', element: <ShowcaseFirmPage /> },
  { path: '/showcase/events', element: <ShowcaseEventsPage /> },
  { path: '/showcase/passports/:id', element: <ShowcasePassportPage />, handle: { wide: true } },
];

/**
 * The showcase on its own: what a server-rendered showcase page loads (entry-showcase.tsx) and what the
 * server renders it from (entry-server.tsx), so the two draw the same markup. Any other address (sign
 * in, the app) is not in this bundle: following a link there loads that page afresh, with the app.
 */
export const showcaseRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [...showcasePages, { path: '*', loader: ({ request }) => redirectDocument(request.url) }],
  },
];
