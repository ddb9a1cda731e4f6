import { lazy } from 'react';
import { useViewer } from '../shell/viewer';

const AdminDashboard = lazy(() => import('./AdminDashboard').then((m) => ({ default: m.AdminDashboard })));
const NetworkDashboard = lazy(() =>
  import('./NetworkDashboard').then((m) => ({ default: m.NetworkDashboard })),
);
const FirmDashboard = lazy(() => import('./FirmDashboard').then((m) => ({ default: m.FirmDashboard })));

/** The landing page: each role has its own dashboard (the only place the client looks at the role). */
export function DashboardPage() {
  const { role } = useViewer();
  switch (role) {
    case 'ADMIN':
      return <AdminDashboard />;
    case 'CONSULTANT':
      return <NetworkDashboard audience="consultant" />;
    case 'CHAMBER':
      return <NetworkDashboard audience="chamber" />;
    case 'FIRM':
      return <FirmDashboard />;
  }
}
