import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import type { useFieldIds } from './field';

export interface FieldFrameProps {
  ids: ReturnType<typeof useFieldIds>;
  label: string;
  description?: ReactNode;
  error?: string | null;
  className?: string;
  /** The control, with `ids.controlId` as its id and `ids.describedBy` as its aria-describedby. */
  children: ReactNode;
}

/** What every labelled field shares: the label, the description, the control and its error. */
export function FieldFrame({ ids, label, description, error, className, children }: FieldFrameProps) {
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      {description && (
        <p className="field__description" id={ids.descriptionId}>
          {description}
        </p>
      )}
      {children}
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
