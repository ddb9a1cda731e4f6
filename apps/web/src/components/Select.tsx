import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../lib/cx';
import { useFieldIds } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<ComponentPropsWithRef<'select'>, 'children'> {
  label: string;
  options: readonly SelectOption[];
  /** A first, empty option such as "Choose a role". */
  placeholder?: string;
  description?: ReactNode;
  error?: string | null;
}

/** A labelled native select, wired like TextField. */
export function Select({
  label,
  options,
  placeholder,
  description,
  error,
  id,
  className,
  ...select
}: SelectProps) {
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
      <select
        id={ids.controlId}
        className="field__control field__control--select"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
