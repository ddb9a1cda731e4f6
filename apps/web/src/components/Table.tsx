import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

export interface TableProps {
  /** Names the table (and its scrolling region on narrow screens). */
  caption: string;
  /** Keep the caption for screen readers only when a visible heading already says the same. */
  captionHidden?: boolean;
  /**
   * On a phone (below 40rem) show each row as a card, each cell under its column's heading, instead of
   * a table that scrolls sideways. For tables of few columns whose rows read well one by one.
   */
  stacked?: boolean;
  /** The column headings, when they are plain text (otherwise write the <thead> in `children`). */
  columns?: readonly string[];
  children: ReactNode;
}

/**
 * A data table that scrolls sideways on narrow screens; the scrolling region is focusable and named so
 * keyboard users can scroll it too. Use <th scope="col"> and <th scope="row"> inside. A `stacked` table
 * gives each body cell its column's heading (`data-label`, shown before the cell on phones).
 */
export function Table({ caption, captionHidden = false, stacked = false, columns, children }: TableProps) {
  const captionId = useId();
  const table = useRef<HTMLTableElement>(null);
  // After every render, so rows added later get their labels too (the headings are the page's own text).
  useLayoutEffect(() => {
    if (!stacked || !table.current) return;
    const headings = [...table.current.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    for (const row of table.current.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        const label = headings[i];
        if (label && cell.tagName === 'TD') cell.setAttribute('data-label', label);
      });
    }
  });
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table ref={table} className={stacked ? 'table table--stacked' : 'table'}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {columns && (
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
        )}
        {children}
      </table>
    </div>
  );
}
