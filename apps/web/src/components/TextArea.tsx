import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useFieldIds } from './field';
import { FieldFrame } from './FieldFrame';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  label: string;
  description?: ReactNode;
  error?: string | null;
}

/** A labelled multi-line text field, wired like TextField. */
export function TextArea({ label, description, error, id, className, ...textarea }: TextAreaProps) {
  const ids = useFieldIds(id, description, error);
  return (
    <FieldFrame ids={ids} label={label} description={description} error={error} className={className}>
      <textarea
        id={ids.controlId}
        className="field__control"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...textarea}
      />
    </FieldFrame>
  );
}
