import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './features/shell/AppLayout';
import { PublicLayout } from './features/shell/PublicLayout';
import { RouteError } from './features/shell/RouteError';

// Pages load on demand; the layouts stay in the first bundle so the frame appears at once.
const SignInPage = lazy(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const InvitationPage = lazy(() =>
  import('./features/auth/InvitationPage').then((m) => ({ default: m.InvitationPage })),
);
const DashboardPage = lazy(() =>
  import('./features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const UsersPage = lazy(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const SupplyChainPage = lazy(() =>
  import('./features/supply-chain/SupplyChainPage').then((m) => ({ default: m.SupplyChainPage })),
);
const FirmSupplyChainPage = lazy(() =>
  import('./features/supply-chain/FirmSupplyChainPage').then((m) => ({ default: m.FirmSupplyChainPage })),
);
const RegistryImportPage = lazy(() =>
  import('./features/registry-import/RegistryImportPage').then((m) => ({ default: m.RegistryImportPage })),
);
const FirmsPage = lazy(() => import('./features/firms/FirmsPage').then((m) => ({ default: m.FirmsPage })));
const FirmPage = lazy(() => import('./features/firms/FirmPage').then((m) => ({ default: m.FirmPage })));
const FirmEditPage = lazy(() =>
  import('./features/firms/FirmEditPage').then((m) => ({ default: m.FirmEditPage })),
);
const TasksPage = lazy(() => import('./features/tasks/TasksPage').then((m) => ({ default: m.TasksPage })));
const TaskPage = lazy(() => import('./features/tasks/TaskPage').then((m) => ({ default: m.TaskPage })));
const PlanPage = lazy(() => import('./features/plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlanActionPage = lazy(() =>
  import('./features/plan/PlanActionPage').then((m) => ({ default: m.PlanActionPage })),
);
const ContractPage = lazy(() =>
  import('./features/contract/ContractPage').then((m) => ({ default: m.ContractPage })),
);
const AdhesionsPage = lazy(() =>
  import('./features/adhesions/AdhesionsPage').then((m) => ({ default: m.AdhesionsPage })),
);
const AdhesionDetailPage = lazy(() =>
  import('./features/adhesions/AdhesionDetailPage').then((m) => ({ default: m.AdhesionDetailPage })),
);
const ShowcaseHomePage = lazy(() =>
  import('./features/showcase/ShowcaseHomePage').then((m) => ({ default: m.ShowcaseHomePage })),
);
const ShowcaseFirmPage = lazy(() =>
  import('./features/showcase/ShowcaseFirmPage').then((m) => ({ default: m.ShowcaseFirmPage })),
);
// The reports and their chart library load together, only when /reports is opened.
const reportsModule = () => import('./features/reports/routes');
const ReportsPage = lazy(() => reportsModule().then((m) => ({ default: m.ReportsPage })));
const OverviewReport = lazy(() => reportsModule().then((m) => ({ default: m.OverviewReport })));
const AdhesionsReport = lazy(() => reportsModule().then((m) => ({ default: m.AdhesionsReport })));
const SupplyChainReport = lazy(() => reportsModule().then((m) => ({ default: m.SupplyChainReport })));
const PlanReport = lazy(() => reportsModule().then((m) => ({ default: m.PlanReport })));
const StartupReport = lazy(() => reportsModule().then((m) => ({ default: m.StartupReport })));
const EventsPage = lazy(() =>
  import('./features/events/EventsPage').then((m) => ({ default: m.EventsPage })),
);
const ShowcaseEventsPage = lazy(() =>
  import('./features/showcase/ShowcaseEventsPage').then((m) => ({ default: m.ShowcaseEventsPage })),
);
const NotFoundPage = lazy(() =>
  import('./features/errors/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/invitation/:token', element: <InvitationPage /> },
      { path: '/showcase', element: <ShowcaseHomePage /> },
      { path: '/showcase/firms/:id', element: <ShowcaseFirmPage /> },
      { path: '/showcase/events', element: <ShowcaseEventsPage /> },
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
      { path: 'events', element: <EventsPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'contract', element: <ContractPage /> },
      { path: 'adhesions', element: <AdhesionsPage /> },
      { path: 'adhesions/:id', element: <AdhesionDetailPage /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      { path: 'plan', element: <PlanPage /> },
      { path: 'plan/actions/:id', element: <PlanActionPage /> },
      { path: 'firms', element: <FirmsPage /> },
      { path: 'firms/:id', element: <FirmPage /> },
      { path: 'firms/:id/edit', element: <FirmEditPage /> },
      { path: 'registry-import', element: <RegistryImportPage /> },
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
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
