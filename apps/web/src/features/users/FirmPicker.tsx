import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSettled } from '../../lib/useSettled';
import { useTranslation } from 'react-i18next';
import { Select, type SelectOption } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';

export const FirmPicker_FirmFragment = graphql(`
  fragment FirmPicker_FirmFragment on Firm {
    id
    legalName
    vatNumber
    hamlet
  }
`);

const FirmPickerQuery = graphql(`
  query FirmPicker($search: String!) {
    firms(search: $search, first: 10) {
      totalCount
      edges {
        node {
          id
          ...FirmPicker_FirmFragment
        }
      }
    }
  }
`);

const MIN_SEARCH = 2;
const DEBOUNCE_MS = 250;

function firmLabel(firm: { legalName: string; vatNumber: string; hamlet?: string | null }): string {
  return [firm.legalName, firm.vatNumber, firm.hamlet].filter(Boolean).join(' · ');
}

/**
 * Chooses a firm of the registry: a search box (name or Partita IVA) and a list of the first matches.
 * Two plain controls instead of a combobox, so keyboards and screen readers need nothing special.
 */
export function FirmPicker({
  legend,
  value,
  onChange,
  error,
}: {
  /** What the chosen firm is to the form: "the person's firm", "the supplier"… */
  legend: string;
  value: string;
  onChange: (firmId: string) => void;
  error?: string | null;
}) {
  const { t } = useTranslation('users');
  const format = useFormat();
  const [text, setText] = useState('');
  // The chosen firm stays in the list when a new search does not find it.
  const [chosen, setChosen] = useState<SelectOption | null>(null);

  const search = useSettled(text.trim(), DEBOUNCE_MS);

  const searching = search.length >= MIN_SEARCH;
  const { data, loading } = useQuery(FirmPickerQuery, { variables: { search }, skip: !searching });
  const firms = searching
    ? getFragmentData(FirmPicker_FirmFragment, data?.firms.edges.map((e) => e.node) ?? [])
    : [];
  const total = searching ? (data?.firms.totalCount ?? 0) : 0;

  const options: SelectOption[] = firms.map((f) => ({ value: f.id, label: firmLabel(f) }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);

  let status = t('firmPicker.typeToSearch');
  if (searching && loading) status = t('firmPicker.searching');
  else if (searching && total === 0) status = t('firmPicker.none');
  else if (searching) {
    status = t('firmPicker.found', { count: total });
    if (total > firms.length) {
      status += ` ${t('firmPicker.foundMore', { shown: format.number(firms.length), total: format.number(total) })}`;
    }
  }

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <TextField
        label={t('firmPicker.search')}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        description={t('firmPicker.searchHint')}
        autoComplete="off"
      />
      <p className="field__description" role="status">
        {status}
      </p>
      <Select
        label={t('firmPicker.select')}
        name="firmId"
        value={value}
        placeholder={t('firmPicker.choose')}
        options={options}
        error={error}
        onChange={(e) => {
          const picked = options.find((o) => o.value === e.target.value) ?? null;
          setChosen(picked);
          onChange(e.target.value);
        }}
      />
    </fieldset>
  );
}
