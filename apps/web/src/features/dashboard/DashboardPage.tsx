import { lazy } from 'react';
import { lazyWithTranslations } from '../../i18n/lazy';
import { useViewer } from '../shell/viewer';

const AdminDashboard = lazy(() => import('./AdminDashboard').then((m) => ({ default: m.AdminDashboard })));
const NetworkDashboard = lazy(() =>
  import('./NetworkDashboard').then((m) => ({ default: m.NetworkDashboard })),
);
// A firm's dashboard gathers cards of several features: their strings come with it.
const FirmDashboard = lazyWithTranslations(
  ['firms', 'registryImport', 'supplyChain', 'adhesions', 'showcase', 'claims'],
  () => import('./FirmDashboard'),
  (m) => m.FirmDashboard,
);

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
