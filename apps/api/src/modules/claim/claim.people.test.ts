import { describe, expect, it } from 'vitest';
import { buildFirm, buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { mailTo, useTestApiWithMail } from '../../test/claim-client.js';

const PEOPLE = `{ firmPeople { viewerIsManager people { id email isManager viewerCanRemove } } }`;
const INVITE = `mutation ($input: InviteColleagueInput!) { inviteColleague(input: $input) { email role firm { id } status } }`;
const REMOVE = `mutation ($input: RemoveColleagueInput!) { removeColleague(input: $input) { id } }`;

describe('a firm’s people: the manager invites and removes colleagues of their own firm only', () => {
  const suite = useTestApiWithMail({ PUBLIC_URL: 'https://filiera.example' });

  async function firmWithTwo() {
    const firm = await buildFirm(suite.api.ds);
    const boss = await buildUser(suite.api.ds, 'FIRM', { firmId: firm.id });
    const mate = await buildUser(suite.api.ds, 'FIRM', {
      firmId: firm.id,
      createdAt: new Date(Date.now() + 1000),
    });
    return { firm, boss, mate, cookie: await suite.api.signIn(boss.email, TEST_PASSWORD) };
  }

  it('the first person manages: sees who may be removed and invites a colleague by mail', async () => {
    const { firm, boss, mate, cookie } = await firmWithTwo();
    const people = await suite.api.gql(PEOPLE, {}, { cookie });
    expect(people.body.data?.firmPeople).toEqual({
      viewerIsManager: true,
      people: [
        { id: boss.id, email: boss.email, isManager: true, viewerCanRemove: false },
        { id: mate.id, email: mate.email, isManager: false, viewerCanRemove: true },
      ],
    });
    const invited = await suite.api.gql(INVITE, { input: { email: 'collega@nuova.example' } }, { cookie });
    expect(invited.body.data?.inviteColleague).toEqual({
      email: 'collega@nuova.example',
      role: 'FIRM',
      firm: { id: firm.id },
      status: 'PENDING',
    });
    const mail = await mailTo(suite.api, suite.smtp, 'collega@nuova.example');
    expect(mail.parsed.text).toContain('/invitation/');
    const [audit] = await suite.api.ds.query(
      `SELECT actor_id FROM audit_entry WHERE action = 'INVITE_USER' AND changes::text LIKE '%collega@nuova.example%'`,
    );
    expect(audit).toEqual({ actor_id: boss.id });
  });

  it('a colleague who is not the manager can neither invite nor remove', async () => {
    const { boss, mate } = await firmWithTwo();
    const cookie = await suite.api.signIn(mate.email, TEST_PASSWORD);
    expect((await suite.api.gql(PEOPLE, {}, { cookie })).body.data?.firmPeople).toMatchObject({
      viewerIsManager: false,
    });
    const invite = await suite.api.gql(INVITE, { input: { email: 'no@nuova.example' } }, { cookie });
    expect(invite.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'claim.firmManagerOnly',
    });
    const remove = await suite.api.gql(
      REMOVE,
      { input: { userId: boss.id, version: boss.version } },
      { cookie },
    );
    expect(remove.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('removes a colleague: deactivated, sessions ended, audited; never one of another firm, nor oneself', async () => {
    const { boss, mate, cookie } = await firmWithTwo();
    const mateCookie = await suite.api.signIn(mate.email, TEST_PASSWORD);
    const other = await firmWithTwo();

    const foreign = await suite.api.gql(
      REMOVE,
      { input: { userId: other.mate.id, version: other.mate.version } },
      { cookie },
    );
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const self = await suite.api.gql(
      REMOVE,
      { input: { userId: boss.id, version: boss.version } },
      { cookie },
    );
    expect(self.body.errors?.[0]?.extensions).toMatchObject({ field: 'userId', reason: 'self' });

    const removed = await suite.api.gql(
      REMOVE,
      { input: { userId: mate.id, version: mate.version } },
      { cookie },
    );
    expect(removed.body.data?.removeColleague).toEqual({ id: mate.id });
    const [row] = await suite.api.ds.query(`SELECT active FROM app_user WHERE id = $1`, [mate.id]);
    expect(row).toEqual({ active: false });
    const afterwards = await suite.api.gql(`{ me { user { id } } }`, {}, { cookie: mateCookie });
    expect(afterwards.body.data).toEqual({ me: null });
    const [audit] = await suite.api.ds.query(
      `SELECT actor_id FROM audit_entry WHERE action = 'REMOVE_COLLEAGUE' AND entity_id = $1`,
      [mate.id],
    );
    expect(audit).toEqual({ actor_id: boss.id });
    const [otherRow] = await suite.api.ds.query(`SELECT active FROM app_user WHERE id = $1`, [other.mate.id]);
    expect(otherRow).toEqual({ active: true });
  });

  it('staff and the Chamber have no firm people to manage', async () => {
    const cookie = await suite.api.signIn((await buildUser(suite.api.ds, 'CHAMBER')).email, TEST_PASSWORD);
    const res = await suite.api.gql(INVITE, { input: { email: 'x@y.example' } }, { cookie });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
