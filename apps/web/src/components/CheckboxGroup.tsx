import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { useFieldIds } from './field';

export interface CheckboxOption {
  value: string;
  label: string;
}

export interface CheckboxGroupProps {
  /** The group's legend. */
  legend: string;
  /** Id of the first checkbox, so a link can move focus to the group. */
  id?: string;
  name: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange(value: string[]): void;
  description?: ReactNode;
  error?: string | null;
}

/** A fieldset of checkboxes for a multiple choice; its description and error are read with each box. */
export function CheckboxGroup({
  legend,
  id,
  name,
  options,
  value,
  onChange,
  description,
  error,
}: CheckboxGroupProps) {
  const ids = useFieldIds(id, description, error);
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset className={cx('fieldset', 'checkbox-group', error && 'field--invalid')}>
      <legend className="fieldset__legend">{legend}</legend>
      {description && (
        <p className="field__description" id={ids.descriptionId}>
          {description}
        </p>
      )}
      <div className="checkbox-group__options">
        {options.map((o, index) => (
          <label key={o.value} className="checkbox-group__option">
            <input
              type="checkbox"
              id={index === 0 ? ids.controlId : undefined}
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={ids.describedBy}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
