import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSettled } from '../../lib/useSettled';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { SearchPaletteQuery } from '../../gql/graphql';
import { useFailureText } from '../../lib/useErrorMessage';

const SearchPaletteQueryDocument = graphql(`
  query SearchPalette($query: String!) {
    search(query: $query, first: 20) {
      kind
      id
      title
      titleEn
      detail
    }
  }
`);

type Result = SearchPaletteQuery['search'][number];

/** The page a result opens. */
export function resultPath(r: Pick<Result, 'kind' | 'id'>): string {
  switch (r.kind) {
    case 'FIRM':
      return `/firms/${r.id}`;
    case 'PERSON':
      return '/users';
    case 'TASK':
      return `/tasks/${r.id}`;
    case 'PLAN_ACTION':
      return `/plan/actions/${r.id}`;
    case 'CONTRACT_SECTION':
      return '/contract';
    case 'EVENT':
      return '/events';
  }
}

/**
 * The global search: a modal dialog with a combobox and its listbox (WAI-ARIA 1.2 pattern with
 * aria-activedescendant, so focus stays in the field): arrows move, Enter opens, Esc closes.
 */
export function SearchPalette(props: { onClose(): void }) {
  const { t, i18n } = useTranslation(['search', 'contract', 'tasks', 'plan']);
  const failureText = useFailureText();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [text, setText] = useState('');
  // The chosen result by kind and id, so new results choose their first one unless it is still there.
  const [chosen, setChosen] = useState<string | null>(null);
  const query = useSettled(text.trim(), 150);
  const enough = query.length >= 2;
  const { data, previousData, loading, error } = useQuery(SearchPaletteQueryDocument, {
    variables: { query },
    skip: !enough,
  });
  const results = enough ? ((data ?? previousData)?.search ?? []) : [];
  const english = i18n.resolvedLanguage === 'en';

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // showModal focuses the first control (the close button): the field is where typing goes.
    input.current?.focus();
    return () => d?.close();
  }, []);
  const keyOf = (r: Result) => `${r.kind}:${r.id}`;
  const active = Math.max(
    0,
    results.findIndex((r) => keyOf(r) === chosen),
  );
  const setActive = (i: number) => setChosen(results[i] ? keyOf(results[i]) : null);

  const open = (r: Result) => {
    props.onClose();
    void navigate(resultPath(r));
  };
  const title = (r: Result) =>
    r.kind === 'CONTRACT_SECTION'
      ? t('contract', { section: t(`contract:sections.${r.id}` as 'contract:sections.GENERAL') })
      : english && r.titleEn
        ? r.titleEn
        : r.title;
  const detail = (r: Result) =>
    r.kind === 'TASK'
      ? t(`tasks:status.${r.detail}` as 'tasks:status.TODO')
      : r.kind === 'PLAN_ACTION'
        ? t(`plan:actionStatus.${r.detail}` as 'plan:actionStatus.PLANNED')
        : r.detail;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    if (e.key === 'ArrowDown' && last >= 0) setActive(active >= last ? 0 : active + 1);
    else if (e.key === 'ArrowUp' && last >= 0) setActive(active <= 0 ? last : active - 1);
    else if (e.key === 'Home' && last >= 0 && e.ctrlKey) setActive(0);
    else if (e.key === 'End' && last >= 0 && e.ctrlKey) setActive(last);
    else if (e.key === 'Enter' && results[active]) open(results[active]);
    else return;
    e.preventDefault();
  };

  const status = !enough
    ? t('typeMore')
    : error
      ? failureText(error)
      : loading && !previousData
        ? t('searching')
        : results.length === 0
          ? t('none', { query })
          : t('count', { count: results.length });
  const optionId = (i: number) => `${ids}-option-${i}`;

  return (
    <dialog
      ref={dialog}
      className="dialog search-palette"
      aria-labelledby={`${ids}-title`}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
      onClick={(e) => {
        if (e.target === dialog.current) props.onClose(); // a click on the backdrop
      }}
    >
      <div className="search-palette__head">
        <h2 id={`${ids}-title`} className="search-palette__title">
          {t('title')}
        </h2>
        <button type="button" className="button button--secondary" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
      <label htmlFor={`${ids}-input`} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={`${ids}-input`}
        className="search-palette__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        ref={input}
        placeholder={t('placeholder')}
        aria-autocomplete="list"
        aria-expanded={results.length > 0}
        aria-controls={`${ids}-list`}
        aria-activedescendant={results[active] ? optionId(active) : undefined}
        aria-describedby={`${ids}-hint`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${ids}-hint`} className="search-palette__hint">
        {t('hint')}
      </p>
      <p role="status" className="search-palette__status">
        {status}
      </p>
      <ul id={`${ids}-list`} role="listbox" aria-label={t('results')} className="search-palette__list">
        {results.map((r, i) => (
          <li
            key={keyOf(r)}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search-palette__option"
            onMouseMove={() => setActive(i)}
            onClick={() => open(r)}
          >
            <span className="search-palette__kind">{t(`kind.${r.kind}`)}</span>
            <span className="search-palette__name">{title(r)}</span>
            {r.detail && <span className="search-palette__detail">{detail(r)}</span>}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
