import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../lib/cx';
import { useFieldIds } from './field';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  label: string;
  description?: ReactNode;
  error?: string | null;
}

/** A labelled multi-line text field, wired like TextField. */
export function TextArea({ label, description, error, id, className, ...textarea }: TextAreaProps) {
  const ids = useFieldIds(id, description, error);
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
      <textarea
        id={ids.controlId}
        className="field__control"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...textarea}
      />
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
