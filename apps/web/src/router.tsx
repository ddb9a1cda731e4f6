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
    ],
  },
];

export const router = createBrowserRouter(routes);
