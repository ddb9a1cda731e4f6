import { lazy } from 'react';
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

const SignInPage = lazy(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));

/**
 * The sign-in page, in the public frame of the app (routes.tsx) and drawn by the server like the showcase
 * (its strings are core ones): a person opening it on a phone sees the form at the first paint.
 */
export const signInPage: RouteObject = { path: '/sign-in', element: <SignInPage /> };

/** The showcase's pages, in the public frame of the app (routes.tsx) and of the showcase's own entry. */
export const showcasePages: RouteObject[] = [
  { path: '/showcase', element: <ShowcaseHomePage /> },
  { path: '/showcase/firms/:id', element: <ShowcaseFirmPage /> },
  { path: '/showcase/events', element: <ShowcaseEventsPage /> },
  { path: '/showcase/passports/:id', element: <ShowcasePassportPage />, handle: { wide: true } },
];

/**
 * The showcase (and the sign-in page) on its own: what a server-rendered page loads (entry-showcase.tsx)
 * and what the server renders it from (entry-server.tsx), so the two draw the same markup. Any other
 * address (the app, after signing in too) is not in this bundle: following a link there loads that page
 * afresh, with the app.
 */
export const showcaseRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      signInPage,
      ...showcasePages,
      { path: '*', loader: ({ request }) => redirectDocument(request.url) },
    ],
  },
];
