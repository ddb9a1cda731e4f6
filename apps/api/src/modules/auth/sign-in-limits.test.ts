import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { SIGN_IN_LIMITS } from './auth.service.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { email } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(async () => {
  await api.ds.query(`DELETE FROM login_attempt`);
});

const codes = (results: Awaited<ReturnType<TestApi['gql']>>[]) =>
  results.map((r) => String(r.body.errors?.[0]?.extensions?.code ?? 'OK'));
const count = (list: string[], value: string) => list.filter((c) => c === value).length;

describe('the sign-in limit under parallel attempts (an attacker racing the counter)', () => {
  it('tries no more than the per-account limit when 40 guesses arrive at once', async () => {
    const user = await createUser(api.ds, 'ADMIN');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api.gql(SIGN_IN, { input: { email: user.email, password: `guess-number-${i}` } }),
      ),
    );
    const got = codes(results);
    expect(count(got, 'UNAUTHENTICATED')).toBe(SIGN_IN_LIMITS.perAccount);
    expect(count(got, 'RATE_LIMITED')).toBe(40 - SIGN_IN_LIMITS.perAccount);
    const [tried] = await api.ds.query(
      `SELECT count(*)::int AS n FROM login_attempt WHERE lower(email) = $1`,
      [user.email],
    );
    expect(tried.n).toBe(SIGN_IN_LIMITS.perAccount);
  });

  it('tries no more than the per-address limit when 40 accounts are guessed at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api.gql(SIGN_IN, { input: { email: `someone-${i}@test.example`, password: 'a-guess-of-mine' } }),
      ),
    );
    const got = codes(results);
    expect(count(got, 'UNAUTHENTICATED')).toBe(SIGN_IN_LIMITS.perAddress);
    expect(count(got, 'RATE_LIMITED')).toBe(40 - SIGN_IN_LIMITS.perAddress);
  });
});

describe('the per-account lock cannot shut a person out for good', () => {
  const lockOut = async (email: string) => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      await api.gql(SIGN_IN, { input: { email, password: `wrong-${i}` } });
    }
    const blocked = await api.gql(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    return blocked.body.errors?.[0]?.extensions?.retryAfterSeconds as number;
  };

  it('tells the wait, and lets the right password in once it has passed; the count starts again', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    const wait = await lockOut(user.email);
    expect(wait).toBeGreaterThan((SIGN_IN_LIMITS.windowMinutes - 1) * 60);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowMinutes * 60);
    // The window passes (the clock moved forward by the wait).
    await api.ds.query(`UPDATE login_attempt SET attempted_at = attempted_at - make_interval(secs => $1)`, [
      wait + 1,
    ]);
    const ok = await api.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(ok.body.errors).toBeUndefined();
    // The failures before a successful sign-in no longer count: one more wrong guess is not a lock.
    const wrong = await api.gql(SIGN_IN, { input: { email: user.email, password: 'still-wrong' } });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is lifted at once by a password reset', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    await lockOut(user.email);
    await api.gql(`mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, {
      input: { email: user.email },
    });
    const [mail] = await api.ds.query(`SELECT body_text FROM mail_outbox WHERE to_address = $1`, [
      user.email,
    ]);
    const token = /\/reset-password\/([\w-]+)/.exec(mail.body_text)![1];
    const reset = await api.gql(
      `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email } } }`,
      { input: { token, password: 'Tramonto sul Serchio a Lucca 1987' } },
    );
    expect(reset.body.errors).toBeUndefined();
    const ok = await api.gql(SIGN_IN, {
      input: { email: user.email, password: 'Tramonto sul Serchio a Lucca 1987' },
    });
    expect(ok.body.errors).toBeUndefined();
  });
});
