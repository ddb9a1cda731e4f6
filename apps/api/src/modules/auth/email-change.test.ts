import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const REQUEST = `mutation ($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
const CONFIRM = `mutation ($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Res = Awaited<ReturnType<TestApi['gql']>>;
const error = (res: Res) => res.body.errors?.[0]?.extensions ?? null;
const mailsTo = (to: string) =>
  api.ds.query(
    `SELECT kind, language, subject, body_text, body_html FROM mail_outbox WHERE to_address = $1 ORDER BY created_at`,
    [to],
  ) as Promise<{ kind: string; language: string; subject: string; body_text: string; body_html: string }[]>;
const tokenIn = (text: string) => /\/confirm-email\/([\w-]+)/.exec(text)![1]!;
const emailOf = async (id: string) =>
  ((await api.ds.query(`SELECT email FROM app_user WHERE id = $1`, [id])) as { email: string }[])[0]!.email;

describe('changing one’s e-mail', () => {
  it('confirms the new address with a one-time link, tells the old one, and changes nothing before', async () => {
    const person = await createUser(api.ds, 'FIRM', { language: 'en' });
    const cookie = await api.signIn(person.email, TEST_PASSWORD);
    const newEmail = `new-${person.id.slice(0, 8)}@test.example`;

    const wrong = await api.gql(REQUEST, { input: { newEmail, password: 'not-my-password' } }, { cookie });
    expect(error(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'incorrect' });
    expect(await mailsTo(newEmail)).toEqual([]);

    const asked = await api.gql(
      REQUEST,
      { input: { newEmail: newEmail.toUpperCase(), password: TEST_PASSWORD } },
      { cookie },
    );
    expect(asked.body.data).toEqual({ requestEmailChange: true });
    const [confirmMail] = await mailsTo(newEmail);
    expect(confirmMail).toMatchObject({
      kind: 'EMAIL_CHANGE_CONFIRM',
      language: 'en',
      subject: 'Confirm your new e-mail address - Filiera',
    });
    const token = tokenIn(confirmMail!.body_text);
    expect(confirmMail!.body_html).toContain(`/confirm-email/${token}"`);
    const [notice] = await mailsTo(person.email);
    expect(notice).toMatchObject({ kind: 'EMAIL_CHANGE_NOTICE', language: 'en' });
    expect(notice!.body_text).toContain(newEmail);
    expect(notice!.body_text).not.toContain(token);
    // Until the link is opened, the old address is the one that signs in.
    expect(await emailOf(person.id)).toBe(person.email);

    const confirmed = await api.gql(CONFIRM, { input: { token } });
    expect(confirmed.body.data).toEqual({ confirmEmailChange: newEmail });
    expect(await emailOf(person.id)).toBe(newEmail);
    await expect(api.signIn(person.email, TEST_PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await api.signIn(newEmail, TEST_PASSWORD);
    const again = await api.gql(CONFIRM, { input: { token } });
    expect(error(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'used' });
    const [audit] = await api.ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'CONFIRM_EMAIL_CHANGE' AND entity_id = $1`,
      [person.id],
    );
    expect(audit.changes).toEqual({ email: { before: person.email, after: newEmail } });
  });

  it('refuses an expired link, an address taken meanwhile, and a link replaced by a newer request', async () => {
    const person = await createUser(api.ds, 'CHAMBER');
    const cookie = await api.signIn(person.email, TEST_PASSWORD);
    const first = `first-${person.id.slice(0, 8)}@test.example`;
    const second = `second-${person.id.slice(0, 8)}@test.example`;
    await api.gql(REQUEST, { input: { newEmail: first, password: TEST_PASSWORD } }, { cookie });
    await api.gql(REQUEST, { input: { newEmail: second, password: TEST_PASSWORD } }, { cookie });
    const firstToken = tokenIn((await mailsTo(first))[0]!.body_text);
    const secondToken = tokenIn((await mailsTo(second))[0]!.body_text);
    const replaced = await api.gql(CONFIRM, { input: { token: firstToken } });
    expect(error(replaced)).toMatchObject({ reason: 'used' });

    await api.ds.query(
      `UPDATE email_change SET expires_at = now() - interval '1 second' WHERE new_email = $1`,
      [second],
    );
    const expired = await api.gql(CONFIRM, { input: { token: secondToken } });
    expect(error(expired)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'expired' });

    const other = await createUser(api.ds, 'FIRM');
    const taken = await api.gql(
      REQUEST,
      { input: { newEmail: other.email, password: TEST_PASSWORD } },
      { cookie },
    );
    expect(error(taken)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail', reason: 'taken' });
    const unknown = await api.gql(CONFIRM, { input: { token: 'not-a-token' } });
    expect(error(unknown)).toMatchObject({ reason: 'unknown' });
    expect(await emailOf(person.id)).toBe(person.email);
    // Three requests an hour: this is the third, the next is refused.
    const third = await api.gql(
      REQUEST,
      { input: { newEmail: `third-${first}`, password: TEST_PASSWORD } },
      { cookie },
    );
    expect(third.body.data).toEqual({ requestEmailChange: true });
    const limited = await api.gql(
      REQUEST,
      { input: { newEmail: `fourth-${first}`, password: TEST_PASSWORD } },
      { cookie },
    );
    expect(error(limited)).toMatchObject({ code: 'RATE_LIMITED' });
  });
});
