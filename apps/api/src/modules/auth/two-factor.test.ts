import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { codeAt, error, freezeClock, passwordStep, type Res } from '../../test/two-factor-steps.js';
import { SIGN_IN_LIMITS } from './auth.service.js';
import { acceptedStep } from './totp.js';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const COMPLETE = `mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { email } } }`;
const START = `mutation { startTwoFactorEnrolment { secret otpauthUri qrCode } }`;
const CONFIRM = `mutation ($input: ConfirmTwoFactorInput!) { confirmTwoFactorEnrolment(input: $input) { codes } }`;
const DISABLE = `mutation ($input: DisableTwoFactorInput!) { disableTwoFactor(input: $input) }`;
const STATUS = `{ myTwoFactor { enabled required recoveryCodesLeft } }`;
const RESET = `mutation ($input: ResetUserTwoFactorInput!) { resetUserTwoFactor(input: $input) { id twoFactorEnabled version } }`;

const cookieOf = (res: Res) => res.setCookie?.split(';')[0] ?? null;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => {
  vi.useRealTimers();
});

describe('TOTP codes (RFC 6238) with a fixed clock', () => {
  // The RFC's SHA-1 test secret, "12345678901234567890", and its codes (last six digits) at fixed times.
  const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('accepts the RFC’s test vectors at their times, one step either side, and each step once', () => {
    expect(acceptedStep(RFC_SECRET, '287082', null, 59_000)).toBe(1);
    expect(acceptedStep(RFC_SECRET, '081804', null, 1_111_111_109_000)).toBe(37_037_036);
    expect(acceptedStep(RFC_SECRET, '005924', null, 1_234_567_890_000)).toBe(41_152_263);
    // A phone 30 s off still works; 90 s off does not.
    expect(acceptedStep(RFC_SECRET, '287082', null, 59_000 + 30_000)).toBe(1);
    expect(acceptedStep(RFC_SECRET, '287082', null, 59_000 + 90_000)).toBeNull();
    // Once step 1 was accepted, its code (and any earlier one) is refused.
    expect(acceptedStep(RFC_SECRET, '287082', 1, 59_000)).toBeNull();
    expect(acceptedStep(RFC_SECRET, '287083', null, 59_000)).toBeNull();
    expect(acceptedStep(RFC_SECRET, 'abcdef', null, 59_000)).toBeNull();
  });
});

