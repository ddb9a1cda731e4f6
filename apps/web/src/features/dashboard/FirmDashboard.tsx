import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { FirmProfile } from './FirmProfile';

const FirmDashboardQuery = graphql(`
  query FirmDashboard {
    me {
      user {
        id
        firm {
          id
          ...FirmProfile_FirmFragment
        }
      }
    }
  }
`);

/** "My firm": the landing page of a person working for a firm. */
export function FirmDashboard() {
  const { t } = useTranslation();
  const title = t('firm.title');
  useDocumentTitle(title);
  const result = useQuery(FirmDashboardQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title={title} description={t('firm.intro')} />
      <QueryState result={result}>
        {(data) => {
          const firm = data.me?.user.firm;
          return firm ? <FirmProfile firm={firm} /> : <EmptyState message={t('firm.noFirm')} />;
        }}
      </QueryState>
    </>
  );
}
