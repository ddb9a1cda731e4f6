import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { RESET_LIMITS } from './password-reset.service.js';
import { auditActions } from '../../test/audit.js';

const REQUEST = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email } } }`;
const ME = `{ me { user { email } } }`;
const NEW_PASSWORD = 'Tramonto sul Serchio a Lucca 1987';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'https://filiera.example' });
});
afterAll(() => api.close());
beforeEach(async () => {
  await api.ds.query(`DELETE FROM password_reset`);
});

const error = (res: Awaited<ReturnType<TestApi['gql']>>) => res.body.errors?.[0]?.extensions ?? null;

/** Asks for a link and reads it from the outbox, as a person reads it from their mail. */
async function resetLink(email: string): Promise<{ token: string; subject: string; text: string }> {
  const res = await api.gql(REQUEST, { input: { email } });
  expect(res.body).toEqual({ data: { requestPasswordReset: true } });
  const [mail] = await api.ds.query(
    `SELECT subject, body_text FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  const token = /https:\/\/filiera\.example\/reset-password\/([\w-]+)/.exec(mail.body_text)![1]!;
  return { token, subject: mail.subject, text: mail.body_text };
}

describe('forgotten password', () => {
  it('answers the same for a known, an unknown and a deactivated address, and mails only the known one', async () => {
    const known = await createUser(api.ds, 'FIRM');
    const gone = await createUser(api.ds, 'FIRM', { active: false });
    const answers = await Promise.all(
      [known.email, 'nobody-here@test.example', gone.email].map((email) =>
        api.gql(REQUEST, { input: { email } }),
      ),
    );
    for (const a of answers) expect(a.body).toEqual({ data: { requestPasswordReset: true } });
    const mails = await api.ds.query(`SELECT to_address FROM mail_outbox WHERE kind = 'PASSWORD_RESET'`);
    expect(mails).toEqual([{ to_address: known.email }]);
  });

  it('mails the link in the person’s language', async () => {
    const it_ = await createUser(api.ds, 'CONSULTANT');
    const en = await createUser(api.ds, 'CONSULTANT', { language: 'en' });
    expect((await resetLink(it_.email)).subject).toBe('Scegli una nuova password - Filiera');
    const english = await resetLink(en.email);
    expect(english.subject).toBe('Choose a new password - Filiera');
    expect(english.text).toContain('The link works for 60 minutes, once.');
  });

  it('sets the new password once, ends every other session and signs in', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    const oldSession = await api.signIn(user.email, TEST_PASSWORD);
    const { token } = await resetLink(user.email);
    const res = await api.gql(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(res.body).toEqual({ data: { resetPassword: { user: { email: user.email } } } });
    const newSession = res.setCookie!.split(';')[0]!;
    expect((await api.gql(ME, {}, { cookie: newSession })).body.data).toEqual({
      me: { user: { email: user.email } },
    });
    expect((await api.gql(ME, {}, { cookie: oldSession })).body.data).toEqual({ me: null });
    await expect(api.signIn(user.email, TEST_PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await api.signIn(user.email, NEW_PASSWORD);

    const again = await api.gql(RESET, { input: { token, password: 'Un altro tramonto sul Serchio 1990' } });
    expect(error(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'used' });
    await api.signIn(user.email, NEW_PASSWORD);
    expect(await auditActions(api.ds, user.id)).toContain('RESET_PASSWORD');
  });

  it('refuses a link after its hour, and an unknown link, changing nothing', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    const { token } = await resetLink(user.email);
    await api.ds.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );
    const late = await api.gql(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(error(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'expired' });
    const unknown = await api.gql(RESET, { input: { token: 'not-a-real-token', password: NEW_PASSWORD } });
    expect(error(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'unknown' });
    await api.signIn(user.email, TEST_PASSWORD);
  });

  it('refuses a password that is easy to guess, saying why, and keeps the link usable', async () => {
    const user = await createUser(api.ds, 'CHAMBER', { name: 'Mario Rossi' });
    const { token } = await resetLink(user.email);
    const common = await api.gql(RESET, { input: { token, password: 'password1234' } });
    expect(error(common)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'weak' });
    expect(error(common)?.warning).toEqual(expect.any(String));
    const own = await api.gql(RESET, { input: { token, password: `${user.email}1` } });
    expect(error(own)).toMatchObject({ field: 'password', reason: 'weak', warning: 'userInputs' });
    const short = await api.gql(RESET, { input: { token, password: 'short' } });
    expect(error(short)).toMatchObject({ field: 'password', reason: 'too_small' });
    const ok = await api.gql(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(ok.body.errors).toBeUndefined();
  });

  it('limits requests per account and per address, known address or not', async () => {
    for (let i = 0; i < RESET_LIMITS.perAccount; i++) {
      expect(
        (await api.gql(REQUEST, { input: { email: 'target@test.example' } })).body.errors,
      ).toBeUndefined();
    }
    const byAccount = await api.gql(REQUEST, { input: { email: 'target@test.example' } });
    expect(error(byAccount)).toMatchObject({ code: 'RATE_LIMITED' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.gql(REQUEST, { input: { email: `spray-${i}@test.example` } })),
    );
    const limited = results.filter((r) => error(r)?.code === 'RATE_LIMITED').length;
    expect(limited).toBe(20 - (RESET_LIMITS.perAddress - RESET_LIMITS.perAccount));
  });
});
