import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useFieldIds } from './field';
import { FieldFrame } from './FieldFrame';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectProps extends Omit<ComponentPropsWithRef<'select'>, 'children'> {
  label: string;
  options: readonly SelectOption[];
  /** Groups shown after `options`, each under its own heading (e.g. usual markets, then every country). */
  groups?: readonly SelectOptionGroup[];
  /** A first, empty option such as "Choose a role". */
  placeholder?: string;
  description?: ReactNode;
  error?: string | null;
}

/** A labelled native select, wired like TextField. */
export function Select({
  label,
  options,
  groups = [],
  placeholder,
  description,
  error,
  id,
  className,
  ...select
}: SelectProps) {
  const ids = useFieldIds(id, description, error);
  return (
    <FieldFrame ids={ids} label={label} description={description} error={error} className={className}>
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
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              // Grouped options are country lists (Intl.DisplayNames), whose names differ slightly between
              // the server's ICU and the browser's: a server-rendered page keeps the server's until used.
              <option key={o.value} value={o.value} suppressHydrationWarning>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}
