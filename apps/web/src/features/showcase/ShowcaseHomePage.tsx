import { useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { ShowMore } from '../../components/ShowMoreButton';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { Select } from '../../components/Select';
import { Stat, StatGrid } from '../../components/Stat';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { localName, sortedCountryGroups } from './countries';
import { FirmCard } from './FirmCard';
import { ClaimEntry } from '../claims/ClaimEntry';
import { PassportsCard } from './PassportsCard';
import { ShowcaseNav } from './ShowcaseNav';
import { usePageMeta } from './usePageMeta';
import './showcase.css';

const PAGE_SIZE = 24;

const ShowcaseHomeQuery = graphql(`
  query ShowcaseHome(
    $search: String
    $capabilityIds: [ID!]
    $exportMarkets: [String!]
    $minCapacity: Int
    $includeCeased: Boolean
    $first: Int
    $after: String
  ) {
    showcaseStats {
      firmCount
      showcaseFirmCount
      capabilityCount
      exportMarketCount
    }
    showcaseCapabilities {
      id
      labelIt
      labelEn
    }
    # Sorted by the server in each language: the page neither builds a collation nor asks again on a
    # change of language.
    marketsIt: showcaseExportMarkets(orderBy: NAME_IT) {
      code
      nameIt
      nameEn
    }
    marketsEn: showcaseExportMarkets(orderBy: NAME_EN) {
      code
      nameIt
      nameEn
    }
    showcaseFirms(
      search: $search
      capabilityIds: $capabilityIds
      exportMarkets: $exportMarkets
      minCapacity: $minCapacity
      includeCeased: $includeCeased
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...FirmCard_PublicFirmFragment
        }
      }
    }
    publishedPassports(first: 6) {
      id
      ...PassportsCard_PassportFragment
    }
  }
`);

/** The showcase's home: the district's story and figures, and the search of firms (filters in the URL). */
export function ShowcaseHomePage() {
  const { t } = useTranslation('showcase');
  const format = useFormat();
  const language = useLanguage();
  usePageMeta(t('home.title'), t('home.metaDescription'));
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const capability = params.get('capability') ?? '';
  const market = params.get('market') ?? '';
  const capacity = params.get('capacity') ?? '';
  const minCapacity = Number.parseInt(capacity, 10);
  const includeCeased = params.get('ceased') === '1';
  const variables = {
    includeCeased,
    search: search || null,
    capabilityIds: capability ? [capability] : null,
    exportMarkets: market ? [market] : null,
    minCapacity: Number.isFinite(minCapacity) && minCapacity >= 0 ? minCapacity : null,
    first: PAGE_SIZE,
  };
  const result = useQuery(ShowcaseHomeQuery, { variables });
  const markets = language === 'en' ? result.data?.marketsEn : result.data?.marketsIt;
  const countries = useMemo(
    () =>
      sortedCountryGroups(
        (markets ?? []).map((m) => ({ value: m.code, label: localName(m, language) })),
        { usual: t('countries.usual'), all: t('countries.allMarkets') },
      ),
    [markets, language, t],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const [key, name] of [
      ['q', 'q'],
      ['capability', 'capability'],
      ['market', 'market'],
      ['capacity', 'capacity'],
    ] as const) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(key, value);
    }
    if (form.get('ceased')) next.set('ceased', '1');
    setParams(next);
  };

  return (
    <div className="showcase">
      <ShowcaseNav />
      <PageHeader title={t('home.title')} description={t('home.story')} />
      <QueryState result={result}>
        {(data) => (
          <>
            <Card title={t('home.figures')}>
              <StatGrid>
                <Stat label={t('home.firmCount')} value={format.number(data.showcaseStats.firmCount)} />
                <Stat
                  label={t('home.showcaseFirmCount')}
                  value={format.number(data.showcaseStats.showcaseFirmCount)}
                />
                <Stat
                  label={t('home.capabilityCount')}
                  value={format.number(data.showcaseStats.capabilityCount)}
                />
                <Stat
                  label={t('home.exportMarketCount')}
                  value={format.number(data.showcaseStats.exportMarketCount)}
                />
              </StatGrid>
            </Card>
            <ClaimEntry />
            <PassportsCard passports={data.publishedPassports} />
            <Card title={t('search.heading')}>
              <form role="search" className="form showcase-search" onSubmit={onSubmit}>
                <TextField label={t('search.text')} name="q" defaultValue={search} />
                <Select
                  label={t('search.capability')}
                  name="capability"
                  defaultValue={capability}
                  placeholder={t('search.anyCapability')}
                  options={data.showcaseCapabilities.map((c) => ({
                    value: c.id,
                    label: language === 'en' ? c.labelEn : c.labelIt,
                  }))}
                />
                <Select
                  label={t('search.exportMarket')}
                  name="market"
                  defaultValue={market}
                  placeholder={t('search.anyMarket')}
                  options={[]}
                  groups={countries}
                />
                <TextField
                  label={t('search.minCapacity')}
                  name="capacity"
                  type="number"
                  min={0}
                  inputMode="numeric"
                  defaultValue={capacity}
                />
                <label className="checkbox">
                  <input type="checkbox" name="ceased" value="1" defaultChecked={includeCeased} />
                  <span>{t('search.includeCeased')}</span>
                </label>
                <Button type="submit">{t('search.submit')}</Button>
              </form>
              <p role="status" className="muted">
                {t('search.results', { count: data.showcaseFirms.totalCount })}
              </p>
              {data.showcaseFirms.edges.length === 0 ? (
                <EmptyState message={t('search.empty')} />
              ) : (
                <ul className="showcase-results">
                  {data.showcaseFirms.edges.map((e) => (
                    <FirmCard key={e.node.id} firm={e.node} />
                  ))}
                </ul>
              )}
              <ShowMore
                label={t('search.more')}
                pageInfo={data.showcaseFirms.pageInfo}
                loadMore={(after) =>
                  result.fetchMore({
                    variables: { ...variables, after },
                    updateQuery: (prev, { fetchMoreResult }) => ({
                      ...fetchMoreResult,
                      showcaseFirms: {
                        ...fetchMoreResult.showcaseFirms,
                        edges: [...prev.showcaseFirms.edges, ...fetchMoreResult.showcaseFirms.edges],
                      },
                    }),
                  })
                }
              />
            </Card>
          </>
        )}
      </QueryState>
    </div>
  );
}
