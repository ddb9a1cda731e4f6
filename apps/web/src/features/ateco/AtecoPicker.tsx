import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSettled } from '../../lib/useSettled';
import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n/format';
import { cx } from '../../lib/cx';
import './ateco-picker.css';

/** What the picker shows of a code, in its options and its chips (both queries spread it with `@unmask`). */
export const AtecoPicker_AtecoCodeFragment = graphql(`
  fragment AtecoPicker_AtecoCodeFragment on AtecoCode {
    code
    titleIt
    titleEn
  }
`);

const AtecoSearchQuery = graphql(`
  query AtecoPickerSearch($search: String!) {
    atecoCodes(search: $search, first: 10) {
      totalCount
      edges {
        node {
          ...AtecoPicker_AtecoCodeFragment @unmask
        }
      }
    }
  }
`);

const AtecoChipQuery = graphql(`
  query AtecoPickerChip($code: String!) {
    atecoCode(code: $code) {
      ...AtecoPicker_AtecoCodeFragment @unmask
    }
  }
`);

export interface AtecoPickerProps {
  /** The chosen codes, e.g. ["15.20.10"]. */
  value: readonly string[];
  onChange(codes: string[]): void;
  /** Defaults to "Codici ATECO" / "ATECO codes". */
  label?: string;
  /** A message from the form or the API, shown under the field. */
  error?: string | null;
  id?: string;
  /** The input's name, so a form can focus it on error. */
  name?: string;
}

/** A chosen code with its title in the current language and a button to remove it. */
function AtecoChip({ code, onRemove }: { code: string; onRemove(): void }) {
  const { t } = useTranslation('registryImport');
  const language = useLanguage();
  const { data } = useQuery(AtecoChipQuery, { variables: { code } });
  const title = data?.atecoCode
    ? language === 'en'
      ? data.atecoCode.titleEn
      : data.atecoCode.titleIt
    : null;
  return (
    <li className="ateco-picker__chip">
      <span>
        <span className="ateco-picker__code">{code}</span>
        {title}
      </span>
      <button
        type="button"
        className="ateco-picker__remove"
        aria-label={t('ateco.remove', { code })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}

/**
 * ATECO 2025 codes, searched by code ("15.20") or words in the current language, chosen as chips.
 * React Aria's ComboBox over the search results (fetched as the person types): arrows move through the
 * options, Enter adds, Escape closes, and the active option is announced while focus stays in the input.
 */
export function AtecoPicker({ value, onChange, label, error, id, name }: AtecoPickerProps) {
  const { t } = useTranslation('registryImport');
  const language = useLanguage();
  const [text, setText] = useState('');
  const search = useSettled(text.trim(), 200);
  const enabled = search.length >= 2;
  const { data, loading } = useQuery(AtecoSearchQuery, { variables: { search }, skip: !enabled });
  const options = enabled ? (data?.atecoCodes.edges.map((e) => e.node) ?? []) : [];

  const status = !enabled
    ? ''
    : loading
      ? t('ateco.loading')
      : options.length === 0
        ? t('ateco.noResults')
        : t('ateco.results', { count: data?.atecoCodes.totalCount ?? options.length });

  return (
    <ComboBox
      className={cx('field', 'ateco-picker', error && 'field--invalid')}
      items={options}
      inputValue={text}
      onInputChange={setText}
      // Nothing stays selected: a chosen code becomes a chip and the input empties for the next search.
      selectedKey={null}
      onSelectionChange={(key) => {
        // null comes with typing (nothing chosen): the text stays.
        if (key === null) return;
        const code = String(key);
        if (!value.includes(code)) onChange([...value, code]);
        setText('');
      }}
      menuTrigger="input"
      // Open from the second character, saying "searching…" or "no code found" until options arrive;
      // closed again once a code is chosen and the input empties.
      allowsEmptyCollection={text.trim().length >= 2}
      isInvalid={error ? true : undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label ?? t('ateco.label')}</Label>
      <Text slot="description" className="field__description">
        {t('ateco.help')}
      </Text>
      {value.length > 0 && (
        <ul className="ateco-picker__chips" aria-label={t('ateco.selected')}>
          {value.map((code) => (
            <AtecoChip key={code} code={code} onRemove={() => onChange(value.filter((c) => c !== code))} />
          ))}
        </ul>
      )}
      <Input
        id={id}
        name={name}
        className="field__control"
        spellCheck={false}
        placeholder={t('ateco.placeholder')}
      />
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {error && <FieldError className="field__error">{error}</FieldError>}
      <Popover className="ateco-picker__popover" placement="bottom start">
        <ListBox
          className="ateco-picker__listbox"
          renderEmptyState={() => <p className="ateco-picker__empty">{status || t('ateco.loading')}</p>}
        >
          {(o: (typeof options)[number]) => (
            <ListBoxItem
              id={o.code}
              textValue={`${o.code} ${language === 'en' ? o.titleEn : o.titleIt}`}
              className="ateco-picker__option"
            >
              <span className="ateco-picker__code">{o.code}</span>
              {language === 'en' ? o.titleEn : o.titleIt}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
