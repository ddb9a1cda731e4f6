import { afterAll, beforeAll } from 'vitest';
import { CAPABILITIES } from '../../db/seed/capabilities.js';
import { TEST_PASSWORD, buildFirm, buildUser, insertCapabilities } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { FirmEntity } from './firm.entity.js';

export const UPDATE = `mutation ($input: UpdateFirmProfileInput!) {
  updateFirmProfile(input: $input) {
    id version legalName vatNumber reaNumber exportShare certifications
    capabilities { code }
    completeness { percent missing }
  }
}`;
export const FIRM = `query ($id: ID!) {
  firm(id: $id) {
    id version revenueBand email phone street viewerCanEdit viewerCanReadPrivate
    completeness { percent missing }
    history(first: 10) { totalCount edges { node { action changes actor { id } } } }
    suppliers { capability { code } links { firm { id legalName } sharePercent yearlyVolumePairs } }
    customers { capability { code } links { firm { id } } }
  }
}`;
export const FIRMS = `query ($filter: FirmFilter, $search: String, $orderBy: FirmOrder, $first: Int, $after: String) {
  firms(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id legalName employees capabilities { code } adhesionStatus supplierCount customerCount } }
  }
}`;

export const cap = (code: string) => CAPABILITIES.find((c) => c.code === code)!.id;

export let api: TestApi;
export let adminCookie: string;
export let firmCookie: string;
export let consultantCookie: string;
export let chamberCookie: string;
export let ownFirm: FirmEntity;
export let otherFirm: FirmEntity;
export let firmUserId: string;

export const current = (id: string) => api.ds.getRepository(FirmEntity).findOneByOrFail({ id });
export const errorOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions;

/** The set-up every firm test file shares: call it once at the top of the file. */
export function useFirmFixture(): void {
  beforeAll(async () => {
    api = await startTestApi();
    await insertCapabilities(api.ds);
    ownFirm = await buildFirm(api.ds, {
      legalName: 'Calzaturificio Alfa S.r.l.',
      revenueBand: '2-10M',
      email: 'info@alfa.example',
    });
    otherFirm = await buildFirm(api.ds, {
      legalName: 'Suolificio Beta S.r.l.',
      kind: 'COMPONENTS',
      revenueBand: '<2M',
      email: 'info@beta.example',
      phone: '+39 0583 1',
    });
    const admin = await buildUser(api.ds, 'ADMIN');
    const firmUser = await buildUser(api.ds, 'FIRM', { firmId: ownFirm.id });
    firmUserId = firmUser.id;
    const consultant = await buildUser(api.ds, 'CONSULTANT');
    const chamber = await buildUser(api.ds, 'CHAMBER');
    adminCookie = await api.signIn(admin.email, TEST_PASSWORD);
    firmCookie = await api.signIn(firmUser.email, TEST_PASSWORD);
    consultantCookie = await api.signIn(consultant.email, TEST_PASSWORD);
    chamberCookie = await api.signIn(chamber.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await api.close();
  });
}
