import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const SESSIONS = `{ mySessions { id userAgent current } }`;
const END = `mutation ($id: ID!) { endSession(id: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `{ me { user { email } } }`;
const NEW_PASSWORD = 'Tramonto sul Serchio a Lucca 1987';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Signs in from a "browser" with its own User-Agent. */
async function signInAs(email: string, browser: string, password = TEST_PASSWORD): Promise<string> {
  const res = await api.gql(
    `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
    { input: { email, password } },
    { headers: { 'user-agent': browser } },
  );
  return res.setCookie!.split(';')[0]!;
}

const error = (res: Awaited<ReturnType<TestApi['gql']>>) => res.body.errors?.[0]?.extensions ?? null;

describe('a person’s own sessions', () => {
  it('lists them with the browser, marks the current one, and ends one or all the others', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    const laptop = await signInAs(user.email, 'Laptop Firefox');
    const phone = await signInAs(user.email, 'Phone Safari');
    const tablet = await signInAs(user.email, 'Tablet Chrome');
    const listed = await api.gql<{ mySessions: { id: string; userAgent: string; current: boolean }[] }>(
      SESSIONS,
      {},
      { cookie: laptop },
    );
    const sessions = listed.body.data!.mySessions;
    expect(sessions.map((s) => s.userAgent).sort()).toEqual([
      'Laptop Firefox',
      'Phone Safari',
      'Tablet Chrome',
    ]);
    expect(sessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Laptop Firefox']);

    const phoneSession = sessions.find((s) => s.userAgent === 'Phone Safari')!;
    expect((await api.gql(END, { id: phoneSession.id }, { cookie: laptop })).body.data).toEqual({
      endSession: true,
    });
    expect((await api.gql(ME, {}, { cookie: phone })).body.data).toEqual({ me: null });
    expect((await api.gql(ME, {}, { cookie: tablet })).body.data).toEqual({
      me: { user: { email: user.email } },
    });

    expect((await api.gql(END_OTHERS, {}, { cookie: laptop })).body.data).toEqual({ endOtherSessions: 1 });
    expect((await api.gql(ME, {}, { cookie: tablet })).body.data).toEqual({ me: null });
    expect((await api.gql(ME, {}, { cookie: laptop })).body.data).toEqual({
      me: { user: { email: user.email } },
    });
  });

  it('cannot end another person’s session, and the list needs a sign-in', async () => {
    const owner = await createUser(api.ds, 'FIRM');
    const intruder = await createUser(api.ds, 'FIRM');
    const ownerCookie = await signInAs(owner.email, 'Owner');
    const intruderCookie = await signInAs(intruder.email, 'Intruder');
    const [session] = (await api.gql<{ mySessions: { id: string }[] }>(SESSIONS, {}, { cookie: ownerCookie }))
      .body.data!.mySessions;
    const res = await api.gql(END, { id: session!.id }, { cookie: intruderCookie });
    expect(error(res)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.gql(ME, {}, { cookie: ownerCookie })).body.data).toEqual({
      me: { user: { email: owner.email } },
    });
    expect(error(await api.gql(SESSIONS))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('changing one’s password', () => {
  it('needs the current password and a strong new one, then ends the other sessions', async () => {
    const user = await createUser(api.ds, 'CHAMBER');
    const here = await signInAs(user.email, 'Here');
    const elsewhere = await signInAs(user.email, 'Elsewhere');

    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: 'not-it', newPassword: NEW_PASSWORD } },
      { cookie: here },
    );
    expect(error(wrong)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      reason: 'incorrect',
    });
    const weak = await api.gql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'password1234' } },
      { cookie: here },
    );
    expect(error(weak)).toMatchObject({ field: 'newPassword', reason: 'weak' });
    await api.signIn(user.email, TEST_PASSWORD);

    const ok = await api.gql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
      { cookie: here },
    );
    expect(ok.body.data).toEqual({ changePassword: true });
    expect((await api.gql(ME, {}, { cookie: here })).body.data).toEqual({
      me: { user: { email: user.email } },
    });
    expect((await api.gql(ME, {}, { cookie: elsewhere })).body.data).toEqual({ me: null });
    await expect(api.signIn(user.email, TEST_PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await api.signIn(user.email, NEW_PASSWORD);
  });
});
