import { describe, expect, it } from 'vitest';
import { readSignInRedirect } from './redirect';

describe('readSignInRedirect', () => {
  it('returns to the page the person wanted, with the reason they were sent away', () => {
    expect(readSignInRedirect({ from: '/users?page=2', reason: 'expired' })).toEqual({
      from: '/users?page=2',
      reason: 'expired',
    });
  });

  it('never leaves the app after signing in', () => {
    for (const from of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'users',
      '/sign-in',
    ]) {
      expect(readSignInRedirect({ from }).from).toBeUndefined();
    }
  });

  it('ignores state it does not understand', () => {
    expect(readSignInRedirect(null)).toEqual({});
    expect(readSignInRedirect('x')).toEqual({});
    expect(readSignInRedirect({ from: 42, reason: 'bored' })).toEqual({ from: undefined, reason: undefined });
  });
});
