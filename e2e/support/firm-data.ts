import type { APIRequestContext } from '@playwright/test';
import { gql } from './users.js';

/** Calzaturificio Morvelli, the demo FIRM user's factory (DEMO_FIRM_ID in the seed). */
export const DEMO_FIRM_ID = 'f1e1a000-0000-4000-8000-000000000001';

export interface Capability {
  id: string;
  code: string;
  labelIt: string;
}

export interface FirmRef {
  id: string;
  legalName: string;
}

/** The network's capability vocabulary, read through the API. */
export async function readCapabilities(request: APIRequestContext): Promise<Capability[]> {
  const { capabilities } = await gql<{ capabilities: Capability[] }>(
    request,
    '{ capabilities { id code labelIt } }',
  );
  return capabilities;
}

/** District firms offering `capabilityId` that do not supply it to `firmId` yet (at most `first`). */
export async function alternativeSuppliers(
  request: APIRequestContext,
  firmId: string,
  capabilityId: string,
  first: number,
): Promise<FirmRef[]> {
  const { alternativeSuppliers } = await gql<{ alternativeSuppliers: { firm: FirmRef }[] }>(
    request,
    `query ($f: ID!, $c: ID!, $first: Int) { alternativeSuppliers(firmId: $f, capabilityId: $c, first: $first) { firm { id legalName } } }`,
    { f: firmId, c: capabilityId, first },
  );
  return alternativeSuppliers.map((a) => a.firm);
}

/** The ADMIN (`admin`) invites a new FIRM user of `firmId` (`emailName`, made unique): the link's token. */
export async function inviteFirmUser(
  admin: APIRequestContext,
  firmId: string,
  emailName: string,
): Promise<string> {
  const { inviteUser } = await gql<{ inviteUser: { acceptUrl: string } }>(
    admin,
    `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
    { input: { email: `${emailName}.${Date.now()}@filiera.example`, role: 'FIRM', firmId } },
  );
  return inviteUser.acceptUrl.split('/invitation/')[1]!;
}

/** Accepts an invitation in `person`'s context, which is then signed in as the new person. */
export async function acceptInvitation(
  person: APIRequestContext,
  token: string,
  name: string,
): Promise<void> {
  await gql(
    person,
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`,
    { input: { token, name, password: 'una-password-lunga' } },
  );
}
