import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeError, unauthenticatedReason } from './api-errors';

/** A GraphQL answer as the API sends it: no data, coded errors. */
function apiError(...errors: GraphQLFormattedError[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

const unauthenticated = (reason: string) =>
  apiError({ message: 'x', extensions: { code: 'UNAUTHENTICATED', reason } });

describe('describeError', () => {
  it('shows wrong credentials above the sign-in form', () => {
    const problem = describeError(unauthenticated('INVALID_CREDENTIALS'), ['email', 'password']);
    expect(problem.form).toEqual({ key: 'errors.invalidCredentials' });
    expect(problem.fields).toEqual({});
  });

  it('turns RATE_LIMITED seconds into whole minutes, rounding up', () => {
    const error = apiError({
      message: 'Too many failed sign-in attempts',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 601 },
    });
    expect(describeError(error).form).toEqual({ key: 'errors.rateLimited', params: { count: 11 } });
  });

  it('puts BAD_USER_INPUT problems next to the fields the form shows', () => {
    const error = apiError({
      message: 'email: is not a valid e-mail address',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'email',
        reason: 'invalid_format',
        fields: [
          { field: 'email', reason: 'invalid_format', message: 'is not a valid e-mail address' },
          { field: 'password', reason: 'something_new', message: 'is odd' },
        ],
      },
    });
    const problem = describeError(error, ['email', 'password']);
    expect(problem.fields).toEqual({
      email: { key: 'errors.field.invalid_format' },
      password: { key: 'errors.field.invalid' },
    });
    expect(problem.form).toBeNull();
  });

  it('says which field holds characters that are not allowed', () => {
    const error = apiError({
      message: 'name: must not contain a NUL character',
      extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'invalid_characters' },
    });
    expect(describeError(error, ['name']).fields).toEqual({
      name: { key: 'errors.field.invalid_characters' },
    });
  });

  it('says the service is temporarily unavailable, also when only HTTP 503 came back', () => {
    const coded = apiError({
      message: 'The service is temporarily unavailable: try again in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
    expect(describeError(coded)).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      form: { key: 'errors.unavailable' },
    });
    const bare = new ServerError('Response not successful: Received status code 503', {
      response: new Response('busy', { status: 503 }),
      bodyText: 'busy',
    });
    expect(describeError(bare).form).toEqual({ key: 'errors.unavailable' });
  });

  it('says the limit the API names, "at most 100" for a number and a length for a text', () => {
    const error = apiError({
      message: 'sharePercent: must be between 0 and 100',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'sharePercent', reason: 'too_big', origin: 'number', limit: 100, message: 'x' },
          { field: 'yearlyVolumePairs', reason: 'too_small', origin: 'number', limit: 0, message: 'x' },
          { field: 'note', reason: 'too_big', origin: 'string', limit: 1000, message: 'x' },
        ],
      },
    });
    expect(describeError(error, ['sharePercent', 'yearlyVolumePairs', 'note']).fields).toEqual({
      sharePercent: { key: 'errors.field.max', params: { limit: 100 } },
      yearlyVolumePairs: { key: 'errors.field.min', params: { limit: 0 } },
      note: { key: 'errors.field.maxLength', params: { limit: 1000 } },
    });
  });

  it('keeps a problem on a field the form does not show above the form', () => {
    const error = apiError({
      message: 'first: must be between 1 and 100',
      extensions: { code: 'BAD_USER_INPUT', field: 'first', reason: 'out_of_range' },
    });
    const problem = describeError(error, ['email']);
    expect(problem.fields).toEqual({});
    expect(problem.form).toEqual({ key: 'errors.invalidInput' });
  });

  it('exposes the reason of a refused invitation token', () => {
    const error = apiError({
      message: 'This invitation link is not valid any more',
      extensions: { code: 'BAD_USER_INPUT', field: 'token', reason: 'expired' },
    });
    const problem = describeError(error, ['name', 'password']);
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect(problem.reason).toBe('expired');
  });

  it('reports a failure without a GraphQL answer as a network problem', () => {
    expect(describeError(new TypeError('Failed to fetch')).form).toEqual({ key: 'errors.network' });
  });

  it('maps the other codes to their messages and unknown ones to a generic one', () => {
    const code = (c: string) => describeError(apiError({ message: 'x', extensions: { code: c } })).form?.key;
    expect(code('FORBIDDEN')).toBe('errors.forbidden');
    expect(code('NOT_FOUND')).toBe('errors.notFound');
    expect(code('CONFLICT')).toBe('errors.conflict');
    expect(code('INTERNAL_SERVER_ERROR')).toBe('errors.unexpected');
  });
});

describe('unauthenticatedReason', () => {
  it('recognises an expired session', () => {
    expect(unauthenticatedReason(unauthenticated('SESSION_EXPIRED'))).toBe('SESSION_EXPIRED');
  });

  it('asks for sign-in on any other UNAUTHENTICATED', () => {
    expect(unauthenticatedReason(unauthenticated('SIGN_IN_REQUIRED'))).toBe('SIGN_IN_REQUIRED');
    expect(unauthenticatedReason(apiError({ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }))).toBe(
      'SIGN_IN_REQUIRED',
    );
  });

  it('leaves a wrong password to the sign-in form', () => {
    expect(unauthenticatedReason(unauthenticated('INVALID_CREDENTIALS'))).toBeNull();
  });

  it('ignores other errors', () => {
    expect(unauthenticatedReason(apiError({ message: 'x', extensions: { code: 'FORBIDDEN' } }))).toBeNull();
    expect(unauthenticatedReason(new TypeError('Failed to fetch'))).toBeNull();
  });

  it('prefers the expired session when several fields failed', () => {
    const error = apiError(
      { message: 'a', extensions: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' } },
      { message: 'b', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } },
    );
    expect(unauthenticatedReason(error)).toBe('SESSION_EXPIRED');
  });
});
