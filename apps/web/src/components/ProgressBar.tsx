import { useId } from 'react';
import './ProgressBar.css';

export interface ProgressBarProps {
  /** Names the bar, e.g. "Progress". */
  label: string;
  value: number;
  max: number;
  /** The value in words for screen readers and sight, e.g. "1.200 of 50.000" (already formatted). */
  valueText: string;
  /** What is going on, shown above the bar. */
  description?: string;
}

/** A determinate progress bar: role=progressbar with aria-valuenow, and the value also written out. */
export function ProgressBar({ label, value, max, valueText, description }: ProgressBarProps) {
  const labelId = useId();
  const safeMax = Math.max(max, 1);
  const now = Math.min(Math.max(value, 0), safeMax);
  return (
    <div className="progress">
      <span id={labelId} className="field__label">
        {label}
        {description ? `: ${description}` : ''}
      </span>
      <div
        className="progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={now}
        aria-valuetext={valueText}
      >
        <div className="progress__fill" style={{ width: `${(now / safeMax) * 100}%` }} />
      </div>
      <span className="muted tabular" aria-hidden="true">
        {valueText}
      </span>
    </div>
  );
}
