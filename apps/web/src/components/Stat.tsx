import type { ReactNode } from 'react';

/** A grid of figure tiles: a description list, so each figure is read with its label. */
export function StatGrid({ children }: { children: ReactNode }) {
  return <dl className="stat-grid">{children}</dl>;
}

export interface StatProps {
  label: string;
  /** The figure, already formatted for the language. */
  value: ReactNode;
  /** What the figure is made of ("35 of 6,350"), in small type under it, so every tile's figure stays short. */
  detail?: ReactNode;
}

/** One figure tile; use inside StatGrid. */
export function Stat({ label, value, detail }: StatProps) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">
        {value}
        {detail && <span className="stat__detail">{detail}</span>}
      </dd>
    </div>
  );
}
