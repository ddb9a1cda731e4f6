import type { APIRequestContext } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/** The seeded demo accounts (see the README table). */
export const DEMO = {
  ADMIN: {
    email: 'admin@filiera.example',
    password: 'filiera-admin-2026',
    totpSecret: 'FILIERADEMOADMINSEGROMIGNOLUCCAX',
    dashboard: 'Pannello di amministrazione',
  },
  CONSULTANT: {
    email: 'consulente@filiera.example',
    password: 'filiera-consulente-2026',
    totpSecret: 'FILIERADEMOCONSULENTESEGROMIGNOX',
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

/** The demo person's authenticator secret: the staff (ADMIN, CONSULTANT) sign in with a second factor. */
export const totpSecretOf = (role: DemoRole): string | null => {
  const demo = DEMO[role];
  return 'totpSecret' in demo ? demo.totpSecret : null;
};

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

/**
 * The code an authenticator app shows for `secret`, `stepsAhead` 30-second steps from now. The app accepts
 * a code one step either side of its clock, and each step once per person: a test that signs the same
 * person in twice within 30 s uses different steps.
 */
export function totpCode(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

/**
 * Signs a demo person in through the API; the staff (ADMIN, CONSULTANT) answer the second step with the
 * previous step's code, which leaves the current and the next for the sign-in journeys (sign-in.spec.ts).
 */
export async function signInThroughApi(request: APIRequestContext, role: DemoRole): Promise<void> {
  const demo = DEMO[role];
  const secret = totpSecretOf(role);
  const res = await request.post('/graphql', {
    data: {
      query: `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      variables: { input: { email: demo.email, password: demo.password } },
    },
  });
  const body = (await res.json()) as { errors?: { message: string; extensions?: { challenge?: string } }[] };
  const challenge = body.errors?.[0]?.extensions?.challenge;
  if (challenge && secret) {
    // The previous step's code is refused once the server's clock turns a step: never send it in a step's
    // last 3 seconds.
    const intoStep = Date.now() % 30_000;
    if (intoStep > 27_000) await new Promise((resolve) => setTimeout(resolve, 30_000 - intoStep + 50));
    await gql(
      request,
      `mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { id } } }`,
      {
        input: { challenge, code: totpCode(secret, -1) },
      },
    );
  } else if (body.errors?.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
}
