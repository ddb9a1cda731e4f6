import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUTHORIZED_BY } from '../../common/auth.js';
import { resolvers, typeDefs } from '../../schema.js';
import { api, chamber, consultant, firmUser, useReportFixture } from './report.fixture.js';

useReportFixture();

describe('saved report views', () => {
  const SAVE = `mutation ($input: SaveReportViewInput!) { saveReportView(input: $input) { id name section filter version } }`;
  const LIST = `{ savedReportViews { id name filter } }`;
  const DELETE = `mutation ($id: ID!, $version: Int!) { deleteReportView(id: $id, version: $version) }`;
  const audits = async (id: string) =>
    Number(
      (
        (await api.ds.query(`SELECT count(*) AS n FROM audit_entry WHERE entity_id = $1`, [id])) as {
          n: string;
        }[]
      )[0]!.n,
    );

  it('saves, lists and deletes a person’s own views, audited, with version checks', async () => {
    const saved = await api.gql<{ saveReportView: { id: string; filter: unknown; version: number } }>(
      SAVE,
      { input: { name: 'Lammari', section: 'OVERVIEW', filter: { hamlets: ['Lammari'], kinds: [] } } },
      { cookie: chamber },
    );
    expect(saved.body.errors).toBeUndefined();
    const view = saved.body.data!.saveReportView;
    expect(view.filter).toEqual({ hamlets: ['Lammari'] });
    expect(await audits(view.id)).toBe(1);

    const mine = await api.gql<{ savedReportViews: { id: string }[] }>(LIST, {}, { cookie: chamber });
    expect(mine.body.data!.savedReportViews.map((v) => v.id)).toEqual([view.id]);
    const theirs = await api.gql<{ savedReportViews: { id: string }[] }>(LIST, {}, { cookie: consultant });
    expect(theirs.body.data!.savedReportViews).toEqual([]);

    const taken = await api.gql(SAVE, { input: { name: 'LAMMARI', section: 'PLAN' } }, { cookie: chamber });
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'taken',
    });
    const empty = await api.gql(SAVE, { input: { name: '  ', section: 'PLAN' } }, { cookie: chamber });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const badFilter = await api.gql(
      SAVE,
      { input: { name: 'x', section: 'PLAN', filter: { to: 'ieri' } } },
      { cookie: chamber },
    );
    expect(badFilter.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.to',
    });

    const other = await api.gql(DELETE, { id: view.id, version: 1 }, { cookie: consultant });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stale = await api.gql(DELETE, { id: view.id, version: 7 }, { cookie: chamber });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const firm = await api.gql(LIST, {}, { cookie: firmUser });
    expect(firm.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const gone = await api.gql(DELETE, { id: view.id, version: 1 }, { cookie: chamber });
    expect(gone.body.data).toEqual({ deleteReportView: view.id });
    expect(await audits(view.id)).toBe(2);
    expect(
      (await api.gql<{ savedReportViews: unknown[] }>(LIST, {}, { cookie: chamber })).body.data!
        .savedReportViews,
    ).toEqual([]);
  });
});

/**
 * CHAMBER reads but changes nothing: every mutation of the schema, called with well-formed dummy
 * arguments, is refused and leaves the audit log as it was.
 */
