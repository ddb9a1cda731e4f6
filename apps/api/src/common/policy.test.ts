import { describe, expect, it } from 'vitest';
import type { Role } from '@filiera/shared';
import { buildFirm } from '../test/factories.js';
import { useApiWithEveryRole } from '../test/every-role.js';
import { resolvers, typeDefs } from '../schema.js';
import { buildSchema, isObjectType } from 'graphql';
import { AUTHORIZED_BY } from './auth.js';

describe('deny by default', () => {
  it('wraps every root Query and Mutation field in a named policy rule', () => {
    const schema = buildSchema(typeDefs.join('\n'));
    for (const type of ['Query', 'Mutation'] as const) {
      const root = schema.getType(type);
      const fields = isObjectType(root) ? Object.keys(root.getFields()) : [];
      expect(fields.length).toBeGreaterThan(0);
      const map = (resolvers as Record<string, Record<string, unknown>>)[type] ?? {};
      for (const field of fields) {
        const resolver = map[field] as { [AUTHORIZED_BY]?: string } | undefined;
        expect(resolver?.[AUTHORIZED_BY], `${type}.${field} has no policy rule`).toEqual(expect.any(String));
      }
    }
  });
});

describe('what each role may reach', () => {
  const fixture = useApiWithEveryRole();
  const { cookies } = fixture;

  const outcome = async (query: string, role: Role | 'anonymous', variables = {}) => {
    const res = await fixture.api.gql(query, variables, {
      cookie: role === 'anonymous' ? null : cookies[role],
    });
    return (res.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
  };

  type Outcomes = Record<Role | 'anonymous', string>;
  const ADMIN_ONLY: Outcomes = {
    ADMIN: 'OK',
    CONSULTANT: 'FORBIDDEN',
    FIRM: 'FORBIDDEN',
    CHAMBER: 'FORBIDDEN',
    anonymous: 'UNAUTHENTICATED',
  };
  const SIGNED_IN: Outcomes = {
    ADMIN: 'OK',
    CONSULTANT: 'OK',
    FIRM: 'OK',
    CHAMBER: 'OK',
    anonymous: 'UNAUTHENTICATED',
  };
  const cases: {
    name: string;
    query: string;
    variables?: Record<string, unknown>;
    expected: Outcomes;
  }[] = [
    {
      name: 'the user list',
      query: `{ users(first: 5) { totalCount } }`,
      expected: ADMIN_ONLY,
    },
    {
      name: 'inviting a user',
      query: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
      variables: { input: { email: 'new.person@test.example', role: 'CHAMBER' } },
      expected: ADMIN_ONLY,
    },
    {
      name: 'the audit log',
      query: `{ auditEntries(first: 5) { totalCount } }`,
      expected: ADMIN_ONLY,
    },
    {
      name: 'the district summary',
      query: `{ districtSummary { firmCount } }`,
      expected: {
        ADMIN: 'OK',
        CONSULTANT: 'OK',
        FIRM: 'FORBIDDEN',
        CHAMBER: 'OK',
        anonymous: 'UNAUTHENTICATED',
      },
    },
    {
      name: 'the firm directory',
      query: `{ firms(first: 5) { totalCount } }`,
      expected: SIGNED_IN,
    },
    {
      name: 'the capability vocabulary',
      query: `{ capabilities { code } }`,
      expected: SIGNED_IN,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: ${JSON.stringify(c.expected)}`, async () => {
      const actual: Record<string, string> = {};
      for (const role of Object.keys(c.expected) as (Role | 'anonymous')[]) {
        // Each role invites a different address, so ADMIN's success does not make the others fail on input.
        const variables = c.variables
          ? {
              input: {
                ...(c.variables.input as object),
                email: `${role.toLowerCase()}-${Date.now()}@test.example`,
              },
            }
          : {};
        actual[role] = await outcome(c.query, role, variables);
      }
      expect(actual).toEqual(c.expected);
    });
  }

  it('tells a FIRM user it may edit its own firm only', async () => {
    await buildFirm(fixture.api.ds);
    const res = await fixture.api.gql<{ me: { user: { firm: { id: string; viewerCanEdit: boolean } } } }>(
      `{ me { user { firm { id viewerCanEdit } } } }`,
      {},
      { cookie: cookies.FIRM },
    );
    const own = res.body.data!.me.user.firm;
    expect(own.viewerCanEdit).toBe(true);
    const other = await fixture.api.gql<{
      firms: { edges: { node: { id: string; viewerCanEdit: boolean } }[] };
    }>(`{ firms(first: 50) { edges { node { id viewerCanEdit } } } }`, {}, { cookie: cookies.FIRM });
    const others = other.body.data!.firms.edges.filter((e) => e.node.id !== own.id);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((e) => !e.node.viewerCanEdit)).toBe(true);
  });
});
