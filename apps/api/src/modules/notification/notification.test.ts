import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApiWithMail, type TestApi } from '../../test/harness.js';
import { subscribeLive, untilLive } from '../../test/live-client.js';
import type { SmtpSink } from '../../test/smtp-sink.js';
import type { NotificationKind } from '../../generated/graphql.js';
import { notify } from './notification.service.js';
import { CLOSE_DEACTIVATED, CLOSE_SESSION_ENDED } from './live.server.js';

const LIST = `query ($after: String) { notifications(first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id kind readAt params } } } unreadNotificationCount }`;
const READ = `mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const READ_ALL = `mutation { markAllNotificationsRead { count unreadCount } }`;
const SET = `mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind channel } }`;
const PREFS = `{ notificationPreferences { kind channel defaultChannel } }`;
const ADDED = `subscription { notificationAdded { unreadCount notification { id kind } } }`;

let api: TestApi;
let smtp: SmtpSink;
beforeAll(async () => {
  ({ api, smtp } = await startTestApiWithMail());
});
afterAll(() => api.close());

/** Writes a notification for the user as a service would, in a transaction of its own. */
const tell = (
  userId: string,
  kind: NotificationKind = 'SUPPLY_LINK_CONFIRMED',
  title = 'Rinnovo contratto',
) =>
  api.ds.transaction((m) =>
    notify(m, api.config, {
      kind,
      recipients: { userIds: [userId] },
      object: { type: 'Task', id: randomUUID() },
      params: {
        title,
        dueDate: '2026-12-01',
        supplier: 'A',
        customer: 'B',
        capabilityIt: 'x',
        capabilityEn: 'x',
      },
    }),
  );

async function person(language: 'it' | 'en' = 'it') {
  const user = await createUser(api.ds, 'FIRM', { language });
  return { user, cookie: await api.signIn(user.email, TEST_PASSWORD) };
}

describe('notifications', () => {
  it('lists the own notifications newest first, page by page, and marks one or all read; another person’s is not found', async () => {
    const me = await person();
    const other = await person();
    await tell(me.user.id, 'SUPPLY_LINK_CONFIRMED', 'primo');
    await tell(me.user.id, 'SUPPLY_LINK_CONFIRMED', 'secondo');
    await tell(me.user.id, 'SUPPLY_LINK_CONFIRMED', 'terzo');
    await tell(other.user.id);

    type Page = {
      notifications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; readAt: string | null; params: { title: string } } }[];
      };
      unreadNotificationCount: number;
    };
    const first = await api.gql<Page>(LIST, {}, { cookie: me.cookie });
    expect(first.body.data!.notifications.edges.map((e) => e.node.params.title)).toEqual([
      'terzo',
      'secondo',
    ]);
    expect(first.body.data!.unreadNotificationCount).toBe(3);
    const more = await api.gql<Page>(
      LIST,
      { after: first.body.data!.notifications.pageInfo.endCursor },
      { cookie: me.cookie },
    );
    expect(more.body.data!.notifications.edges.map((e) => e.node.params.title)).toEqual(['primo']);
    expect(more.body.data!.notifications.pageInfo.hasNextPage).toBe(false);

    const newest = first.body.data!.notifications.edges[0]!.node.id;
    const stolen = await api.gql(READ, { id: newest }, { cookie: other.cookie });
    expect(stolen.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const read = await api.gql<{ markNotificationRead: { readAt: string } }>(
      READ,
      { id: newest },
      { cookie: me.cookie },
    );
    expect(read.body.data!.markNotificationRead.readAt).toEqual(expect.any(String));
    const all = await api.gql(READ_ALL, {}, { cookie: me.cookie });
    expect(all.body.data).toEqual({ markAllNotificationsRead: { count: 2, unreadCount: 0 } });
    const others = await api.gql<Page>(LIST, {}, { cookie: other.cookie });
    expect(others.body.data!.unreadNotificationCount).toBe(1);
    const [audit] = await api.ds.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE actor_id = $1 AND action IN ('READ_NOTIFICATION', 'READ_ALL_NOTIFICATIONS')`,
      [me.user.id],
    );
    expect(audit.n).toBe(2);

    const anonymous = await api.gql(LIST, {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('respects each person’s channel per kind: e-mail at once in their language, in the app only, or nothing', async () => {
    const me = await person('en');
    const prefs = await api.gql<{ notificationPreferences: { kind: string; channel: string }[] }>(
      PREFS,
      {},
      { cookie: me.cookie },
    );
    expect(prefs.body.data!.notificationPreferences).toContainEqual({
      kind: 'SUPPLY_LINK_DECLARED',
      channel: 'EMAIL',
      defaultChannel: 'EMAIL',
    });
    for (const [kind, channel] of [
      ['SUPPLY_LINK_CONFIRMED', 'EMAIL'],
      ['SUPPLY_LINK_DECLARED', 'IN_APP'],
      ['SUPPLY_LINK_ENDED', 'OFF'],
    ]) {
      const set = await api.gql(SET, { input: { kind, channel } }, { cookie: me.cookie });
      expect(set.body.errors).toBeUndefined();
    }
    const bad = await api.gql(
      SET,
      { input: { kind: 'SUPPLY_LINK_ENDED', channel: 'LOUD' } },
      { cookie: me.cookie },
    );
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect(await tell(me.user.id, 'SUPPLY_LINK_DECLARED')).toBe(1);
    expect(await tell(me.user.id, 'SUPPLY_LINK_ENDED')).toBe(0);
    expect(await tell(me.user.id, 'SUPPLY_LINK_CONFIRMED')).toBe(1);
    const before = smtp.received.length;
    await api.runJobs();
    const mail = await smtp.next();
    expect(mail.to).toEqual([me.user.email]);
    expect(mail.parsed.subject).toBe('Supply link confirmed: A supplies x to B');
    expect(mail.parsed.html).toContain('Open in Filiera');
    expect(smtp.received.length).toBe(before + 1);
    const [{ kinds }] = await api.ds.query(
      `SELECT array_agg(kind ORDER BY kind) AS kinds FROM notification WHERE recipient_id = $1`,
      [me.user.id],
    );
    expect(kinds).toEqual(['SUPPLY_LINK_CONFIRMED', 'SUPPLY_LINK_DECLARED']);
  });
});

