import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n/format';
import { cx } from '../../lib/cx';
import './ateco-picker.css';

const AtecoSearchQuery = graphql(`
  query AtecoPickerSearch($search: String!) {
    atecoCodes(search: $search, first: 10) {
      totalCount
      edges {
        node {
          code
          titleIt
          titleEn
        }
      }
    }
  }
`);

const AtecoChipQuery = graphql(`
  query AtecoPickerChip($code: String!) {
    atecoCode(code: $code) {
      code
      titleIt
      titleEn
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

/** Waits for typing to pause before searching, so each keystroke does not cost a request. */
function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
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
 * A combobox (ARIA 1.2 pattern): arrows move through the listbox, Enter adds, Escape closes; the active
 * option is announced through aria-activedescendant while focus stays in the input.
 */
export function AtecoPicker({ value, onChange, label, error, id, name }: AtecoPickerProps) {
  const { t } = useTranslation('registryImport');
  const language = useLanguage();
  const generated = useId();
  const inputId = id ?? generated;
  const listboxId = `${inputId}-listbox`;
  const helpId = `${inputId}-help`;
  const errorId = `${inputId}-error`;
  const statusId = `${inputId}-status`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebounced(text.trim(), 200);
  const enabled = search.length >= 2;
  const { data, loading } = useQuery(AtecoSearchQuery, { variables: { search }, skip: !enabled });
  const options = enabled ? (data?.atecoCodes.edges.map((e) => e.node) ?? []) : [];
  const showList = open && enabled && options.length > 0;

  const choose = (code: string) => {
    if (!value.includes(code)) onChange([...value, code]);
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      const option = showList ? options[active] : undefined;
      if (option) {
        event.preventDefault();
        choose(option.code);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  const status = !enabled
    ? ''
    : loading
      ? t('ateco.loading')
      : options.length === 0
        ? t('ateco.noResults')
        : t('ateco.results', { count: data?.atecoCodes.totalCount ?? options.length });

  return (
    <div className={cx('field', 'ateco-picker', error && 'field--invalid')}>
      <label className="field__label" htmlFor={inputId}>
        {label ?? t('ateco.label')}
      </label>
      <p className="field__description" id={helpId}>
        {t('ateco.help')}
      </p>
      {value.length > 0 && (
        <ul className="ateco-picker__chips" aria-label={t('ateco.selected')}>
          {value.map((code) => (
            <AtecoChip key={code} code={code} onRemove={() => onChange(value.filter((c) => c !== code))} />
          ))}
        </ul>
      )}
      <input
        id={inputId}
        name={name}
        className="field__control"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('ateco.placeholder')}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listboxId}
        aria-activedescendant={showList && active >= 0 ? `${listboxId}-${active}` : undefined}
        aria-describedby={[helpId, statusId, error ? errorId : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listboxId}
        role="listbox"
        className="ateco-picker__listbox"
        hidden={!showList}
        aria-label={label ?? t('ateco.label')}
      >
        {showList &&
          options.map((o, i) => (
            <li
              key={o.code}
              id={`${listboxId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="ateco-picker__option"
              // mousedown, not click: it runs before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o.code);
              }}
            >
              <span className="ateco-picker__code">{o.code}</span>
              {language === 'en' ? o.titleEn : o.titleIt}
            </li>
          ))}
      </ul>
      <p id={statusId} className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
