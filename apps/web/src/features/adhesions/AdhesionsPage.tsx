import { FIRM_KINDS } from '@filiera/shared';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ShowMore } from '../../components/ShowMoreButton';
import { Card } from '../../components/Card';
import { LoadingState } from '../../components/LoadingState';
import { Notice, SuccessStatus } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { AdhesionFilter, FirmKind } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { QueryState } from '../shell/QueryState';
import { AdhesionBoard } from './AdhesionBoard';
import { AdhesionCounters } from './AdhesionCounters';
import { InviteFirmsForm } from './InviteFirmsForm';
import './adhesions.css';
import { useLiveAdhesions } from './useLiveAdhesions';

const AdhesionsAccessQuery = graphql(`
  query AdhesionsAccess {
    me {
      permissions {
        viewerCanReadAdhesions
        viewerCanManageAdhesions
      }
    }
  }
`);

/** A page of the board's adhesions: the first one and each "show more" read the same (spread with `@unmask`). */
export const AdhesionsPage_AdhesionConnectionFragment = graphql(`
  fragment AdhesionsPage_AdhesionConnectionFragment on AdhesionConnection {
    totalCount
    pageInfo {
      ...ShowMore_PageInfoFragment @unmask
    }
    edges {
      cursor
      node {
        id
        ...AdhesionBoard_AdhesionFragment
      }
    }
  }
`);

// `first` and `filter` are the cache key of the list (see apollo.ts): keep `first` the same below.
const AdhesionsPageQuery = graphql(`
  query AdhesionsPage($filter: AdhesionFilter) {
    adhesionCounters {
      ...AdhesionCounters_AdhesionCountersFragment
    }
    adhesionHamlets
    adhesions(filter: $filter, first: 100) {
      ...AdhesionsPage_AdhesionConnectionFragment @unmask
    }
  }
`);

const MoreAdhesionsQuery = graphql(`
  query AdhesionsPageMore($filter: AdhesionFilter, $after: String!) {
    adhesions(filter: $filter, first: 100, after: $after) {
      ...AdhesionsPage_AdhesionConnectionFragment @unmask
    }
  }
`);

/** CONSULTANT and ADMIN manage the pipeline; CHAMBER reads it; anyone else is turned away. */
export function AdhesionsPage() {
  const access = useQuery(AdhesionsAccessQuery);
  const permissions = access.data?.me?.permissions;
  if (!permissions) return access.error ? <ForbiddenPage /> : <LoadingState />;
  if (!permissions.viewerCanReadAdhesions) return <ForbiddenPage />;
  return <AdhesionsPageContent canManage={permissions.viewerCanManageAdhesions} />;
}

function AdhesionsPageContent({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation('adhesions');
  const format = useFormat();
  const title = t('title');
  useDocumentTitle(title);
  const [filter, setFilter] = useState<AdhesionFilter>({});
  const [draft, setDraft] = useState({ search: '', kind: '', hamlet: '' });
  const [moved, setMoved] = useState<string | null>(null);
  const result = useQuery(AdhesionsPageQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  useLiveAdhesions(['AdhesionsPage']);

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      search: draft.search.trim() || null,
      kinds: draft.kind ? [draft.kind as FirmKind] : null,
      hamlets: draft.hamlet ? [draft.hamlet] : null,
    });
  };

  return (
    <>
      <PageHeader title={title} description={t('intro')} />
      <div className="stack">
        {!canManage && <Notice>{t('readOnly')}</Notice>}
        <SuccessStatus message={moved} />
        <QueryState result={result}>
          {(data) => (
            <>
              <AdhesionCounters counters={data.adhesionCounters} />
              {canManage && (
                <Card title={t('invite.heading')}>
                  <InviteFirmsForm hamlets={data.adhesionHamlets} />
                </Card>
              )}
              <Card title={t('filters.heading')}>
                <form className="filters" role="search" onSubmit={applyFilter}>
                  <TextField
                    label={t('filters.search')}
                    type="search"
                    value={draft.search}
                    onChange={(e) => setDraft((d) => ({ ...d, search: e.target.value }))}
                  />
                  <Select
                    label={t('filters.kind')}
                    value={draft.kind}
                    placeholder={t('filters.all')}
                    options={FIRM_KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
                    onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value }))}
                  />
                  <Select
                    label={t('filters.hamlet')}
                    value={draft.hamlet}
                    placeholder={t('filters.allHamlets')}
                    options={data.adhesionHamlets.map((h) => ({ value: h, label: h }))}
                    onChange={(e) => setDraft((d) => ({ ...d, hamlet: e.target.value }))}
                  />
                  <Button type="submit" variant="secondary">
                    {t('filters.apply')}
                  </Button>
                </form>
              </Card>
              <AdhesionBoard
                adhesions={data.adhesions.edges.map((e) => e.node)}
                canManage={canManage}
                onMoved={setMoved}
              />
              {data.adhesions.pageInfo.hasNextPage && (
                <>
                  <p className="muted">
                    {t('board.showing', {
                      shown: format.number(data.adhesions.edges.length),
                      total: format.number(data.adhesions.totalCount),
                    })}
                  </p>
                  <ShowMore
                    label={t('board.showMore')}
                    pageInfo={data.adhesions.pageInfo}
                    loadMore={(after) =>
                      result.fetchMore({ query: MoreAdhesionsQuery, variables: { filter, after } })
                    }
                  />
                </>
              )}
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}
