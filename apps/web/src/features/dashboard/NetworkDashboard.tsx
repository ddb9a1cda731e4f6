import { useQuery } from '@apollo/client/react';
import { IN_PROGRESS_ADHESION_STATUSES } from '@filiera/shared';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { AdhesionStatus } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { AdhesionList } from './AdhesionList';
import { DistrictFigures } from './DistrictFigures';

const NetworkDashboardQuery = graphql(`
  query NetworkDashboard($inProgress: [AdhesionStatus!]!) {
    districtSummary {
      ...DistrictFigures_DistrictSummaryFragment
    }
    firms(filter: { adhesionStatuses: $inProgress }, first: 10) {
      totalCount
      edges {
        node {
          id
          ...AdhesionList_FirmFragment
        }
      }
    }
  }
`);

const IN_PROGRESS = IN_PROGRESS_ADHESION_STATUSES as AdhesionStatus[];

/** The landing page of the start-up consultants ("consultant") and of the Chamber of Commerce ("chamber"). */
export function NetworkDashboard({ audience }: { audience: 'consultant' | 'chamber' }) {
  const { t } = useTranslation();
  const title = t(`dashboard.${audience}.title`);
  useDocumentTitle(title);
  const result = useQuery(NetworkDashboardQuery, {
    variables: { inProgress: IN_PROGRESS },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title={title} description={t(`dashboard.${audience}.intro`)} />
      <QueryState result={result}>
        {(data) => (
          <div className="stack">
            <DistrictFigures summary={data.districtSummary} />
            <AdhesionList firms={data.firms.edges.map((e) => e.node)} totalCount={data.firms.totalCount} />
          </div>
        )}
      </QueryState>
    </>
  );
}
