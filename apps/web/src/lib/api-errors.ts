import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';

/** Translation keys for form- and page-level problems (see `errors` in i18n/it.ts). */
export type ErrorKey =
  | 'errors.invalidCredentials'
  | 'errors.accountDeactivated'
  | 'errors.rateLimited'
  | 'errors.signInRequired'
  | 'errors.sessionExpired'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.invalidInput'
  | 'errors.network'
  | 'errors.unavailable'
  | 'errors.unexpected';

/** Reasons the API gives for a bad field that have their own message; anything else reads "invalid". */
const FIELD_REASONS = [
  'required',
  'too_small',
  'too_big',
  'invalid_format',
  'taken',
  'not_found',
  'not_allowed',
  'invalid_characters',
] as const;
/** Limits the API names ({ reason: too_big, origin: number, limit: 100 }) read "at most 100". */
export type FieldReason = (typeof FIELD_REASONS)[number] | 'invalid' | 'min' | 'max' | 'maxLength';

/**
 * Why a chosen password is too easy to guess: zxcvbn's warning keys, which the API passes on with
 * reason `weak` (`weak` itself when zxcvbn gives no warning).
 */
const PASSWORD_WARNINGS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
  'weak',
] as const;
export type PasswordWarning = (typeof PASSWORD_WARNINGS)[number];
export type FieldErrorKey = `errors.field.${FieldReason}` | `errors.password.${PasswordWarning}`;

/** A message to show: a translation key and its interpolation values (e.g. `count` minutes). */
export interface Message<K extends string = ErrorKey> {
  key: K;
  params?: Record<string, number | string>;
}

/** What a form shows for a failed operation. */
export interface Problem {
  /** The API's `extensions.code`, or NETWORK when no GraphQL answer came back. */
  code: string;
  /** Shown above the form (null when every problem belongs to a field the form shows). */
  form: Message | null;
  /** Shown next to each named field, keyed by the input's field path (e.g. "email"). */
  fields: Partial<Record<string, Message<FieldErrorKey>>>;
  /** The API's stable `reason` of the first error, e.g. EXPIRED for an invitation link. */
  reason: string | null;
}

export type UnauthenticatedReason = 'SESSION_EXPIRED' | 'SIGN_IN_REQUIRED';

interface FieldProblemExtension {
  field: string;
  reason: string;
  warning?: string;
  /** For too_big / too_small: the limit, and whether it bounds a number or a length. */
  limit?: number;
  origin?: string;
}

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

function stringExtension(error: GraphQLFormattedError | undefined, name: string): string | null {
  const value = error?.extensions?.[name];
  return typeof value === 'string' ? value : null;
}

function fieldProblems(error: GraphQLFormattedError): FieldProblemExtension[] {
  const raw = error.extensions?.fields;
  const problems: FieldProblemExtension[] = [];
  if (Array.isArray(raw)) {
    for (const item of raw as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { field, reason, warning, limit, origin } = item as Record<string, unknown>;
      if (typeof field === 'string')
        problems.push({
          field,
          reason: typeof reason === 'string' ? reason : '',
          ...(typeof warning === 'string' ? { warning } : {}),
          ...(typeof limit === 'number' ? { limit } : {}),
          ...(typeof origin === 'string' ? { origin } : {}),
        });
    }
  }
  const single = stringExtension(error, 'field');
  if (problems.length === 0 && single !== null) {
    problems.push({ field: single, reason: stringExtension(error, 'reason') ?? '' });
  }
  return problems;
}

/** The API's reason for each bad input field ({ endsAt: 'before_start' }), first problem per field. */
export function fieldReasonsOf(error: unknown): Partial<Record<string, string>> {
  const reasons: Partial<Record<string, string>> = {};
  for (const e of graphQLErrorsOf(error)) for (const p of fieldProblems(e)) reasons[p.field] ??= p.reason;
  return reasons;
}

