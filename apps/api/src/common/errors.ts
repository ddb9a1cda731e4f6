import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ZodError } from 'zod';

/** The codes a client can rely on in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A request over a limit (depth, aliases, cost, tokens, directives, sizes): `extensions.limit` says which. */
  QUERY_LIMIT_EXCEEDED: 'QUERY_LIMIT_EXCEEDED',
  /** A request body over the size limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** A request the server cannot read (e.g. a body that is not JSON). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The database cannot be reached right now (HTTP 503 with Retry-After): try again shortly. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A coded error whose message and extensions are safe to show to the client. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const unauthenticated = (
  reason:
    | 'SIGN_IN_REQUIRED'
    | 'SESSION_EXPIRED'
    | 'INVALID_CREDENTIALS'
    | 'ACCOUNT_DEACTIVATED' = 'SIGN_IN_REQUIRED',
): DomainError =>
  new DomainError(
    ErrorCode.UNAUTHENTICATED,
    {
      SIGN_IN_REQUIRED: 'You need to sign in.',
      SESSION_EXPIRED: 'Your session has expired: sign in again.',
      INVALID_CREDENTIALS: 'E-mail or password is not correct.',
      ACCOUNT_DEACTIVATED: 'This account has been deactivated: ask the network manager to reactivate it.',
    }[reason],
    { reason },
  );

export const forbidden = (rule: string): DomainError =>
  new DomainError(ErrorCode.FORBIDDEN, 'You are not allowed to do this.', { rule });

/** An ADMIN or CONSULTANT without two-factor sign-in: enrolment comes before anything else. */
export const twoFactorEnrolmentRequired = (): DomainError =>
  new DomainError(ErrorCode.FORBIDDEN, 'Turn on two-factor sign-in first: your role requires it.', {
    reason: 'TWO_FACTOR_ENROLMENT_REQUIRED',
  });

export const notFound = (entity: string, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist.`, { entity, id });

export const conflict = (entity: string, id: string, currentVersion: number): DomainError =>
  new DomainError(
    ErrorCode.CONFLICT,
    `${entity} ${id} was changed by someone else: reload it and apply your change again.`,
    { entity, id, currentVersion },
  );

export const rateLimited = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many failed sign-in attempts: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );

/** How long a client waits before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The database cannot be reached: HTTP 503 with Retry-After, wherever it is thrown (Apollo reads `http`
 * from an error thrown while building the context; `sendError` does on the REST routes).
 */
export const serviceUnavailable = (): DomainError =>
  new DomainError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'The service is temporarily unavailable: try again in a few seconds.',
    {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  );

/** Node socket errors of a database that cannot be reached. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
/** PostgreSQL's own: shutting down, starting up, or out of connections. */
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
/** What node-postgres says when the connection goes away or none comes within the timeout. */
const PG_CONNECTION_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/;

/** Whether a failed write met the unique constraint or index `constraint` (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e.driverError?.code ?? e.code;
  const name = e.driverError?.constraint ?? e.constraint;
  return code === '23505' && name === constraint;
}

/**
 * Whether an error means the database cannot be reached right now (rather than a bug or a bad query):
 * refused or dropped connections, SQLSTATE class 08 and the shutdown codes, node-postgres's connection
 * messages; TypeORM's QueryFailedError (`driverError`) and `cause`/AggregateError chains are followed.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    originalError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof e.code === 'string') {
    if (UNREACHABLE.has(e.code) || PG_UNAVAILABLE.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code)) return true;
  }
  if (typeof e.message === 'string' && PG_CONNECTION_MESSAGE.test(e.message)) return true;
  const inner = [e.driverError, e.originalError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => isDatabaseUnavailable(i, depth + 1));
}

/** One invalid field: `field` is the input path (e.g. "email"), `reason` a stable key the UI translates. */
export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
  /** For too_big / too_small: the bound, and what it bounds (number, string length, array size). */
  limit?: number;
  origin?: string;
}

export const badInput = (problems: FieldProblem[]): DomainError => {
  const [first] = problems;
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    problems.map((p) => `${p.field}: ${p.message}`).join('; '),
    { field: first?.field, reason: first?.reason, fields: problems },
  );
};

export const badField = (field: string, reason: string, message: string): DomainError =>
  badInput([{ field, reason, message }]);

/** Maps a zod failure to BAD_USER_INPUT naming every field; `reason` is the zod issue code or a custom key. */
export function fromZodError(error: ZodError): DomainError {
  return badInput(
    error.issues.map((issue) => ({
      field: issue.path.join('.'),
      reason:
        issue.code === 'custom' && typeof issue.params?.reason === 'string'
          ? issue.params.reason
          : issue.code,
      message: issue.message,
      // The UI says "at most 100" rather than a generic "too big".
      ...(issue.code === 'too_big'
        ? { limit: Number(issue.maximum), origin: issue.origin }
        : issue.code === 'too_small'
          ? { limit: Number(issue.minimum), origin: issue.origin }
          : {}),
    })),
  );
}

const PASSTHROUGH_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The limit a refused document went over: graphql-armor's rules mark theirs (server.ts); the token
 * count is graphql-js's own parser limit, which says so in its syntax error.
 */
function queryLimitOf(formatted: GraphQLFormattedError): string | null {
  const { code, limit } = formatted.extensions ?? {};
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof limit === 'string') return limit;
  if (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] \d+ tokens/.test(formatted.message))
    return 'tokens';
  return null;
}

/**
 * Apollo's formatError: coded errors pass through, anything else is logged and replaced by a generic
 * INTERNAL_SERVER_ERROR, so no stack, SQL or internal message ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = queryLimitOf(formatted);
  if (limit)
    return { message: formatted.message, extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit } };
  const code = formatted.extensions?.code;
  const original = unwrapResolverError(error);
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (
    original instanceof GraphQLError &&
    original.extensions?.code === undefined &&
    !original.originalError
  ) {
    // Validation rules (e.g. graphql-armor limits) raise plain GraphQLErrors before execution.
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // Expected while the database is down: one line, not a stack per request.
    console.warn('Database unavailable:', original instanceof Error ? original.message : original);
    const { message, extensions } = serviceUnavailable();
    const { http: _http, ...rest } = extensions;
    return { message, path: formatted.path, extensions: rest };
  }
  console.error('Unexpected error', original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
