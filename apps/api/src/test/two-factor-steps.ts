import { Secret, TOTP } from 'otpauth';
import { expect, vi } from 'vitest';
import type { TestApi } from './harness.js';
import { TEST_PASSWORD } from './factories.js';

// The steps of a two-factor sign-in, for the tests of two-factor sign-in and of recovery codes.

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

export type Res = Awaited<ReturnType<TestApi['gql']>>;
/** The extensions of a response's first error, or null. */
export const error = (res: Res) => res.body.errors?.[0]?.extensions ?? null;

/** The code an authenticator app with `secret` shows at `ms`. */
export const codeAt = (secret: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: ms });

/** Freezes the clock (Date only: timers and the database keep running) in the middle of a 30 s step. */
export function freezeClock(): { now: () => number; advance: (ms: number) => void } {
  let now = Math.floor(Date.now() / 30_000) * 30_000 + 15_000;
  vi.useFakeTimers({ toFake: ['Date'], now });
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
      vi.setSystemTime(now);
    },
  };
}

/** Signs in with the password; answers the challenge of the second step. */
export async function passwordStep(api: TestApi, email: string): Promise<string> {
  const res = await api.gql(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
  expect(error(res)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_REQUIRED' });
  // The right password alone opens no session.
  expect(res.setCookie).toBeNull();
  return error(res)!.challenge as string;
}
