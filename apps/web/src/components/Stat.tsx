import type { ReactNode } from 'react';

/** A grid of figure tiles: a description list, so each figure is read with its label. */
export function StatGrid({ children }: { children: ReactNode }) {
  return <dl className="stat-grid">{children}</dl>;
}

export interface StatProps {
  label: string;
  /** The figure, already formatted for the language. */
  value: ReactNode;
}

/** One figure tile; use inside StatGrid. */
export function Stat({ label, value }: StatProps) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{value}</dd>
    </div>
  );
}
