import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const SET_ACTIVE = `mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { id active version } }`;
const CHANGE_ROLE = `mutation ($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role firm { id } version } }`;
const ME = `{ me { user { email role } permissions { viewerCanManageUsers } } }`;
const USERS = `{ users(first: 5) { totalCount } }`;

let api: TestApi;
let admin: Awaited<ReturnType<typeof createUser>>;
let adminCookie: string;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(async () => {
  // Each test starts with exactly one active ADMIN.
  await api.ds.query(`UPDATE app_user SET active = false WHERE role = 'ADMIN'`);
  admin = await createUser(api.ds, 'ADMIN');
  adminCookie = await api.signIn(admin.email, TEST_PASSWORD);
});

const error = (res: Awaited<ReturnType<TestApi['gql']>>) => res.body.errors?.[0]?.extensions ?? null;

describe('deactivating a user', () => {
  it('refuses their open session at its next request, and their sign-in with a plain reason', async () => {
    const person = await createUser(api.ds, 'FIRM');
    const cookie = await api.signIn(person.email, TEST_PASSWORD);
    const res = await api.gql(
      SET_ACTIVE,
      { input: { id: person.id, active: false, version: 1 } },
      { cookie: adminCookie },
    );
    expect(res.body.data).toEqual({ setUserActive: { id: person.id, active: false, version: 2 } });

    const next = await api.gql(`{ firms(first: 1) { totalCount } }`, {}, { cookie });
    expect(error(next)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    const signIn = await api.gql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      {
        input: { email: person.email, password: TEST_PASSWORD },
      },
    );
    expect(error(signIn)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DEACTIVATED' });
    expect(signIn.body.errors?.[0]?.message).toMatch(/deactivated/);
    // A wrong password still says only "wrong e-mail or password": deactivation is no hint to a guesser.
    const guess = await api.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: person.email, password: 'a-wrong-guess-1' },
    });
    expect(error(guess)).toMatchObject({ reason: 'INVALID_CREDENTIALS' });

    const back = await api.gql(
      SET_ACTIVE,
      { input: { id: person.id, active: true, version: 2 } },
      { cookie: adminCookie },
    );
    expect(back.body.data).toEqual({ setUserActive: { id: person.id, active: true, version: 3 } });
    await api.signIn(person.email, TEST_PASSWORD);
    const audit = await api.ds.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at, action`,
      [person.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['DEACTIVATE_USER', 'REACTIVATE_USER']),
    );
  });

  it('refuses to deactivate the last active ADMIN, also two ADMINs deactivating each other at once', async () => {
    const alone = await api.gql(
      SET_ACTIVE,
      { input: { id: admin.id, active: false, version: 1 } },
      { cookie: adminCookie },
    );
    expect(error(alone)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active', reason: 'last_admin' });

    const other = await createUser(api.ds, 'ADMIN');
    const otherCookie = await api.signIn(other.email, TEST_PASSWORD);
    const [a, b] = await Promise.all([
      api.gql(SET_ACTIVE, { input: { id: other.id, active: false, version: 1 } }, { cookie: adminCookie }),
      api.gql(SET_ACTIVE, { input: { id: admin.id, active: false, version: 1 } }, { cookie: otherCookie }),
    ]);
    const refused = [a, b].filter(
      (r) => error(r)?.reason === 'last_admin' || error(r)?.code === 'UNAUTHENTICATED',
    );
    expect(refused).toHaveLength(1);
    const [left] = await api.ds.query(
      `SELECT count(*)::int AS n FROM app_user WHERE role = 'ADMIN' AND active`,
    );
    expect(left.n).toBe(1);
  });

  it('refuses a stale version with CONFLICT and other roles with FORBIDDEN', async () => {
    const person = await createUser(api.ds, 'CHAMBER');
    const stale = await api.gql(
      SET_ACTIVE,
      { input: { id: person.id, active: false, version: 7 } },
      { cookie: adminCookie },
    );
    expect(error(stale)).toMatchObject({ code: 'CONFLICT' });
    const consultant = await createUser(api.ds, 'CONSULTANT');
    const cookie = await api.signIn(consultant.email, TEST_PASSWORD);
    const denied = await api.gql(
      SET_ACTIVE,
      { input: { id: person.id, active: false, version: 1 } },
      { cookie },
    );
    expect(error(denied)).toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await api.ds.query(`SELECT active FROM app_user WHERE id = $1`, [person.id]);
    expect(row.active).toBe(true);
  });
});

describe('changing a role', () => {
  it('takes effect at the user’s next request', async () => {
    const person = await createUser(api.ds, 'CONSULTANT');
    const cookie = await api.signIn(person.email, TEST_PASSWORD);
    expect((await api.gql(USERS, {}, { cookie })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await api.gql(
      CHANGE_ROLE,
      { input: { id: person.id, role: 'ADMIN', version: 1 } },
      { cookie: adminCookie },
    );
    expect(res.body.data).toEqual({
      changeUserRole: { id: person.id, role: 'ADMIN', firm: null, version: 2 },
    });
    expect((await api.gql(ME, {}, { cookie })).body.data).toEqual({
      me: { user: { email: person.email, role: 'ADMIN' }, permissions: { viewerCanManageUsers: true } },
    });
    expect((await api.gql(USERS, {}, { cookie })).body.errors).toBeUndefined();
  });

  it('needs a firm for FIRM and none for the others', async () => {
    const person = await createUser(api.ds, 'CHAMBER');
    const noFirm = await api.gql(
      CHANGE_ROLE,
      { input: { id: person.id, role: 'FIRM', version: 1 } },
      { cookie: adminCookie },
    );
    expect(error(noFirm)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firmId', reason: 'required' });
    const firm = await createFirm(api.ds);
    const ok = await api.gql(
      CHANGE_ROLE,
      { input: { id: person.id, role: 'FIRM', firmId: firm.id, version: 1 } },
      { cookie: adminCookie },
    );
    expect(ok.body.data).toEqual({
      changeUserRole: { id: person.id, role: 'FIRM', firm: { id: firm.id }, version: 2 },
    });
  });

  it('refuses to demote the last active ADMIN', async () => {
    const res = await api.gql(
      CHANGE_ROLE,
      { input: { id: admin.id, role: 'CONSULTANT', version: 1 } },
      { cookie: adminCookie },
    );
    expect(error(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role', reason: 'last_admin' });
    const [row] = await api.ds.query(`SELECT role FROM app_user WHERE id = $1`, [admin.id]);
    expect(row.role).toBe('ADMIN');
  });
});
