import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyWithTranslations } from '../../i18n/lazy';
import './search.css';

/** The palette's code and strings come only when it is first opened, not with the first page. */
const SearchPalette = lazyWithTranslations(
  ['search', 'contract', 'tasks', 'plan'],
  () => import('./SearchPalette'),
  (m) => m.SearchPalette,
);

/** Whether a key press is the search shortcut: Ctrl-K, or ⌘K on a Mac. */
export const isSearchShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';

/**
 * The shell's search field: a button that looks like one, and Ctrl-K / ⌘K anywhere, both opening the
 * search palette (SearchPalette). Focus goes back to the button when the palette closes.
 */
export function SearchTrigger() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="search-trigger"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => setOpen(true)}
      >
        <span className="search-trigger__label">{t('nav.search')}</span>
        <kbd className="search-trigger__keys" aria-hidden="true">
          {t('nav.searchShortcut')}
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchPalette onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