describe('two-factor sign-in', () => {
  it('enrols with a confirmed code, then asks for a code at sign-in: a wrong or replayed one is refused', async () => {
    const clock = freezeClock();
    const person = await createUser(api.ds, 'FIRM');
    const cookie = await api.signIn(person.email, TEST_PASSWORD);

    const started = await api.gql(START, {}, { cookie });
    const { secret, otpauthUri, qrCode } = started.body.data!.startTwoFactorEnrolment as {
      secret: string;
      otpauthUri: string;
      qrCode: string;
    };
    expect(otpauthUri).toBe(
      `otpauth://totp/Filiera:${encodeURIComponent(person.email)}?issuer=Filiera&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(Buffer.from(qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(
      /^<svg/,
    );

    const wrong = await api.gql(CONFIRM, { input: { code: '000000' } }, { cookie });
    expect(error(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'incorrect' });
    expect((await api.gql(STATUS, {}, { cookie })).body.data).toEqual({
      myTwoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
    });

    const confirmed = await api.gql(CONFIRM, { input: { code: codeAt(secret, clock.now()) } }, { cookie });
    const codes = (confirmed.body.data!.confirmTwoFactorEnrolment as { codes: [string, string, ...string[]] })
      .codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    // Only hashes are kept, and the secret is no longer answered anywhere.
    const stored = await api.ds.query(`SELECT code_hash FROM recovery_code WHERE user_id = $1`, [person.id]);
    expect(stored.map((r: { code_hash: string }) => r.code_hash)).not.toContain(codes[0]);
    const again = await api.gql(START, {}, { cookie });
    expect(error(again)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'already_enabled' });
    expect((await api.gql(STATUS, {}, { cookie })).body.data).toEqual({
      myTwoFactor: { enabled: true, required: false, recoveryCodesLeft: 10 },
    });

    const sessionsBefore = await api.ds.query(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [
      person.id,
    ]);
    const challenge = await passwordStep(api, person.email);
    expect(
      await api.ds.query(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [person.id]),
    ).toEqual(sessionsBefore);
    const bad = await api.gql(COMPLETE, { input: { challenge, code: '123456' } });
    expect(error(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'incorrect' });
    expect(bad.setCookie).toBeNull();
    // The code that confirmed enrolment was used: it does not work a second time, even within its 30 s.
    const replayed = await api.gql(COMPLETE, { input: { challenge, code: codeAt(secret, clock.now()) } });
    expect(error(replayed)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'incorrect' });

    clock.advance(30_000);
    const ok = await api.gql(COMPLETE, { input: { challenge, code: codeAt(secret, clock.now()) } });
    expect(ok.body.data).toEqual({ completeSignIn: { user: { email: person.email } } });
    const me = await api.gql(`{ me { user { email twoFactorEnabled } } }`, {}, { cookie: cookieOf(ok)! });
    expect(me.body.data).toEqual({ me: { user: { email: person.email, twoFactorEnabled: true } } });
    // A challenge works once.
    const reused = await api.gql(COMPLETE, { input: { challenge, code: codes[1] } });
    expect(error(reused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'challenge', reason: 'expired' });

    // A recovery code works once, in any case and with spaces.
    const first = await api.gql(COMPLETE, {
      input: { challenge: await passwordStep(api, person.email), code: ` ${codes[0]!.toUpperCase()} ` },
    });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data).toEqual({ completeSignIn: { user: { email: person.email } } });
    const twice = await api.gql(COMPLETE, {
      input: { challenge: await passwordStep(api, person.email), code: codes[0] },
    });
    expect(error(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'incorrect' });
    expect((await api.gql(STATUS, {}, { cookie: cookieOf(first)! })).body.data).toMatchObject({
      myTwoFactor: { recoveryCodesLeft: 9 },
    });
    const audit = await api.ds.query(
      `SELECT action, changes->'secondFactor'->>'after' AS factor FROM audit_entry
        WHERE entity_id = $1 AND action IN ('ENABLE_TWO_FACTOR', 'SIGN_IN') ORDER BY created_at`,
      [person.id],
    );
    expect(audit.slice(-3)).toEqual([
      { action: 'ENABLE_TWO_FACTOR', factor: null },
      { action: 'SIGN_IN', factor: 'TOTP' },
      { action: 'SIGN_IN', factor: 'RECOVERY_CODE' },
    ]);
  });

  it('lets the code step expire after five minutes', async () => {
    const clock = freezeClock();
    const person = await createUser(api.ds, 'CONSULTANT');
    const challenge = await passwordStep(api, person.email);
    clock.advance(5 * 60_000 + 1000);
    const late = await api.gql(COMPLETE, {
      input: { challenge, code: codeAt(TEST_TOTP_SECRET, clock.now()) },
    });
    expect(error(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'challenge', reason: 'expired' });
  });

  it('counts wrong codes with wrong passwords: a stolen password gives a handful of guesses', async () => {
    const clock = freezeClock();
    const person = await createUser(api.ds, 'CONSULTANT');
    const challenge = await passwordStep(api, person.email);
    // The password step counts as one failure until a code completes it.
    for (let i = 1; i < SIGN_IN_LIMITS.perAccount; i++) {
      const res = await api.gql(COMPLETE, { input: { challenge, code: String(100000 + i) } });
      expect(error(res)).toMatchObject({ reason: 'incorrect' });
    }
    const limited = await api.gql(COMPLETE, {
      input: { challenge, code: codeAt(TEST_TOTP_SECRET, clock.now()) },
    });
    expect(error(limited)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.setCookie).toBeNull();
  });

  it('is turned off with the current password or a code, not with a wrong one', async () => {
    const clock = freezeClock();
    const person = await createUser(api.ds, 'FIRM', { twoFactor: true });
    const cookie = await api.signIn(person.email, TEST_PASSWORD);
    const wrong = await api.gql(DISABLE, { input: { password: 'not-my-password' } }, { cookie });
    expect(error(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'incorrect' });
    const none = await api.gql(DISABLE, { input: {} }, { cookie });
    expect(error(none)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    clock.advance(60_000);
    const off = await api.gql(
      DISABLE,
      { input: { code: codeAt(TEST_TOTP_SECRET, clock.now()) } },
      { cookie },
    );
    expect(off.body.data).toEqual({ disableTwoFactor: true });
    // Signing in is back to the password alone.
    expect(
      cookieOf(await api.gql(SIGN_IN, { input: { email: person.email, password: TEST_PASSWORD } })),
    ).toMatch(/^filiera_session=/);
  });
});

describe('a password reset with two-factor on', () => {
  it('sets the new password but opens no session until a code is given', async () => {
    const clock = freezeClock();
    const person = await createUser(api.ds, 'CONSULTANT');
    await api.gql(`mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, {
      input: { email: person.email },
    });
    const [mail] = await api.ds.query(`SELECT body_text FROM mail_outbox WHERE to_address = $1`, [
      person.email,
    ]);
    const token = /\/reset-password\/([\w-]+)/.exec(mail.body_text)![1];
    const fresh = 'Una nuova alba su Segromigno 2031';
    const reset = await api.gql(
      `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id } } }`,
      { input: { token, password: fresh } },
    );
    expect(error(reset)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SECOND_FACTOR_REQUIRED' });
    expect(reset.setCookie).toBeNull();
    const done = await api.gql(COMPLETE, {
      input: { challenge: error(reset)!.challenge, code: codeAt(TEST_TOTP_SECRET, clock.now()) },
    });
    expect(done.body.data).toEqual({ completeSignIn: { user: { email: person.email } } });
    expect(cookieOf(done)).toMatch(/^filiera_session=/);
  });
});

describe('two-factor for ADMIN and CONSULTANT', () => {
  it('leads staff without it to enrol before anything else', async () => {
    const clock = freezeClock();
    const admin = await createUser(api.ds, 'ADMIN', { twoFactor: false });
    const cookie = await api.signIn(admin.email, TEST_PASSWORD);
    const me = await api.gql(
      `{ me { twoFactorEnrolmentRequired permissions { viewerCanManageUsers } } }`,
      {},
      { cookie },
    );
    expect(me.body.data).toEqual({
      me: { twoFactorEnrolmentRequired: true, permissions: { viewerCanManageUsers: false } },
    });
    for (const query of [`{ users(first: 1) { totalCount } }`, `{ mySessions { id } }`]) {
      const refused = await api.gql(query, {}, { cookie });
      expect(error(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_ENROLMENT_REQUIRED' });
    }
    const status = await api.gql(STATUS, {}, { cookie });
    expect(status.body.errors).toBeUndefined();
    expect(status.body.data).toEqual({
      myTwoFactor: { enabled: false, required: true, recoveryCodesLeft: 0 },
    });
    const { secret } = (await api.gql(START, {}, { cookie })).body.data!.startTwoFactorEnrolment as {
      secret: string;
    };
    await api.gql(CONFIRM, { input: { code: codeAt(secret, clock.now()) } }, { cookie });
    const users = await api.gql(`{ users(first: 1) { totalCount } }`, {}, { cookie });
    expect(users.body.errors).toBeUndefined();

    // Turning it off leads straight back to enrolment.
    clock.advance(30_000);
    await api.gql(DISABLE, { input: { password: TEST_PASSWORD } }, { cookie });
    const again = await api.gql(`{ users(first: 1) { totalCount } }`, {}, { cookie });
    expect(error(again)).toMatchObject({ reason: 'TWO_FACTOR_ENROLMENT_REQUIRED' });
  });

  it('is reset by an ADMIN for a person who lost their phone: audited, their sessions end', async () => {
    const admin = await createUser(api.ds, 'ADMIN');
    const adminCookie = await api.signIn(admin.email, TEST_PASSWORD);
    const person = await createUser(api.ds, 'CONSULTANT');
    const personCookie = await api.signIn(person.email, TEST_PASSWORD);

    const refused = await api.gql(RESET, { input: { id: admin.id, version: 1 } }, { cookie: personCookie });
    expect(error(refused)).toMatchObject({ code: 'FORBIDDEN' });
    const stale = await api.gql(RESET, { input: { id: person.id, version: 0 } }, { cookie: adminCookie });
    expect(error(stale)).toMatchObject({ code: 'CONFLICT' });

    const reset = await api.gql(RESET, { input: { id: person.id, version: 1 } }, { cookie: adminCookie });
    expect(reset.body.data).toEqual({
      resetUserTwoFactor: { id: person.id, twoFactorEnabled: false, version: 2 },
    });
    const gone = await api.gql(`{ me { user { id } } }`, {}, { cookie: personCookie });
    expect(gone.body.data).toEqual({ me: null });
    const [entry] = await api.ds.query(
      `SELECT actor_id, changes FROM audit_entry WHERE action = 'RESET_TWO_FACTOR' AND entity_id = $1`,
      [person.id],
    );
    expect(entry).toMatchObject({
      actor_id: admin.id,
      changes: { twoFactor: { before: true, after: false }, sessionsEnded: { after: 1 } },
    });
    const twice = await api.gql(RESET, { input: { id: person.id, version: 2 } }, { cookie: adminCookie });
    expect(error(twice)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'not_enabled' });

    // The password alone signs them in again, straight to enrolment.
    const back = await api.signIn(person.email, TEST_PASSWORD);
    const me = await api.gql(`{ me { twoFactorEnrolmentRequired } }`, {}, { cookie: back });
    expect(me.body.data).toEqual({ me: { twoFactorEnrolmentRequired: true } });
  });
});
