import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from '../../test/factories.js';
import { startTestApiWithMail, type TestApi } from '../../test/harness.js';
import type { ReceivedMail, SmtpSink } from '../../test/smtp-sink.js';
import { codeAt, error, freezeClock, passwordStep, type Res } from '../../test/two-factor-steps.js';
import { SIGN_IN_LIMITS } from './auth.service.js';

const REGENERATE = `mutation ($input: RegenerateRecoveryCodesInput!) { regenerateRecoveryCodes(input: $input) { codes } }`;
const COMPLETE = `mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { email } } }`;
const STATUS = `{ myTwoFactor { enabled recoveryCodesLeft } }`;

type Regenerated = { regenerateRecoveryCodes: { codes: string[] } };
const codesOf = (res: Res) => (res.body.data as Regenerated).regenerateRecoveryCodes.codes;

let api: TestApi;
let smtp: SmtpSink;
beforeAll(async () => {
  ({ api, smtp } = await startTestApiWithMail());
});
afterAll(() => api.close());
afterEach(() => {
  vi.useRealTimers();
});

/** The next mail the sink receives for `address` (mail to others is passed over). */
async function nextMailTo(address: string): Promise<ReceivedMail> {
  for (;;) {
    const mail = await smtp.next();
    if (mail.to.includes(address)) return mail;
  }
}

describe('new recovery codes', () => {
  it('replace the old ones, with the password or an app code: audited, and the person is told by mail', async () => {
    const clock = freezeClock();
    const person = await createUser(api.ds, 'FIRM', { twoFactor: true, language: 'en' });
    const cookie = await api.signIn(person.email, TEST_PASSWORD);
    const old = codesOf(await api.gql(REGENERATE, { input: { password: TEST_PASSWORD } }, { cookie }));
    expect(old).toHaveLength(10);
    clock.advance(30_000);
    const fresh = codesOf(
      await api.gql(REGENERATE, { input: { code: codeAt(TEST_TOTP_SECRET, clock.now()) } }, { cookie }),
    );
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => old.includes(c))).toEqual([]);
    expect((await api.gql(STATUS, {}, { cookie })).body.data).toEqual({
      myTwoFactor: { enabled: true, recoveryCodesLeft: 10 },
    });

    const refused = await api.gql(COMPLETE, {
      input: { challenge: await passwordStep(api, person.email), code: old[0] },
    });
    expect(error(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'incorrect' });
    const ok = await api.gql(COMPLETE, {
      input: { challenge: await passwordStep(api, person.email), code: fresh[0] },
    });
    expect(ok.body.data).toEqual({ completeSignIn: { user: { email: person.email } } });

    const audit = await api.ds.query(
      `SELECT actor_id FROM audit_entry WHERE action = 'REGENERATE_RECOVERY_CODES' AND entity_id = $1`,
      [person.id],
    );
    expect(audit).toEqual([{ actor_id: person.id }, { actor_id: person.id }]);
    await api.runJobs();
    const mail = await nextMailTo(person.email);
    expect(mail.parsed.subject).toBe('New recovery codes - Filiera');
    expect(mail.parsed.text).toContain('the earlier ones no longer work');
  });

  it('are refused with a wrong password or code, naming it, and nothing changes; failures are limited', async () => {
    const clock = freezeClock();
    const person = await createUser(api.ds, 'FIRM', { twoFactor: true });
    const cookie = await api.signIn(person.email, TEST_PASSWORD);
    const codes = codesOf(await api.gql(REGENERATE, { input: { password: TEST_PASSWORD } }, { cookie }));
    clock.advance(30_000);

    const wrongPassword = await api.gql(REGENERATE, { input: { password: 'not-my-password' } }, { cookie });
    expect(error(wrongPassword)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      reason: 'incorrect',
    });
    const wrongCode = await api.gql(REGENERATE, { input: { code: '000000' } }, { cookie });
    expect(error(wrongCode)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'incorrect' });
    // A recovery code, which may be what was seen, does not prove it.
    const recovery = await api.gql(REGENERATE, { input: { code: codes[1] } }, { cookie });
    expect(error(recovery)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'incorrect' });
    const none = await api.gql(REGENERATE, { input: {} }, { cookie });
    expect(error(none)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    // The codes given before still work.
    const ok = await api.gql(COMPLETE, {
      input: { challenge: await passwordStep(api, person.email), code: codes[0] },
    });
    expect(ok.body.data).toEqual({ completeSignIn: { user: { email: person.email } } });

    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      const res = await api.gql(REGENERATE, { input: { password: `wrong-${i}` } }, { cookie });
      expect(error(res)).toMatchObject({ reason: 'incorrect' });
    }
    const limited = await api.gql(REGENERATE, { input: { password: TEST_PASSWORD } }, { cookie });
    expect(error(limited)).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('are not_enabled without two-factor sign-in, and closed to staff who must enrol first', async () => {
    const withPassword = async (email: string) =>
      error(
        await api.gql(
          REGENERATE,
          { input: { password: TEST_PASSWORD } },
          { cookie: await api.signIn(email, TEST_PASSWORD) },
        ),
      );
    const person = await createUser(api.ds, 'FIRM', { twoFactor: false });
    expect(await withPassword(person.email)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'not_enabled' });
    const admin = await createUser(api.ds, 'ADMIN', { twoFactor: false });
    expect(await withPassword(admin.email)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'TWO_FACTOR_ENROLMENT_REQUIRED',
    });
  });
});