describe('CHAMBER and every mutation', () => {
  /** Mutations CHAMBER may call, and why. */
  const ALLOWED: Record<string, string> = {
    signOut: 'ends the caller’s own session (called last would end this test’s session: not called)',
    saveReportView: 'a personal bookmark, not district data (tested above)',
    deleteReportView: 'a personal bookmark, not district data (tested above)',
    endOtherSessions: 'ends the caller’s own other sessions, not district data (auth/account.test.ts)',
    changePassword: 'the caller’s own password, not district data (auth/account.test.ts)',
    requestPasswordReset:
      'open to anyone and answers true for any address; an unknown one changes nothing (auth/password-reset.test.ts)',
    requestEmailChange: 'the caller’s own address, confirmed from the new one (auth/email-change.test.ts)',
    startTwoFactorEnrolment: 'the caller’s own two-factor sign-in (auth/two-factor.test.ts)',
    confirmTwoFactorEnrolment: 'the caller’s own two-factor sign-in (auth/two-factor.test.ts)',
    disableTwoFactor: 'the caller’s own two-factor sign-in (auth/two-factor.test.ts)',
    regenerateRecoveryCodes: 'the caller’s own recovery codes (auth/recovery-codes.test.ts)',
    markNotificationRead: 'the caller’s own notifications (notification/notification.test.ts)',
    markAllNotificationsRead: 'the caller’s own notifications (notification/notification.test.ts)',
    setNotificationPreference: 'the caller’s own preferences (notification/notification.test.ts)',
  };
  /**
   * Open to anyone by design (rule `anyone`): with dummy arguments they must fail without changing
   * anything, which the audit-log check asserts.
   */
  const PUBLIC: Record<string, string[]> = {
    signIn: ['UNAUTHENTICATED', 'BAD_USER_INPUT'],
    acceptInvitation: ['BAD_USER_INPUT'],
    resetPassword: ['BAD_USER_INPUT'],
    completeSignIn: ['BAD_USER_INPUT'],
    confirmEmailChange: ['BAD_USER_INPUT'],
  };

  const schema = buildSchema(typeDefs.join('\n'));

  function dummy(type: GraphQLInputType, depth = 0): unknown {
    if (isNonNullType(type)) return dummy(type.ofType, depth);
    if (isListType(type)) return [dummy(type.ofType, depth)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((fd) => isNonNullType(fd.type));
      return Object.fromEntries(fields.map((fd) => [fd.name, dummy(fd.type, depth + 1)]));
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID':
          return randomUUID();
        case 'Int':
          return 1;
        case 'Float':
          return 1;
        case 'Boolean':
          return false;
        case 'DateTime':
          return '2026-01-01T00:00:00.000Z';
        case 'JSON':
          return {};
        default:
          return 'x';
      }
    }
    throw new Error(`no dummy for ${String(type)}`);
  }

  const mutationFields = Object.values(schema.getMutationType()!.getFields());
  const ruleOf = (name: string): string | undefined =>
    (resolvers.Mutation as Record<string, { [AUTHORIZED_BY]?: string }>)[name]?.[AUTHORIZED_BY];

  it('finds the mutations to check', () => {
    expect(mutationFields.length).toBeGreaterThan(20);
  });

  for (const field of mutationFields.filter((m) => !(m.name in ALLOWED))) {
    it(`refuses ${field.name}`, async () => {
      const vars = field.args.map((a, i) => `$a${i}: ${String(a.type)}`);
      const args = field.args.map((a, i) => `${a.name}: $a${i}`);
      const named = getNamedType(field.type);
      const selection =
        isObjectType(named) || (!isScalarType(named) && !isEnumType(named)) ? ' { __typename }' : '';
      const query = `mutation${vars.length ? `(${vars.join(', ')})` : ''} { ${field.name}${
        args.length ? `(${args.join(', ')})` : ''
      }${selection} }`;
      const variables = Object.fromEntries(field.args.map((a, i) => [`a${i}`, dummy(a.type)]));
      const before = await api.ds.query(`SELECT count(*)::int AS n FROM audit_entry`);
      const res = await api.gql(query, variables, { cookie: chamber });
      const code = res.body.errors?.[0]?.extensions?.code;
      const rule = ruleOf(field.name);
      const expected =
        PUBLIC[field.name] ?? (rule === 'signedIn' ? ['FORBIDDEN', 'NOT_FOUND'] : ['FORBIDDEN']);
      expect(res.body.data ?? null, `${field.name} answered data`).toBeNull();
      expect(
        expected,
        `${field.name} (rule ${rule}) answered ${String(code)}: ${res.body.errors?.[0]?.message}`,
      ).toContain(code);
      expect(await api.ds.query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual(before);
    });
  }
});
