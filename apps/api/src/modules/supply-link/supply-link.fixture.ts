import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { FirmKind } from '@filiera/shared';
import {
  TEST_PASSWORD,
  buildCapability,
  buildFirm,
  buildFirmCapabilities,
  buildSupplyLink,
  buildUser,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import type { CapabilityEntity } from '../capability/capability.entity.js';
import type { FirmEntity } from '../firm/firm.entity.js';

const LINK_FIELDS = `id status version sharePercent yearlyVolumePairs since note decisionNote recordedOnBehalf
  viewerCanDecide viewerCanEnd supplier { id } customer { id } capability { id } declaredBy { id }`;
export const DECLARE = `mutation ($input: DeclareSupplyLinkInput!) { declareSupplyLink(input: $input) { ${LINK_FIELDS} } }`;
export const CONFIRM = `mutation ($id: ID!, $version: Int!) { confirmSupplyLink(id: $id, version: $version) { ${LINK_FIELDS} } }`;
export const REJECT = `mutation ($id: ID!, $version: Int!, $note: String) { rejectSupplyLink(id: $id, version: $version, note: $note) { ${LINK_FIELDS} } }`;
export const END = `mutation ($id: ID!, $version: Int!) { endSupplyLink(id: $id, version: $version) { ${LINK_FIELDS} } }`;
export const PENDING = `{ pendingSupplyLinkRequests { id supplier { id } customer { id } } }`;
export const CHAIN = `query ($firmId: ID!, $direction: SupplyChainDirection!, $depth: Int) {
  supplyChain(firmId: $firmId, direction: $direction, depth: $depth) { nodes { tier firm { id } } links { id } }
}`;

export interface Link {
  id: string;
  status: string;
  version: number;
  sharePercent: number | null;
  yearlyVolumePairs: number | null;
  recordedOnBehalf: boolean;
  viewerCanDecide: boolean;
  viewerCanEnd: boolean;
  declaredBy: { id: string } | null;
  decisionNote: string | null;
}

export let api: TestApi;
export let capA: CapabilityEntity;
export let capB: CapabilityEntity;

export const capability = (code: string): Promise<CapabilityEntity> =>
  buildCapability(api.ds, {
    code: `${code}_${randomBytes(3).toString('hex')}`,
    labelIt: code,
    labelEn: code,
  });

export const offers = (firm: FirmEntity, ...caps: CapabilityEntity[]) =>
  buildFirmCapabilities(api.ds, firm, ...caps);

/** A firm with a signed-in FIRM user. */
export async function firmWithUser(kind: FirmKind = 'COMPONENTS', overrides: Partial<FirmEntity> = {}) {
  const firm = await buildFirm(api.ds, { kind, ...overrides });
  const user = await buildUser(api.ds, 'FIRM', { firmId: firm.id });
  return { firm, cookie: await api.signIn(user.email, TEST_PASSWORD) };
}

export async function signedIn(role: 'ADMIN' | 'CONSULTANT' | 'CHAMBER'): Promise<string> {
  const user = await buildUser(api.ds, role);
  return api.signIn(user.email, TEST_PASSWORD);
}

/** Inserts a CONFIRMED link directly: the graph fixtures below are about analyses, not the workflow. */
export async function confirmedLink(
  supplier: FirmEntity,
  customer: FirmEntity,
  cap: CapabilityEntity,
  volume: number | null = null,
): Promise<string> {
  const link = await buildSupplyLink(api.ds, {
    supplierId: supplier.id,
    customerId: customer.id,
    capabilityId: cap.id,
    yearlyVolumePairs: volume,
  });
  return link.id;
}

export const errorOf = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.[0]?.extensions;

export const linkCount = async () =>
  (await api.ds.query(`SELECT count(*)::int AS n FROM supply_link`))[0].n as number;

/** The set-up every supply-link test file shares: call it once at the top of the file. */
export function useSupplyLinkFixture(): void {
  beforeAll(async () => {
    api = await startTestApi();
    capA = await capability('SOLES');
    capB = await capability('HEELS');
  });
  afterAll(async () => {
    await api.close();
  });
}
