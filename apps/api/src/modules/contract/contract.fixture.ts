import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { emptyContractDocument, type Role } from '@filiera/shared';
import { completeContractDocument } from '@filiera/shared/contract.fixture';
import { buildAdhesion, buildFirm, signInEveryRole } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const CONTRACT = `{ networkContract { id version status type referenceFirm { id } document { title joining }
  missingElements { element field section } nextStatuses } }`;
export const SAVE = `mutation ($input: SaveContractDraftInput!) {
  saveContractDraft(input: $input) { version status document { title joining decisionRules } } }`;
export const STATUS = `mutation ($input: ChangeContractStatusInput!) {
  changeContractStatus(input: $input) { version status registrationNumber registrationDate } }`;
export const COMMENT = `mutation ($input: AddContractCommentInput!) { addContractComment(input: $input) { id section body author { id } } }`;

type Contract = {
  id: string;
  version: number;
  status: string;
  document: { title: string; joining: string };
  missingElements: { element: string; field: string }[];
};

export let api: TestApi;
export const cookies = {} as Record<Role, string>;
export const userIds = {} as Record<Role, string>;
export let referenceFirmId: string;

const TITLE = 'Rete Segromigno';
export const emptyDocument = () => emptyContractDocument(TITLE);
export const completeDocument = () => completeContractDocument(TITLE);

export async function readContract(role: Role = 'ADMIN'): Promise<Contract> {
  const res = await api.gql<{ networkContract: Contract }>(CONTRACT, {}, { cookie: cookies[role] });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.networkContract;
}

export async function addParticipants(n: number) {
  for (let i = 0; i < n; i += 1) {
    const firm = await buildFirm(api.ds);
    await buildAdhesion(api.ds, { firmId: firm.id, status: 'READY_TO_SIGN' });
  }
}

/** The set-up every contract test file shares: call it once at the top of the file. */
export function useContractFixture(): void {
  beforeAll(async () => {
    api = await startTestApi();
    await signInEveryRole(api, cookies, userIds);
    referenceFirmId = (await buildFirm(api.ds)).id;
  });
  afterAll(async () => {
    await api.close();
  });
  // The contract is one row per network: each test starts from the empty DRAFT the migration creates.
  beforeEach(async () => {
    await api.ds.query(`DELETE FROM contract_revision`);
    await api.ds.query(`DELETE FROM contract_comment`);
    await api.ds.query(`DELETE FROM adhesion`);
    await api.ds.query(
      `UPDATE network_contract SET status = 'DRAFT', type = NULL, reference_firm_id = NULL,
              registration_number = NULL, registration_date = NULL,
              document = jsonb_set(document, '{title}', '"Contratto di rete"')`,
    );
  });
}
