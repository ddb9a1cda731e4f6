import { useCallback, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Notice';
import { describeError, fieldReasonsOf, type Problem } from './api-errors';
import { focusField } from './focus-field';
import { useErrorMessage } from './useErrorMessage';

export interface FormProblem<F extends string> {
  /** What the API refused last (null before a submission or after `setProblem(null)`). */
  problem: Problem | null;
  setProblem: Dispatch<SetStateAction<Problem | null>>;
  /**
   * Keeps a failed submission's problem: each of `fields` next to its field, the rest above the form.
   * Returns it, for a form that acts on a particular refusal.
   */
  fail(error: unknown): Problem;
  /**
   * The form's own check before sending: each message next to its field, the first such field focused,
   * the API's last problem cleared. True when something was refused (then do not send).
   */
  refuse(form: HTMLFormElement, messages: Partial<Record<F, string | null | false>>): boolean;
  /** Forgets what was refused about a field, the form's own message and the API's (the person is changing it). */
  forget(field: F): void;
  /** The message for a field in the current language (the form's own check first); null when none. */
  fieldMessage(field: F): string | null;
  /** A field's `name` and `error` props: `<TextField label={…} {...field('email')} />`. */
  field(name: F): { name: F; error: string | null };
  /** The alert above the form for what belongs to no field shown; null when there is none. */
  notice: ReactNode;
}

/** `message` for each of `fields` left blank in the form: what `refuse` takes for required fields. */
export function blankFields<F extends string>(
  form: HTMLFormElement,
  fields: readonly F[],
  message: string,
): Partial<Record<F, string>> {
  const data = new FormData(form);
  const blank = fields.filter((f) => String(data.get(f) ?? '').trim() === '');
  return Object.fromEntries(blank.map((f) => [f, message])) as Partial<Record<F, string>>;
}

export interface FormProblemOptions<F extends string> {
  /** The API's refusals by `reason` that have a message of their own, next to a field. */
  reasons?: Partial<Record<string, { field: F; message: string }>>;
  /** A message of the form's own for the API's `reason` about a field; null to use the common one. */
  fieldReason?(field: F, reason: string): string | null;
  /** The API's refusals by `reason` that read above the form, not next to the field they name. */
  formReasons?: Partial<Record<string, string>>;
}

/**
 * The one way a form keeps and shows what it refused itself and what the API refused (describeError +
 * field messages + alert).
 */
export function useFormProblem<F extends string>(
  fields: readonly F[] = [],
  options: FormProblemOptions<F> = {},
): FormProblem<F> {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const [apiReasons, setApiReasons] = useState<Partial<Record<string, string>>>({});
  const fieldList = fields.join('\n');
  const fail = useCallback(
    (error: unknown) => {
      const described = describeError(error, fieldList ? fieldList.split('\n') : []);
      setProblem(described);
      setApiReasons(fieldReasonsOf(error));
      return described;
    },
    [fieldList],
  );
  const refuse = (form: HTMLFormElement, messages: Partial<Record<F, string | null | false>>) => {
    const refused = Object.fromEntries(
      Object.entries(messages).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ) as Partial<Record<F, string>>;
    setLocal(refused);
    setProblem(null);
    const first = fields.find((f) => refused[f]) ?? (Object.keys(refused)[0] as F | undefined);
    if (first) focusField(form, first);
    return first !== undefined;
  };
  const forget = (field: F) => {
    setLocal(({ [field]: _gone, ...rest }) => rest as Partial<Record<F, string>>);
    setApiReasons(({ [field]: _gone, ...rest }) => rest);
    setProblem((p) => {
      if (!p?.fields[field]) return p;
      const { [field]: _removed, ...fieldMessages } = p.fields;
      return { ...p, fields: fieldMessages };
    });
  };
  const formReason = problem?.reason ? options.formReasons?.[problem.reason] : undefined;
  const fieldMessage = (field: F) => {
    if (local[field]) return local[field];
    if (formReason) return null;
    const byReason = problem?.reason ? options.reasons?.[problem.reason] : undefined;
    if (byReason?.field === field) return byReason.message;
    const reason = problem ? apiReasons[field] : undefined;
    const own = reason ? options.fieldReason?.(field, reason) : null;
    if (own) return own;
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };
  const notice =
    formReason || problem?.form ? (
      <Notice tone="error" role="alert">
        {formReason ?? errorMessage(problem?.form)}
      </Notice>
    ) : null;
  const field = (name: F) => ({ name, error: fieldMessage(name) });
  return { problem, setProblem, fail, refuse, forget, fieldMessage, field, notice };
}
