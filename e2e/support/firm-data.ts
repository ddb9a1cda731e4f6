import {
  request as playwrightRequest,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
} from '@playwright/test';
import { gql, storageStatePath } from './users.js';

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

/** A valid Partita IVA: 7 digits of a progressive, office 046 (Lucca), the check digit. */
export function partitaIva(): string {
  const base = `${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}046`;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const d = Number(base[i]);
    sum += i % 2 === 0 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return `${base}${(10 - (sum % 10)) % 10}`;
}

/** What a firm added by a test may differ in from a shoe factory of Capannori. */
export interface FirmProfile {
  kind?: 'SHOE_FACTORY' | 'PROCESSING' | 'COMPONENTS' | 'SERVICES';
  hamlet?: string;
  pec?: string;
}

/** Staff (`request`: ADMIN or CONSULTANT) add a firm (by default a shoe factory of Capannori) to the registry. */
export const addFirm = (
  request: APIRequestContext,
  legalName: string,
  vatNumber = partitaIva(),
  profile: FirmProfile = {},
) =>
  gql<{ addFirm: { id: string } }>(
    request,
    `mutation ($input: AddFirmInput!) { addFirm(input: $input) { id } }`,
    { input: { legalName, vatNumber, kind: 'SHOE_FACTORY', municipality: 'Capannori', ...profile } },
  ).then((r) => ({ id: r.addFirm.id, vatNumber }));

/**
 * A factory of a test's own (added by the ADMIN `admin`), for a test that changes a factory's supply links
 * or profile: the demo firms' are read by other tests. An uppers maker (tomaificio, a PROCESSING firm): it
 * buys like a shoe factory, while the shoe-factory figures other tests read (directory facets, sole
 * suppliers) stay as they are.
 */
export async function ownFactory(admin: APIRequestContext, word: string): Promise<FirmRef> {
  const legalName = `Tomaificio ${word} S.r.l.`;
  return { id: (await addFirm(admin, legalName, partitaIva(), { kind: 'PROCESSING' })).id, legalName };
}

/**
 * A new FIRM user of `firmId` called `name` (invited by the ADMIN, accepted), signed in a browser context
 * of its own.
 */
export async function firmPerson(
  browser: Browser,
  baseURL: string,
  firmId: string,
  name: string,
): Promise<BrowserContext> {
  const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
  const token = await inviteFirmUser(admin, firmId, name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  await admin.dispose();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: 'it-IT' });
  await acceptInvitation(context.request, token, name);
  return context;
}

export interface OwnAdhesion {
  firmId: string;
  legalName: string;
  adhesionId: string;
  adhesionVersion: number;
  /** Signed in as the firm's person. */
  person: BrowserContext;
}

/**
 * A firm of the journey's own (a shoe factory unless `profile` says otherwise), so that moving its adhesion
 * leaves the demo data as it was: added by the ADMIN, with a person of its own (named `person`) who
 * expressed interest, so that it stands INTERESTED.
 */
export async function interestedFirm(
  browser: Browser,
  baseURL: string,
  legalName: string,
  person: string,
  profile: FirmProfile = {},
): Promise<OwnAdhesion> {
  const admin = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath('ADMIN') });
  const { id: firmId } = await addFirm(admin, legalName, partitaIva(), profile);
  await admin.dispose();
  const context = await firmPerson(browser, baseURL, firmId, person);
  const { expressInterest } = await gql<{ expressInterest: { id: string; version: number } }>(
    context.request,
    'mutation { expressInterest { id version } }',
  );
  return {
    firmId,
    legalName,
    adhesionId: expressInterest.id,
    adhesionVersion: expressInterest.version,
    person: context,
  };
}
