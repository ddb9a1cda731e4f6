import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RegistryActions } from '../firm-registry/RegistryActions';
import { Select } from '../../components/Select';
import { ShowMore } from '../../components/ShowMoreButton';
import { Table } from '../../components/Table';
import { StatusBadge } from '../../components/StatusBadge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { DirectoryFilters } from './DirectoryFilters';
import {
  exportUrl,
  filterOf,
  paramsFromState,
  stateFromParams,
  type DirectoryState,
} from './directory-params';
import './firms.css';

const FirmsMap = lazy(() => import('./FirmsMap').then((m) => ({ default: m.FirmsMap })));

// `first` is part of the list's cache key: keep it the same in "show more".
const FirmsPageQuery = graphql(`
  query FirmsPage($filter: FirmFilter, $search: String, $orderBy: FirmOrder, $after: String) {
    firms(filter: $filter, search: $search, orderBy: $orderBy, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...FirmsTable_FirmFragment
          ...FirmsMap_FirmFragment
        }
      }
    }
  }
`);

export const FirmsTable_FirmFragment = graphql(`
  fragment FirmsTable_FirmFragment on Firm {
    id
    legalName
    tradeName
    kind
    hamlet
    municipality
    employees
    adhesionStatus
    ceasedOn
    capabilities {
      id
      labelIt
      labelEn
    }
  }
`);

const ORDERS = ['NAME', 'EMPLOYEES', 'CAPACITY', 'UPDATED_AT'] as const;

/** `/firms`: the member directory for everyone signed in. */
export function FirmsPage() {
  const { t } = useTranslation('firms');
  const language = useLanguage();
  const title = t('directory.title');
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const applied = stateFromParams(params);
  // The list follows the URL, which changes when a facet is picked, the search is applied or the sort changes.
  const result = useQuery(FirmsPageQuery, {
    variables: { filter: filterOf(applied), search: applied.search.trim() || null, orderBy: applied.orderBy },
    fetchPolicy: 'cache-and-network',
  });
  const apply = (next: DirectoryState) => setParams(paramsFromState(next));

  return (
    <>
      <PageHeader title={title} description={t('directory.intro')} actions={<RegistryActions />} />
      <div className="stack">
        <DirectoryFilters applied={applied} onApply={apply} />

        <QueryState result={result}>
          {(data) => {
            const nodes = data.firms.edges.map((e) => e.node);
            return (
              <>
                <Card
                  title={t('directory.count', { count: data.firms.totalCount })}
                  actions={
                    <Select
                      label={t('directory.sort')}
                      value={applied.orderBy}
                      options={ORDERS.map((o) => ({ value: o, label: t(`directory.sorts.${o}`) }))}
                      onChange={(e) =>
                        apply({ ...applied, orderBy: e.target.value as DirectoryState['orderBy'] })
                      }
                    />
                  }
                >
                  <div aria-live="polite" className="visually-hidden">
                    {t('directory.count', { count: data.firms.totalCount })}
                  </div>
                  <nav className="directory-downloads" aria-label={t('directory.downloads')}>
                    <a className="btn btn--secondary" href={exportUrl(applied, 'csv', language)} download>
                      {t('directory.downloadCsv')}
                    </a>
                    <a className="btn btn--secondary" href={exportUrl(applied, 'xlsx', language)} download>
                      {t('directory.downloadXlsx')}
                    </a>
                  </nav>
                  {nodes.length === 0 ? (
                    <EmptyState message={t('directory.empty')} />
                  ) : (
                    <FirmsTable firms={nodes} />
                  )}
                  <ShowMore
                    label={t('directory.showMore')}
                    pageInfo={data.firms.pageInfo}
                    loadMore={(after) => result.fetchMore({ variables: { after } })}
                  />
                </Card>
                {nodes.length > 0 && (
                  <Card title={t('directory.map')}>
                    <Suspense fallback={<LoadingState />}>
                      <FirmsMap firms={nodes} />
                    </Suspense>
                  </Card>
                )}
              </>
            );
          }}
        </QueryState>
      </div>
    </>
  );
}

function FirmsTable(props: { firms: readonly FragmentType<typeof FirmsTable_FirmFragment>[] }) {
  const { t } = useTranslation('firms');
  const language = useLanguage();
  const format = useFormat();
  const firms = getFragmentData(FirmsTable_FirmFragment, props.firms);
  return (
    <Table
      caption={t('directory.caption')}
      captionHidden
      columns={[
        t('directory.name'),
        t('directory.kind'),
        t('directory.place'),
        t('fields.capabilities'),
        t('fields.employees'),
        t('directory.membership'),
      ]}
    >
      <tbody>
        {firms.map((f) => (
          <tr key={f.id}>
            <th scope="row">
              <Link to={`/firms/${f.id}`}>{f.legalName}</Link>
              {f.ceasedOn && (
                <div>
                  <span className="badge badge--ceased">
                    {t('directory.ceasedOn', { date: format.date(f.ceasedOn) })}
                  </span>
                </div>
              )}
              {f.tradeName && f.tradeName !== f.legalName && <div className="muted">{f.tradeName}</div>}
            </th>
            <td>{t(`enums.FirmKind.${f.kind}`)}</td>
            <td>{f.hamlet ?? f.municipality ?? '—'}</td>
            <td>
              {f.capabilities.map((c) => (language === 'en' ? c.labelEn : c.labelIt)).join(', ') || '—'}
            </td>
            <td className="tabular">
              {f.employees === null || f.employees === undefined ? '—' : format.number(f.employees)}
            </td>
            <td>
              <StatusBadge kind="AdhesionStatus" status={f.adhesionStatus} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
