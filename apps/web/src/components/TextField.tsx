import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useFieldIds } from './field';
import { FieldFrame } from './FieldFrame';

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
    <FieldFrame ids={ids} label={label} description={description} error={error} className={className}>
      <input
        id={ids.controlId}
        className="field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
    </FieldFrame>
  );
}

/** An e-mail address: the e-mail keyboard, no capitals or spelling fixes, `autoComplete` "email" unless told. */
export function EmailField(props: TextFieldProps) {
  return (
    <TextField
      type="email"
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      {...props}
    />
  );
}
