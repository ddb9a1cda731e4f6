import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from './features/shell/AppLayout';
import { PublicLayout } from './features/shell/PublicLayout';
import { RouteError } from './features/shell/RouteError';
import { lazyWithTranslations } from './i18n/lazy';
import { showcasePages, signInPage } from './showcase-routes';

// Pages load on demand, each with its features' strings (src/i18n/features.ts); the layouts and the core
// strings stay in the first bundle so the frame appears at once.
const InvitationPage = lazy(() =>
  import('./features/auth/InvitationPage').then((m) => ({ default: m.InvitationPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('./features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./features/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);
const ConfirmEmailPage = lazy(() =>
  import('./features/auth/ConfirmEmailPage').then((m) => ({ default: m.ConfirmEmailPage })),
);
const AccountPage = lazy(() =>
  import('./features/account/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const DashboardPage = lazy(() =>
  import('./features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const UsersPage = lazyWithTranslations(
  ['users'],
  () => import('./features/users/UsersPage'),
  (m) => m.UsersPage,
);
const NotificationsPage = lazyWithTranslations(
  ['notifications', 'supplyChain'],
  () => import('./features/notifications/NotificationsPage'),
  (m) => m.NotificationsPage,
);
const OutboxPage = lazyWithTranslations(
  ['users'],
  () => import('./features/users/OutboxPage'),
  (m) => m.OutboxPage,
);
const SupplyChainPage = lazyWithTranslations(
  ['supplyChain'],
  () => import('./features/supply-chain/SupplyChainPage'),
  (m) => m.SupplyChainPage,
);
const FirmSupplyChainPage = lazyWithTranslations(
  ['supplyChain', 'users'],
  () => import('./features/supply-chain/FirmSupplyChainPage'),
  (m) => m.FirmSupplyChainPage,
);
const RegistryImportPage = lazyWithTranslations(
  ['registryImport'],
  () => import('./features/registry-import/RegistryImportPage'),
  (m) => m.RegistryImportPage,
);
const FirmsPage = lazyWithTranslations(
  ['firms', 'firmRegistry'],
  () => import('./features/firms/FirmsPage'),
  (m) => m.FirmsPage,
);
const FirmPage = lazyWithTranslations(
  ['firms', 'firmRegistry'],
  () => import('./features/firms/FirmPage'),
  (m) => m.FirmPage,
);
const AddFirmPage = lazyWithTranslations(
  ['firmRegistry', 'firms'],
  () => import('./features/firm-registry/AddFirmPage'),
  (m) => m.AddFirmPage,
);
const MergeFirmsPage = lazyWithTranslations(
  ['firmRegistry', 'firms'],
  () => import('./features/firm-registry/MergeFirmsPage'),
  (m) => m.MergeFirmsPage,
);
const FirmEditPage = lazyWithTranslations(
  ['firms', 'registryImport'],
  () => import('./features/firms/FirmEditPage'),
  (m) => m.FirmEditPage,
);
const TasksPage = lazyWithTranslations(
  ['tasks'],
  () => import('./features/tasks/TasksPage'),
  (m) => m.TasksPage,
);
const TaskPage = lazyWithTranslations(
  ['tasks', 'plan'],
  () => import('./features/tasks/TaskPage'),
  (m) => m.TaskPage,
);
const PlanPage = lazyWithTranslations(
  ['plan'],
  () => import('./features/plan/PlanPage'),
  (m) => m.PlanPage,
);
const PlanActionPage = lazyWithTranslations(
  ['plan'],
  () => import('./features/plan/PlanActionPage'),
  (m) => m.PlanActionPage,
);
const ContractPage = lazyWithTranslations(
  ['contract', 'adhesions'],
  () => import('./features/contract/ContractPage'),
  (m) => m.ContractPage,
);
const AdhesionsPage = lazyWithTranslations(
  ['adhesions'],
  () => import('./features/adhesions/AdhesionsPage'),
  (m) => m.AdhesionsPage,
);
const AdhesionDetailPage = lazyWithTranslations(
  ['adhesions'],
  () => import('./features/adhesions/AdhesionDetailPage'),
  (m) => m.AdhesionDetailPage,
);
const TraceabilityPage = lazyWithTranslations(
  ['articles'],
  () => import('./features/articles/TraceabilityPage'),
  (m) => m.TraceabilityPage,
);
const ArticleEditorPage = lazyWithTranslations(
  ['articles'],
  () => import('./features/articles/ArticleEditorPage'),
  (m) => m.ArticleEditorPage,
);
// The reports and their chart library load together, only when /reports is opened.
const REPORTS = ['reports', 'plan', 'tasks'] as const;
const reports = () => import('./features/reports/routes');
const ReportsPage = lazyWithTranslations(REPORTS, reports, (m) => m.ReportsPage);
const OverviewReport = lazyWithTranslations(REPORTS, reports, (m) => m.OverviewReport);
const AdhesionsReport = lazyWithTranslations(REPORTS, reports, (m) => m.AdhesionsReport);
const SupplyChainReport = lazyWithTranslations(REPORTS, reports, (m) => m.SupplyChainReport);
const PlanReport = lazyWithTranslations(REPORTS, reports, (m) => m.PlanReport);
const StartupReport = lazyWithTranslations(REPORTS, reports, (m) => m.StartupReport);
const TraceabilityReport = lazyWithTranslations(REPORTS, reports, (m) => m.TraceabilityReport);
const EventsPage = lazyWithTranslations(
  ['events'],
  () => import('./features/events/EventsPage'),
  (m) => m.EventsPage,
);
const ClaimPage = lazyWithTranslations(
  ['claims'],
  () => import('./features/claims/ClaimPage'),
  (m) => m.ClaimPage,
);
const ClaimReviewPage = lazyWithTranslations(
  ['claims'],
  () => import('./features/claims/ClaimReviewPage'),
  (m) => m.ClaimReviewPage,
);
const NotFoundPage = lazy(() =>
  import('./features/errors/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      signInPage,
      { path: '/invitation/:token', element: <InvitationPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password/:token', element: <ResetPasswordPage /> },
      { path: '/confirm-email/:token', element: <ConfirmEmailPage /> },
      { path: '/claim', element: <ClaimPage /> },
      ...showcasePages,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    // Everything below needs a signed-in person: AppLayout sends anyone else to /sign-in.
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'traceability', element: <TraceabilityPage /> },
      { path: 'traceability/articles/:id', element: <ArticleEditorPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'outbox', element: <OutboxPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'contract', element: <ContractPage /> },
      { path: 'adhesions', element: <AdhesionsPage /> },
      { path: 'adhesions/:id', element: <AdhesionDetailPage /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      { path: 'plan', element: <PlanPage /> },
      { path: 'plan/actions/:id', element: <PlanActionPage /> },
      { path: 'firms', element: <FirmsPage /> },
      { path: 'firms/new', element: <AddFirmPage /> },
      { path: 'firms/merge', element: <MergeFirmsPage /> },
      { path: 'firms/:id', element: <FirmPage /> },
      { path: 'firms/:id/edit', element: <FirmEditPage /> },
      { path: 'registry-import', element: <RegistryImportPage /> },
      { path: 'claims', element: <ClaimReviewPage /> },
      { path: 'supply-chain', element: <SupplyChainPage /> },
      { path: 'firms/:id/supply-chain', element: <FirmSupplyChainPage /> },
      {
        path: 'reports',
        element: <ReportsPage />,
        children: [
          { index: true, element: <OverviewReport /> },
          { path: 'adhesions', element: <AdhesionsReport /> },
          { path: 'supply-chain', element: <SupplyChainReport /> },
          { path: 'plan', element: <PlanReport /> },
          { path: 'startup', element: <StartupReport /> },
          { path: 'traceability', element: <TraceabilityReport /> },
        ],
      },
    ],
  },
];
