import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RegistryActions } from '../firm-registry/RegistryActions';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import {
  exportUrl,
  filterOf,
  NO_ADHESION,
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
    firmFilterOptions {
      hamlets
      certifications
      exportMarkets
    }
    capabilities {
      id
      labelIt
      labelEn
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
    capabilities {
      id
      labelIt
      labelEn
    }
  }
`);

const KINDS = ['SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES'] as const;
const STATUSES = [
  'INTERESTED',
  'INVITED',
  'DOCUMENTS_REQUESTED',
  'READY_TO_SIGN',
  'SIGNED',
  'REGISTERED',
  'DECLINED',
  'WITHDRAWN',
] as const;
const ORDERS = ['NAME', 'EMPLOYEES', 'CAPACITY', 'UPDATED_AT'] as const;

/** `/firms`: the member directory for everyone signed in. */
export function FirmsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('firms.directory.title');
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const applied = stateFromParams(params);
  // The form edits a draft; the list follows the URL, which changes on "Apply" (and on sort at once).
  const [draft, setDraft] = useState<DirectoryState>(applied);
  const [loadingMore, setLoadingMore] = useState(false);
  const result = useQuery(FirmsPageQuery, {
    variables: { filter: filterOf(applied), search: applied.search.trim() || null, orderBy: applied.orderBy },
    fetchPolicy: 'cache-and-network',
  });
  const regionNames = new Intl.DisplayNames([language], { type: 'region' });
  const country = (code: string) => {
    try {
      return regionNames.of(code) ?? code;
    } catch {
      return code;
    }
  };

  const apply = (next: DirectoryState) => {
    setDraft(next);
    setParams(paramsFromState(next));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    apply(draft);
  };
  const set = (key: keyof DirectoryState) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const more = async (after: string | null | undefined) => {
    if (!after) return;
    setLoadingMore(true);
    try {
      await result.fetchMore({ variables: { after } });
    } finally {
      setLoadingMore(false);
    }
  };

  const options = result.data?.firmFilterOptions;
  const capabilities = result.data?.capabilities ?? [];
  const any = t('firms.directory.any');

  return (
    <>
      <PageHeader title={title} description={t('firms.directory.intro')} actions={<RegistryActions />} />
      <div className="stack">
        <Card title={t('firms.directory.filters')}>
          <form className="directory-filters" role="search" onSubmit={onSubmit}>
            <TextField
              className="directory-filters__search"
              type="search"
              label={t('firms.directory.search')}
              placeholder={t('firms.directory.searchPlaceholder')}
              value={draft.search}
              maxLength={100}
              onChange={(e) => set('search')(e.target.value)}
            />
            <Select
              label={t('firms.directory.kind')}
              value={draft.kind}
              placeholder={any}
              options={KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
              onChange={(e) => set('kind')(e.target.value)}
            />
            <Select
              label={t('firms.directory.capability')}
              value={draft.capabilityId}
              placeholder={any}
              options={capabilities.map((c) => ({
                value: c.id,
                label: language === 'en' ? c.labelEn : c.labelIt,
              }))}
              onChange={(e) => set('capabilityId')(e.target.value)}
            />
            <Select
              label={t('firms.directory.hamlet')}
              value={draft.hamlet}
              placeholder={any}
              options={(options?.hamlets ?? []).map((h) => ({ value: h, label: h }))}
              onChange={(e) => set('hamlet')(e.target.value)}
            />
            <Select
              label={t('firms.directory.membership')}
              value={draft.membership}
              placeholder={any}
              options={[
                { value: NO_ADHESION, label: t('firms.directory.noAdhesion') },
                ...STATUSES.map((s) => ({ value: s, label: t(`enums.AdhesionStatus.${s}`) })),
              ]}
              onChange={(e) => set('membership')(e.target.value)}
            />
            <Select
              label={t('firms.directory.certification')}
              value={draft.certification}
              placeholder={any}
              options={(options?.certifications ?? []).map((c) => ({ value: c, label: c }))}
              onChange={(e) => set('certification')(e.target.value)}
            />
            <Select
              label={t('firms.directory.exportMarket')}
              value={draft.exportMarket}
              placeholder={any}
              options={(options?.exportMarkets ?? [])
                .map((c) => ({ value: c, label: country(c) }))
                .sort((a, b) => a.label.localeCompare(b.label, language))}
              onChange={(e) => set('exportMarket')(e.target.value)}
            />
            <TextField
              label={t('firms.directory.employeesMin')}
              inputMode="numeric"
              value={draft.employeesMin}
              onChange={(e) => set('employeesMin')(e.target.value.replace(/\D/g, ''))}
            />
            <TextField
              label={t('firms.directory.employeesMax')}
              inputMode="numeric"
              value={draft.employeesMax}
              onChange={(e) => set('employeesMax')(e.target.value.replace(/\D/g, ''))}
            />
            <div className="form__actions directory-filters__actions">
              <Button type="submit">{t('firms.directory.apply')}</Button>
              <Button variant="quiet" onClick={() => apply(stateFromParams(new URLSearchParams()))}>
                {t('firms.directory.reset')}
              </Button>
            </div>
          </form>
        </Card>

        <QueryState result={result}>
          {(data) => {
            const nodes = data.firms.edges.map((e) => e.node);
            return (
              <>
                <Card
                  title={t('firms.directory.count', { count: data.firms.totalCount })}
                  actions={
                    <Select
                      label={t('firms.directory.sort')}
                      value={applied.orderBy}
                      options={ORDERS.map((o) => ({ value: o, label: t(`firms.directory.sorts.${o}`) }))}
                      onChange={(e) =>
                        apply({ ...applied, orderBy: e.target.value as DirectoryState['orderBy'] })
                      }
                    />
                  }
                >
                  <div aria-live="polite" className="visually-hidden">
                    {t('firms.directory.count', { count: data.firms.totalCount })}
                  </div>
                  <nav className="directory-downloads" aria-label={t('firms.directory.downloads')}>
                    <a className="btn btn--secondary" href={exportUrl(applied, 'csv', language)} download>
                      {t('firms.directory.downloadCsv')}
                    </a>
                    <a className="btn btn--secondary" href={exportUrl(applied, 'xlsx', language)} download>
                      {t('firms.directory.downloadXlsx')}
                    </a>
                  </nav>
                  {nodes.length === 0 ? (
                    <EmptyState message={t('firms.directory.empty')} />
                  ) : (
                    <FirmsTable firms={nodes} />
                  )}
                  {data.firms.pageInfo.hasNextPage && (
                    <Button
                      variant="secondary"
                      busy={loadingMore}
                      onClick={() => void more(data.firms.pageInfo.endCursor)}
                    >
                      {t('firms.directory.showMore')}
                    </Button>
                  )}
                </Card>
                {nodes.length > 0 && (
                  <Card title={t('firms.directory.map')}>
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
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const firms = getFragmentData(FirmsTable_FirmFragment, props.firms);
  return (
    <Table caption={t('firms.directory.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('firms.directory.name')}</th>
          <th scope="col">{t('firms.directory.kind')}</th>
          <th scope="col">{t('firms.directory.place')}</th>
          <th scope="col">{t('firms.fields.capabilities')}</th>
          <th scope="col">{t('firms.fields.employees')}</th>
          <th scope="col">{t('firms.directory.membership')}</th>
        </tr>
      </thead>
      <tbody>
        {firms.map((f) => (
          <tr key={f.id}>
            <th scope="row">
              <Link to={`/firms/${f.id}`}>{f.legalName}</Link>
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
              {f.adhesionStatus ? (
                <span className={`badge badge--${f.adhesionStatus.toLowerCase()}`}>
                  {t(`enums.AdhesionStatus.${f.adhesionStatus}`)}
                </span>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