function fieldMessage({ reason, warning, limit, origin }: FieldProblemExtension): Message<FieldErrorKey> {
  if (reason === 'weak') {
    const known = (PASSWORD_WARNINGS as readonly string[]).includes(warning ?? '') ? warning : 'weak';
    return { key: `errors.password.${known as PasswordWarning}` };
  }
  if (limit !== undefined && (reason === 'too_big' || reason === 'too_small')) {
    if (origin === 'number')
      return { key: reason === 'too_big' ? 'errors.field.max' : 'errors.field.min', params: { limit } };
    if (origin === 'string' && reason === 'too_big')
      return { key: 'errors.field.maxLength', params: { limit } };
  }
  const known = (FIELD_REASONS as readonly string[]).includes(reason) ? (reason as FieldReason) : 'invalid';
  return { key: `errors.field.${known}` };
}

/**
 * Whether an operation failed because nobody is signed in, and why. A wrong password at sign-in is also
 * UNAUTHENTICATED but is the form's business, not a reason to leave the page: it yields null (so does a
 * deactivated account's correct password).
 */
export function unauthenticatedReason(error: unknown): UnauthenticatedReason | null {
  let found: UnauthenticatedReason | null = null;
  for (const e of graphQLErrorsOf(error)) {
    if (e.extensions?.code !== 'UNAUTHENTICATED') continue;
    const reason = stringExtension(e, 'reason');
    if (reason === 'SESSION_EXPIRED') return 'SESSION_EXPIRED';
    if (reason !== 'INVALID_CREDENTIALS' && reason !== 'ACCOUNT_DEACTIVATED') found = 'SIGN_IN_REQUIRED';
  }
  return found;
}

/**
 * Whether an answer (a GraphQL result or a failed operation) says the API is temporarily unavailable:
 * SERVICE_UNAVAILABLE in its errors, or HTTP 503 from anything in between.
 */
export function isServiceUnavailable(answer: unknown): boolean {
  if (ServerError.is(answer)) return answer.statusCode === 503;
  const errors = CombinedGraphQLErrors.is(answer)
    ? answer.errors
    : (answer as FormattedExecutionResult | null)?.errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
}

/**
 * Maps a failed operation to what the person sees. `formFields` are the input fields the form shows:
 * a BAD_USER_INPUT problem on one of them goes next to it, any other goes above the form.
 */
export function describeError(error: unknown, formFields: readonly string[] = []): Problem {
  if (isServiceUnavailable(error)) {
    return { code: 'SERVICE_UNAVAILABLE', form: { key: 'errors.unavailable' }, fields: {}, reason: null };
  }
  const errors = graphQLErrorsOf(error);
  const first = errors[0];
  if (!first) return { code: 'NETWORK', form: { key: 'errors.network' }, fields: {}, reason: null };

  const code = stringExtension(first, 'code') ?? 'INTERNAL_SERVER_ERROR';
  const reason = stringExtension(first, 'reason');
  const problem = (form: Message | null, fields: Problem['fields'] = {}): Problem => ({
    code,
    form,
    fields,
    reason,
  });

  switch (code) {
    case 'UNAUTHENTICATED':
      if (reason === 'INVALID_CREDENTIALS') return problem({ key: 'errors.invalidCredentials' });
      if (reason === 'ACCOUNT_DEACTIVATED') return problem({ key: 'errors.accountDeactivated' });
      if (reason === 'SESSION_EXPIRED') return problem({ key: 'errors.sessionExpired' });
      return problem({ key: 'errors.signInRequired' });
    case 'RATE_LIMITED': {
      const seconds = first.extensions?.retryAfterSeconds;
      const minutes = typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : 1;
      return problem({ key: 'errors.rateLimited', params: { count: minutes } });
    }
    case 'BAD_USER_INPUT': {
      const fields: Problem['fields'] = {};
      let unplaced = false;
      for (const e of errors) {
        for (const p of fieldProblems(e)) {
          if (formFields.includes(p.field)) fields[p.field] ??= fieldMessage(p);
          else unplaced = true;
        }
      }
      const placed = Object.keys(fields).length > 0;
      return problem(unplaced || !placed ? { key: 'errors.invalidInput' } : null, fields);
    }
    case 'FORBIDDEN':
      return problem({ key: 'errors.forbidden' });
    case 'NOT_FOUND':
      return problem({ key: 'errors.notFound' });
    case 'CONFLICT':
      return problem({ key: 'errors.conflict' });
    default:
      return problem({ key: 'errors.unexpected' });
  }
}
