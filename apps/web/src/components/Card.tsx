import { useId, type ReactNode } from 'react';
import { cx } from '../lib/cx';

export interface CardProps {
  /** The card's heading; the card becomes a region named by it. */
  title?: string;
  headingLevel?: 2 | 3;
  /** Controls shown beside the heading, e.g. a link to the full list. */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A bordered section of a page. */
export function Card({ title, headingLevel = 2, actions, className, children }: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={cx('card', className)} aria-labelledby={title ? headingId : undefined}>
      {(title || actions) && (
        <div className="card__header">
          {title && (
            <Heading id={headingId} className="card__title">
              {title}
            </Heading>
          )}
          {actions && <div className="card__actions">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
