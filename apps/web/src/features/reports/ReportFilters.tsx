import { FIRM_KINDS } from '@filiera/shared';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { graphql } from '../../gql';
import type { FirmKind, ReportFilter, ReportMembership } from '../../gql/graphql';
import { focusField } from '../../lib/focus-field';

const ReportHamletsQuery = graphql(`
  query ReportHamlets {
    firmFilterOptions {
      hamlets
    }
  }
`);

/**
 * The filters of the whole page. They apply on submit, so the address changes once per choice and the
 * back button steps through the filters a person tried.
 */
export function ReportFilters({
  filter,
  onApply,
}: {
  filter: ReportFilter;
  onApply(filter: ReportFilter): void;
}) {
  const { t } = useTranslation('reports');
  const [kinds, setKinds] = useState<string[]>(filter.kinds ?? []);
  const [hamlets, setHamlets] = useState<string[]>(filter.hamlets ?? []);
  // The hamlets that have firms, plus any the address names (a saved view may name one since emptied).
  const known = useQuery(ReportHamletsQuery).data?.firmFilterOptions.hamlets ?? [];
  const hamletOptions = [...new Set([...known, ...hamlets])].map((h) => ({ value: h, label: h }));
  const [dateError, setDateError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const from = text('from') || null;
    const to = text('to') || null;
    if (from && to && to < from) {
      setDateError(t('filters.toBeforeFrom'));
      focusField(event.currentTarget, 'to');
      return;
    }
    setDateError(null);
    const membership = text('membership');
    onApply({
      kinds: kinds as FirmKind[],
      hamlets,
      adhesionStatuses: filter.adhesionStatuses ?? [],
      membership:
        membership === 'MEMBERS' || membership === 'NON_MEMBERS' ? (membership as ReportMembership) : null,
      from,
      to,
    });
  };

  return (
    <form className="report-filters" aria-label={t('filters.heading')} noValidate onSubmit={onSubmit}>
      <CheckboxGroup
        legend={t('filters.kinds')}
        name="kind"
        options={FIRM_KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
        value={kinds}
        onChange={setKinds}
      />
      <div className="report-filters__hamlets">
        <CheckboxGroup
          legend={t('filters.hamlet')}
          name="hamlet"
          options={hamletOptions}
          value={hamlets}
          onChange={setHamlets}
        />
      </div>
      <div className="report-filters__fields">
        <Select
          label={t('filters.membership')}
          name="membership"
          defaultValue={filter.membership ?? ''}
          placeholder={t('filters.membershipAll')}
          options={[
            { value: 'MEMBERS', label: t('filters.MEMBERS') },
            { value: 'NON_MEMBERS', label: t('filters.NON_MEMBERS') },
          ]}
        />
        <DateField label={t('filters.from')} name="from" defaultValue={filter.from} />
        <DateField label={t('filters.to')} name="to" defaultValue={filter.to} error={dateError} />
      </div>
      <div className="report-filters__actions">
        <Button type="submit">{t('filters.apply')}</Button>
        <Button
          variant="secondary"
          onClick={() =>
            onApply({ kinds: [], hamlets: [], adhesionStatuses: [], membership: null, from: null, to: null })
          }
        >
          {t('filters.clear')}
        </Button>
      </div>
    </form>
  );
}
