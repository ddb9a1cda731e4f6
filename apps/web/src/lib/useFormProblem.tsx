import { useCallback, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Notice';
import { describeError, type Problem } from './api-errors';
import { useErrorMessage } from './useErrorMessage';

export interface FormProblem<F extends string> {
  /** What the API refused last (null before a submission or after `setProblem(null)`). */
  problem: Problem | null;
  setProblem: Dispatch<SetStateAction<Problem | null>>;
  /** Keeps a failed submission's problem: each of `fields` next to its field, the rest above the form. */
  fail(error: unknown): void;
  /** The API's message for a field in the current language; null when it has none. */
  fieldMessage(field: F): string | null;
  /** The alert above the form for what belongs to no field shown; null when there is none. */
  notice: ReactNode;
}

/** The one way a form keeps and shows what the API refused (describeError + field messages + alert). */
export function useFormProblem<F extends string>(fields: readonly F[] = []): FormProblem<F> {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<Problem | null>(null);
  const fieldList = fields.join('\n');
  const fail = useCallback(
    (error: unknown) => setProblem(describeError(error, fieldList ? fieldList.split('\n') : [])),
    [fieldList],
  );
  const fieldMessage = (field: F) => {
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };
  const notice = problem?.form ? (
    <Notice tone="error" role="alert">
      {errorMessage(problem.form)}
    </Notice>
  ) : null;
  return { problem, setProblem, fail, fieldMessage, notice };
}
