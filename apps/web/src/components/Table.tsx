import { useId, type ReactNode } from 'react';

export interface TableProps {
  /** Names the table (and its scrolling region on narrow screens). */
  caption: string;
  /** Keep the caption for screen readers only when a visible heading already says the same. */
  captionHidden?: boolean;
  children: ReactNode;
}

/**
 * A data table that scrolls sideways on narrow screens; the scrolling region is focusable and named so
 * keyboard users can scroll it too. Use <th scope="col"> and <th scope="row"> inside.
 */
export function Table({ caption, captionHidden = false, children }: TableProps) {
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
