import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../lib/cx';
import { useFieldIds } from './field';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'> {
  label: string;
  /** Help shown under the label and read with the field. */
  description?: ReactNode;
  /** The problem with the value; marks the field invalid and is read with it. */
  error?: string | null;
}

/** A labelled input whose description and error are announced with it (aria-describedby, aria-invalid). */
export function TextField({ label, description, error, id, className, ...input }: TextFieldProps) {
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
      <input
        id={ids.controlId}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
