import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { acceptUrl invitation { id email role status firm { id } invitedBy { id } } }
}`;
const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { email role firmName status } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email name role firm { id } } } }`;

let api: TestApi;
let adminCookie: string;
let adminId: string;
beforeAll(async () => {
  api = await startTestApi();
  const admin = await createUser(api.ds, 'ADMIN');
  adminId = admin.id;
  adminCookie = await api.signIn(admin.email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

type Invite = {
  inviteUser: {
    acceptUrl: string;
    invitation: { id: string; status: string; firm: { id: string } | null; invitedBy: { id: string } };
  };
};
const tokenOf = (url: string) => url.split('/invitation/')[1]!;

describe('invitations', () => {
  it('lets an invited firm user set a password and sign in, once', async () => {
    const firm = await createFirm(api.ds);
    const invited = await api.gql<Invite>(
      INVITE,
      { input: { email: 'Anna.Rossi@Test.Example', role: 'FIRM', firmId: firm.id } },
      { cookie: adminCookie },
    );
    expect(invited.body.errors).toBeUndefined();
    const { acceptUrl, invitation } = invited.body.data!.inviteUser;
    expect(acceptUrl).toMatch(/^http:\/\/localhost:4000\/invitation\/[\w-]{40,}$/);
    expect(invitation).toMatchObject({
      status: 'PENDING',
      firm: { id: firm.id },
      invitedBy: { id: adminId },
    });

    const token = tokenOf(acceptUrl);
    const preview = await api.gql(PREVIEW, { token });
    expect(preview.body.data).toEqual({
      invitationPreview: {
        email: 'anna.rossi@test.example',
        role: 'FIRM',
        firmName: firm.legalName,
        status: 'PENDING',
      },
    });

    const short = await api.gql(ACCEPT, { input: { token, name: 'Anna Rossi', password: 'short' } });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const guessable = await api.gql(ACCEPT, {
      input: { token, name: 'Anna Rossi', password: 'qwertyuiop123' },
    });
    expect(guessable.body.errors?.[0]?.extensions).toMatchObject({ field: 'password', reason: 'weak' });
    expect(
      (
        await api.ds.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'anna.rossi@test.example'`)
      )[0].n,
    ).toBe(0);

    const accepted = await api.gql(ACCEPT, {
      input: { token, name: 'Anna Rossi', password: 'a-long-enough-password' },
    });
    expect(accepted.body.data).toEqual({
      acceptInvitation: {
        user: { email: 'anna.rossi@test.example', name: 'Anna Rossi', role: 'FIRM', firm: { id: firm.id } },
      },
    });
    expect(accepted.setCookie).toMatch(/^filiera_session=/);
    await api.signIn('anna.rossi@test.example', 'a-long-enough-password');

    const again = await api.gql(ACCEPT, {
      input: { token, name: 'Someone Else', password: 'another-long-password' },
    });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'accepted',
    });

    const audit = await api.ds.query(
      `SELECT action FROM audit_entry WHERE entity_id IN ($1, (SELECT id::text FROM app_user WHERE email = 'anna.rossi@test.example')) ORDER BY created_at`,
      [invitation.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'INVITE_USER',
      'ACCEPT_INVITATION',
      'SIGN_IN',
    ]);
  });

  it('requires a firm for a FIRM invitation and refuses one for other roles', async () => {
    const noFirm = await api.gql(
      INVITE,
      { input: { email: 'x@test.example', role: 'FIRM' } },
      { cookie: adminCookie },
    );
    expect(noFirm.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'firmId',
      reason: 'required',
    });
    const firm = await createFirm(api.ds);
    const extra = await api.gql(
      INVITE,
      { input: { email: 'x@test.example', role: 'CONSULTANT', firmId: firm.id } },
      { cookie: adminCookie },
    );
    expect(extra.body.errors?.[0]?.extensions).toMatchObject({ field: 'firmId', reason: 'not_allowed' });
  });

  it('refuses an invalid or taken e-mail, naming the field, and stores nothing', async () => {
    const before = (await api.ds.query(`SELECT count(*)::int AS n FROM invitation`))[0].n;
    const invalid = await api.gql(
      INVITE,
      { input: { email: 'not-an-email', role: 'CHAMBER' } },
      { cookie: adminCookie },
    );
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const existing = await createUser(api.ds, 'CHAMBER');
    const taken = await api.gql(
      INVITE,
      { input: { email: existing.email, role: 'CHAMBER' } },
      { cookie: adminCookie },
    );
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'taken' });
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM invitation`))[0].n).toBe(before);
  });

  it('revokes a pending invitation so its link stops working', async () => {
    const invited = await api.gql<Invite>(
      INVITE,
      { input: { email: 'late@test.example', role: 'CONSULTANT' } },
      { cookie: adminCookie },
    );
    const { acceptUrl, invitation } = invited.body.data!.inviteUser;
    const revoked = await api.gql(
      `mutation ($id: ID!) { revokeInvitation(id: $id) { status } }`,
      { id: invitation.id },
      { cookie: adminCookie },
    );
    expect(revoked.body.data).toEqual({ revokeInvitation: { status: 'REVOKED' } });
    const accept = await api.gql(ACCEPT, {
      input: { token: tokenOf(acceptUrl), name: 'Late', password: 'a-long-enough-password' },
    });
    expect(accept.body.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'revoked' });
  });

  it('lists invitations by status', async () => {
    await api.ds.query(`DELETE FROM invitation`);
    const invite = async (email: string) =>
      (await api.gql<Invite>(INVITE, { input: { email, role: 'CHAMBER' } }, { cookie: adminCookie })).body
        .data!.inviteUser;
    const pending = await invite('pending@test.example');
    const expired = await invite('expired@test.example');
    await api.ds.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expired.invitation.id,
    ]);
    const revoked = await invite('revoked@test.example');
    await api.gql(
      `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
      { id: revoked.invitation.id },
      {
        cookie: adminCookie,
      },
    );
    const ids = async (status: string) => {
      const res = await api.gql<{ invitations: { edges: { node: { id: string } }[] } }>(
        `query ($status: InvitationStatus) { invitations(status: $status) { edges { node { id } } } }`,
        { status },
        { cookie: adminCookie },
      );
      return res.body.data!.invitations.edges.map((e) => e.node.id);
    };
    expect(await ids('PENDING')).toEqual([pending.invitation.id]);
    expect(await ids('EXPIRED')).toEqual([expired.invitation.id]);
    expect(await ids('REVOKED')).toEqual([revoked.invitation.id]);
    expect(await ids('ACCEPTED')).toEqual([]);
  });

  it('pages through users with cursors and refuses an oversized page', async () => {
    for (let i = 0; i < 3; i++) await createUser(api.ds, 'CONSULTANT');
    type Page = {
      users: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    };
    const q = `query ($after: String) { users(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const res: Awaited<ReturnType<TestApi['gql']>> & { body: { data?: Page | null } } = await api.gql<Page>(
        q,
        { after },
        { cookie: adminCookie },
      );
      const page = res.body.data!.users;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const big = await api.gql(`{ users(first: 101) { totalCount } }`, {}, { cookie: adminCookie });
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('invitation mail, resending and revoking', () => {
  const RESEND = `mutation ($id: ID!) { resendInvitation(id: $id) { acceptUrl invitation { id status expiresAt } } }`;
  const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) { id status } }`;
  const mailsTo = (to: string) =>
    api.ds.query(
      `SELECT kind, language, subject, body_text, body_html FROM mail_outbox WHERE to_address = $1 ORDER BY created_at`,
      [to],
    ) as Promise<{ kind: string; language: string; subject: string; body_text: string; body_html: string }[]>;

  it('mails the link in the chosen language; a resent invitation has a new link and the old one stops working', async () => {
    const email = 'resend.me@test.example';
    const invited = await api.gql<Invite>(
      INVITE,
      { input: { email, role: 'CHAMBER', language: 'en' } },
      { cookie: adminCookie },
    );
    const firstUrl = invited.body.data!.inviteUser.acceptUrl;
    const id = invited.body.data!.inviteUser.invitation.id;
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({ kind: 'INVITATION', language: 'en', subject: 'Your invitation to Filiera' });
    expect(mail!.body_text).toContain(firstUrl);
    expect(mail!.body_html).toContain(`href="${firstUrl}"`);

    // An expired invitation can be sent again too.
    await api.ds.query(`UPDATE invitation SET expires_at = now() - interval '1 day' WHERE id = $1`, [id]);
    const resent = await api.gql<{ resendInvitation: { acceptUrl: string; invitation: { status: string } } }>(
      RESEND,
      { id },
      { cookie: adminCookie },
    );
    expect(resent.body.errors).toBeUndefined();
    const secondUrl = resent.body.data!.resendInvitation.acceptUrl;
    expect(secondUrl).not.toBe(firstUrl);
    expect(resent.body.data!.resendInvitation.invitation.status).toBe('PENDING');
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.body_text).toContain(secondUrl);

    const old = await api.gql(PREVIEW, { token: tokenOf(firstUrl) });
    expect(old.body.data).toEqual({ invitationPreview: null });
    const current = await api.gql(PREVIEW, { token: tokenOf(secondUrl) });
    expect(current.body.data).toMatchObject({ invitationPreview: { email, status: 'PENDING' } });
    const [audit] = await api.ds.query(
      `SELECT actor_id FROM audit_entry WHERE action = 'RESEND_INVITATION' AND entity_id = $1`,
      [id],
    );
    expect(audit).toEqual({ actor_id: adminId });
  });

  it('revokes a pending invitation, after which it can be neither used nor sent again; only the ADMIN may', async () => {
    const invited = await api.gql<Invite>(
      INVITE,
      { input: { email: 'revoke.me@test.example', role: 'CHAMBER' } },
      { cookie: adminCookie },
    );
    const { acceptUrl, invitation } = invited.body.data!.inviteUser;
    const consultant = await createUser(api.ds, 'CONSULTANT');
    const consultantCookie = await api.signIn(consultant.email, TEST_PASSWORD);
    for (const op of [REVOKE, RESEND]) {
      const refused = await api.gql(op, { id: invitation.id }, { cookie: consultantCookie });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const revoked = await api.gql(REVOKE, { id: invitation.id }, { cookie: adminCookie });
    expect(revoked.body.data).toEqual({ revokeInvitation: { id: invitation.id, status: 'REVOKED' } });
    const again = await api.gql(RESEND, { id: invitation.id }, { cookie: adminCookie });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'revoked' });
    const accept = await api.gql(ACCEPT, {
      input: { token: tokenOf(acceptUrl), name: 'Too Late', password: 'Tramonto sul Serchio a Lucca 1987' },
    });
    expect(accept.body.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'revoked' });
    const unknown = await api.gql(
      RESEND,
      { id: '00000000-0000-4000-8000-000000000000' },
      { cookie: adminCookie },
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
