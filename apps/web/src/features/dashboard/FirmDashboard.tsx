import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { FirmEditorLoader } from '../firms/FirmEditPage';
import { QueryState } from '../shell/QueryState';
import { PendingRequestsCard } from '../supply-chain/PendingRequestsCard';
import { FirmAdhesionCard } from '../adhesions/FirmAdhesionCard';
import { InboxCard } from '../showcase/InboxCard';
import { ClaimRequestsCard } from '../claims/ClaimRequestsCard';
import { FirmPeopleCard } from '../claims/FirmPeopleCard';

const FirmDashboardQuery = graphql(`
  query FirmDashboard {
    me {
      user {
        id
        firm {
          id
        }
      }
    }
    myAdhesion {
      id
      ...FirmAdhesionCard_AdhesionFragment
    }
  }
`);

/** "My firm": the landing page of a person working for a firm is its editable profile. */
export function FirmDashboard() {
  const { t } = useTranslation('firms');
  const title = t('profile.title');
  useDocumentTitle(title);
  const result = useQuery(FirmDashboardQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title={title} description={t('profile.intro')} />
      <QueryState result={result}>
        {(data) => {
          const firm = data.me?.user.firm;
          return firm ? (
            // On a wide screen the profile form starts at the top beside the cards, not below them.
            <div className="firm-dashboard">
              <div className="firm-dashboard__side stack">
                <ClaimRequestsCard />
                <PendingRequestsCard />
                <InboxCard />
                <FirmAdhesionCard adhesion={data.myAdhesion ?? null} />
                <FirmPeopleCard />
              </div>
              <div className="firm-dashboard__main">
                <FirmEditorLoader id={firm.id} header={false} />
              </div>
            </div>
          ) : (
            <EmptyState message={t('profile.noFirm')} />
          );
        }}
      </QueryState>
    </>
  );
}
