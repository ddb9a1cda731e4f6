import type { APIRequestContext } from '@playwright/test';

/** The seeded demo accounts (see the README table). */
export const DEMO = {
  ADMIN: {
    email: 'admin@filiera.example',
    password: 'filiera-admin-2026',
    dashboard: 'Pannello di amministrazione',
  },
  CONSULTANT: {
    email: 'consulente@filiera.example',
    password: 'filiera-consulente-2026',
    dashboard: 'Avvio della rete',
  },
  CHAMBER: {
    email: 'camera@filiera.example',
    password: 'filiera-camera-2026',
    dashboard: 'Osservatorio del distretto',
  },
  FIRM: { email: 'impresa@filiera.example', password: 'filiera-impresa-2026', dashboard: 'La mia impresa' },
} as const;

export type DemoRole = keyof typeof DEMO;

/** Per port, so test runs on different ports do not overwrite each other's sessions. */
export const storageStatePath = (role: DemoRole) =>
  `.auth/${process.env.E2E_PORT ?? '4310'}/${role.toLowerCase()}.json`;

/** Runs a GraphQL operation through the API, with the request context's cookies. */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export async function signInThroughApi(request: APIRequestContext, role: DemoRole): Promise<void> {
  const { email, password } = DEMO[role];
  await gql(request, `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    input: { email, password },
  });
}