describe('kinds wired to changes', () => {
  it('an adhesion moved to DOCUMENTS_REQUESTED tells the firm’s users, by e-mail at once, not the consultant who moved it', async () => {
    const firmUser = await person();
    const consultant = await createUser(api.ds, 'CONSULTANT');
    const cookie = await api.signIn(consultant.email, TEST_PASSWORD);
    const [adhesion] = await api.ds.query(
      `INSERT INTO adhesion (firm_id, status) VALUES ($1, 'INVITED') RETURNING id`,
      [firmUser.user.firmId],
    );
    const moved = await api.gql(
      `mutation ($input: MoveAdhesionInput!) { moveAdhesion(input: $input) { status } }`,
      { input: { id: adhesion.id, version: 1, to: 'DOCUMENTS_REQUESTED' } },
      { cookie },
    );
    expect(moved.body.errors).toBeUndefined();
    await api.runJobs();
    const rows: { recipient_id: string; kind: string; delivery: string }[] = await api.ds.query(
      `SELECT recipient_id, kind, delivery FROM notification WHERE object_id = $1`,
      [adhesion.id],
    );
    expect(rows).toEqual([
      { recipient_id: firmUser.user.id, kind: 'ADHESION_DOCUMENTS_REQUESTED', delivery: 'EMAIL' },
    ]);
  });
  it('a task assigned to someone tells them, and so does a comment on it; nobody hears of their own action', async () => {
    const lead = await createUser(api.ds, 'CONSULTANT');
    const assignee = await createUser(api.ds, 'CONSULTANT');
    const cookie = await api.signIn(lead.email, TEST_PASSWORD);
    const created = await api.gql<{ createTask: { id: string } }>(
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { title: 'Raccogliere le visure', phase: 'ADHESIONS', assigneeId: assignee.id } },
      { cookie },
    );
    expect(created.body.errors).toBeUndefined();
    const taskId = created.body.data!.createTask.id;
    await api.gql(
      `mutation ($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id } }`,
      { input: { taskId, body: 'Manca Morvelli' } },
      { cookie },
    );
    await api.runJobs();
    const rows: { recipient_id: string; kind: string; title: string }[] = await api.ds.query(
      `SELECT recipient_id, kind, params->>'title' AS title FROM notification WHERE object_id = $1 ORDER BY kind`,
      [taskId],
    );
    expect(rows).toEqual([
      { recipient_id: assignee.id, kind: 'TASK_ASSIGNED', title: 'Raccogliere le visure' },
      { recipient_id: assignee.id, kind: 'TASK_COMMENTED', title: 'Raccogliere le visure' },
    ]);
  });
});

describe('live connections', () => {
  it('refuses a socket without a session and runs only subscriptions on it', async () => {
    const anonymous = subscribeLive(api.url, null, ADDED);
    expect(await anonymous.closed).not.toBe(1000);
    const me = await person();
    const query = subscribeLive(api.url, me.cookie, `{ unreadNotificationCount }`);
    await expect(query.next()).rejects.toThrow(/Only subscriptions/);
    await query.dispose();
  });

  it('closes the socket when its session ends or its user is deactivated', async () => {
    const me = await person();
    const signedOut = subscribeLive(api.url, me.cookie, ADDED);
    await untilLive(signedOut, () => tell(me.user.id).then(() => undefined));
    await api.gql(`mutation { signOut }`, {}, { cookie: me.cookie });
    expect(await signedOut.closed).toBe(CLOSE_SESSION_ENDED);

    const again = await api.signIn(me.user.email, TEST_PASSWORD);
    const deactivated = subscribeLive(api.url, again, ADDED);
    await untilLive(deactivated, () => tell(me.user.id).then(() => undefined));
    await api.ds.query(`UPDATE app_user SET active = false WHERE id = $1`, [me.user.id]);
    expect([CLOSE_DEACTIVATED, CLOSE_SESSION_ENDED]).toContain(await deactivated.closed);
  });
});
