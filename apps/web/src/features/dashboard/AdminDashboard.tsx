import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { AuditLog } from './AuditLog';
import { DistrictFigures } from './DistrictFigures';
import { PeopleFigures } from './PeopleFigures';

const AdminDashboardQuery = graphql(`
  query AdminDashboard {
    districtSummary {
      ...DistrictFigures_DistrictSummaryFragment
    }
    users(first: 1) {
      ...PeopleFigures_UserConnectionFragment
    }
    invitations(status: PENDING, first: 1) {
      ...PeopleFigures_InvitationConnectionFragment
    }
    auditEntries(first: 10) {
      edges {
        node {
          id
          ...AuditLog_AuditEntryFragment
        }
      }
    }
  }
`);

/** The network manager's landing page. */
export function AdminDashboard() {
  const { t } = useTranslation();
  const title = t('dashboard.admin.title');
  useDocumentTitle(title);
  const result = useQuery(AdminDashboardQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title={title} description={t('dashboard.admin.intro')} />
      <QueryState result={result}>
        {(data) => (
          <div className="stack">
            <DistrictFigures summary={data.districtSummary} />
            <PeopleFigures users={data.users} invitations={data.invitations} />
            <AuditLog entries={data.auditEntries.edges.map((e) => e.node)} />
          </div>
        )}
      </QueryState>
    </>
  );
}
