import { ADHESION_STATUSES, FIRM_KINDS } from '@filiera/shared';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Select, type SelectOption } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { filterOf, NO_ADHESION, stateFromParams, type DirectoryState } from './directory-params';

const DirectoryFacetsQuery = graphql(`
  query DirectoryFacets($filter: FirmFilter, $search: String) {
    firmFacets(filter: $filter, search: $search) {
      kinds {
        value
        count
      }
      capabilities {
        value
        count
      }
      hamlets {
        value
        count
      }
      adhesionStatuses {
        value
        count
      }
      certifications {
        value
        count
      }
      exportMarkets {
        value
        count
      }
      employeesRanges {
        min
        max
        count
      }
      ceasedCount
    }
    capabilities {
      id
      labelIt
      labelEn
    }
  }
`);

type Facet = readonly { value: string; count: number }[] | undefined;

/**
 * The directory's search and its filters as facets: each a list of the values in use with the number of
 * firms picking it would list, given the search and the other filters. A facet applies when picked; the
 * search applies on submit.
 */
export function DirectoryFilters({
  applied,
  onApply,
}: {
  applied: DirectoryState;
  onApply(next: DirectoryState): void;
}) {
  const { t } = useTranslation('firms');
  const format = useFormat();
  const { language } = format;
  const [search, setSearch] = useState(applied.search);
  const result = useQuery(DirectoryFacetsQuery, {
    variables: { filter: filterOf(applied), search: applied.search.trim() || null },
  });
  // Keep the last counts on screen while the new ones load, so the lists do not flicker.
  const data = result.data ?? result.previousData;
  const facets = data?.firmFacets;

  const pick = (patch: Partial<DirectoryState>) => onApply({ ...applied, search, ...patch });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    pick({});
  };
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('directory.facetOption', { label, count });

  /**
   * A facet's options: `fixed` values in their order (an enum), or the values in use sorted by label;
   * the picked value stays listed even when it would list nobody.
   */
  const options = (
    facet: Facet,
    selected: string,
    label: (value: string) => string,
    fixed?: readonly string[],
  ): SelectOption[] => {
    const counts = new Map((facet ?? []).map((v) => [v.value, v.count]));
    const values = [...(fixed ?? counts.keys())];
    if (selected && !values.includes(selected)) values.push(selected);
    const list = values.map((value) => ({
      value,
      label: withCount(label(value), facet ? (counts.get(value) ?? 0) : undefined),
    }));
    return fixed ? list : list.sort((a, b) => format.compare(a.label, b.label));
  };

  const capabilityLabels = new Map(
    (data?.capabilities ?? []).map((c) => [c.id, language === 'en' ? c.labelEn : c.labelIt]),
  );
  const rangeLabel = (min: string, max: string) =>
    max
      ? t('directory.employeesRange', { min: Number(min), max: Number(max) })
      : t('directory.employeesFrom', { min: Number(min) });
  const range =
    applied.employeesMin || applied.employeesMax
      ? `${applied.employeesMin || 0}-${applied.employeesMax}`
      : '';
  const rangeOptions = (facets?.employeesRanges ?? []).map((r) => ({
    value: `${r.min}-${r.max ?? ''}`,
    label: withCount(
      rangeLabel(String(r.min), r.max === null || r.max === undefined ? '' : String(r.max)),
      r.count,
    ),
  }));
  if (range && !rangeOptions.some((o) => o.value === range)) {
    const [min = '0', max = ''] = range.split('-');
    rangeOptions.push({ value: range, label: rangeLabel(min, max) });
  }
  const any = t('directory.any');

  return (
    <Card title={t('directory.filters')}>
      <form className="directory-filters" role="search" onSubmit={onSubmit}>
        <TextField
          className="directory-filters__search"
          type="search"
          label={t('directory.search')}
          placeholder={t('directory.searchPlaceholder')}
          value={search}
          maxLength={100}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select
          label={t('directory.kind')}
          value={applied.kind}
          placeholder={any}
          options={options(
            facets?.kinds,
            applied.kind,
            (k) => t(`enums.FirmKind.${k as (typeof FIRM_KINDS)[number]}`),
            FIRM_KINDS,
          )}
          onChange={(e) => pick({ kind: e.target.value })}
        />
        <Select
          label={t('directory.capability')}
          value={applied.capabilityId}
          placeholder={any}
          options={options(
            facets?.capabilities,
            applied.capabilityId,
            (id) => capabilityLabels.get(id) ?? id,
          )}
          onChange={(e) => pick({ capabilityId: e.target.value })}
        />
        <Select
          label={t('directory.hamlet')}
          value={applied.hamlet}
          placeholder={any}
          options={options(facets?.hamlets, applied.hamlet, (h) => h)}
          onChange={(e) => pick({ hamlet: e.target.value })}
        />
        <Select
          label={t('directory.membership')}
          value={applied.membership}
          placeholder={any}
          options={options(
            facets?.adhesionStatuses,
            applied.membership,
            (s) =>
              s === NO_ADHESION
                ? t('directory.noAdhesion')
                : t(`enums.AdhesionStatus.${s as (typeof ADHESION_STATUSES)[number]}`),
            [NO_ADHESION, ...ADHESION_STATUSES],
          )}
          onChange={(e) => pick({ membership: e.target.value })}
        />
        <Select
          label={t('directory.certification')}
          value={applied.certification}
          placeholder={any}
          options={options(facets?.certifications, applied.certification, (c) => c)}
          onChange={(e) => pick({ certification: e.target.value })}
        />
        <Select
          label={t('directory.exportMarket')}
          value={applied.exportMarket}
          placeholder={any}
          options={options(facets?.exportMarkets, applied.exportMarket, format.country)}
          onChange={(e) => pick({ exportMarket: e.target.value })}
        />
        <Select
          label={t('directory.employees')}
          value={range}
          placeholder={any}
          options={rangeOptions}
          onChange={(e) => {
            const [min = '', max = ''] = e.target.value.split('-');
            pick({ employeesMin: min, employeesMax: max });
          }}
        />
        <label className="directory-filters__ceased">
          <input
            type="checkbox"
            checked={applied.includeCeased === 'true'}
            onChange={(e) => pick({ includeCeased: e.target.checked ? 'true' : '' })}
          />
          {withCount(t('directory.includeCeased'), facets?.ceasedCount)}
        </label>
        <div className="form__actions directory-filters__actions">
          <Button type="submit">{t('directory.apply')}</Button>
          <Button
            variant="quiet"
            onClick={() => {
              setSearch('');
              onApply(stateFromParams(new URLSearchParams()));
            }}
          >
            {t('directory.reset')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
