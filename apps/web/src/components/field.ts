import { useId } from 'react';

/** Ids that tie a label, a description and an error message to their control. */
export function useFieldIds(id: string | undefined, description: unknown, error: unknown) {
  const generated = useId();
  const controlId = id ?? generated;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, descriptionId, errorId, describedBy };
}
