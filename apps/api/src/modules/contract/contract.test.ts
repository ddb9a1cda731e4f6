import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@filiera/shared';
import { TEST_PASSWORD, buildAdhesion, buildFirm, buildUser } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const CONTRACT = `{ networkContract { id version status type referenceFirm { id } document { title joining }
  missingElements { element field section } nextStatuses } }`;
const SAVE = `mutation ($input: SaveContractDraftInput!) {
  saveContractDraft(input: $input) { version status document { title joining decisionRules } } }`;
const STATUS = `mutation ($input: ChangeContractStatusInput!) {
  changeContractStatus(input: $input) { version status registrationNumber registrationDate } }`;
const COMMENT = `mutation ($input: AddContractCommentInput!) { addContractComment(input: $input) { id section body author { id } } }`;

type Contract = {
  id: string;
  version: number;
  status: string;
  document: { title: string; joining: string };
  missingElements: { element: string; field: string }[];
};

let api: TestApi;
const cookies = {} as Record<Role, string>;
const userIds = {} as Record<Role, string>;
let referenceFirmId: string;

beforeAll(async () => {
  api = await startTestApi();
  for (const role of ['ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER'] as const) {
    const user = await buildUser(api.ds, role);
    userIds[role] = user.id;
    cookies[role] = await api.signIn(user.email, TEST_PASSWORD);
  }
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

const emptyDocument = () => ({
  title: 'Rete Segromigno',
  objectives: [],
  programme: { activities: '', rights: '', obligations: '' },
  duration: { years: null, notes: '' },
  joining: '',
  organoComune: { present: null, composition: '', powers: '', replacement: '' },
  decisionRules: '',
  commonFund: { present: false, contributions: '', management: '' },
  withdrawalExclusion: '',
});

const completeDocument = () => ({
  ...emptyDocument(),
  objectives: [{ title: 'Export', measure: 'Quota export media, ogni anno' }],
  programme: { activities: 'Fiere comuni', rights: 'Servizi comuni', obligations: 'Contributo annuo' },
  duration: { years: 5, notes: '' },
  joining: 'Domanda all’organo comune',
  organoComune: { present: false, composition: '', powers: '', replacement: '' },
  decisionRules: 'Maggioranza dei partecipanti',
});

async function readContract(role: Role = 'ADMIN'): Promise<Contract> {
  const res = await api.gql<{ networkContract: Contract }>(CONTRACT, {}, { cookie: cookies[role] });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.networkContract;
}

async function addParticipants(n: number) {
  for (let i = 0; i < n; i += 1) {
    const firm = await buildFirm(api.ds);
    await buildAdhesion(api.ds, { firmId: firm.id, status: 'READY_TO_SIGN' });
  }
}

describe('the completeness rule', () => {
  it('keeps the contract in DRAFT while elements are missing, listing every one, then lets it go', async () => {
    const start = await readContract();
    expect(start.status).toBe('DRAFT');
    expect(start.missingElements.map((m) => m.element)).toEqual([
      'TYPE',
      'REFERENCE_FIRM',
      'PARTICIPANTS',
      'OBJECTIVES',
      'PROGRAMME',
      'DURATION',
      'JOINING',
      'ORGANO_COMUNE',
      'DECISION_RULES',
    ]);

    const refused = await api.gql(
      STATUS,
      { input: { version: start.version, status: 'UNDER_REVIEW' } },
      {
        cookie: cookies.ADMIN,
      },
    );
    const ext = refused.body.errors?.[0]?.extensions as Record<string, unknown>;
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.missingElements).toEqual(start.missingElements.map((m) => m.element));
    expect((ext.fields as { field: string }[]).map((f) => f.field)).toContain('document.objectives');
    expect((await readContract()).status).toBe('DRAFT');

    await addParticipants(2);
    const saved = await api.gql<{ saveContractDraft: { version: number } }>(
      SAVE,
      {
        input: {
          version: start.version,
          type: 'RETE_CONTRATTO',
          referenceFirmId,
          document: completeDocument(),
          changeSummary: 'Tutti gli elementi',
        },
      },
      { cookie: cookies.ADMIN },
    );
    expect(saved.body.errors).toBeUndefined();
    expect((await readContract()).missingElements).toEqual([]);

    const moved = await api.gql<{ changeContractStatus: { status: string } }>(
      STATUS,
      { input: { version: saved.body.data!.saveContractDraft.version, status: 'UNDER_REVIEW' } },
      { cookie: cookies.ADMIN },
    );
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data!.changeContractStatus.status).toBe('UNDER_REVIEW');

    const audit = await api.ds.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'NetworkContract' ORDER BY created_at`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'SAVE_CONTRACT_DRAFT',
      'CHANGE_CONTRACT_STATUS',
    ]);
  });

  it('asks a rete-soggetto for an organo comune and a common fund', async () => {
    const start = await readContract();
    await api.gql(
      SAVE,
      {
        input: {
          version: start.version,
          type: 'RETE_SOGGETTO',
          referenceFirmId,
          document: completeDocument(),
          changeSummary: 'Rete-soggetto',
        },
      },
      { cookie: cookies.ADMIN },
    );
    const elements = (await readContract()).missingElements.map((m) => m.element);
    expect(elements).toEqual(expect.arrayContaining(['ORGANO_COMUNE', 'COMMON_FUND']));
  });

  it('registers only with a registration number and date, and refuses skipping a status', async () => {
    await addParticipants(2);
    await api.ds.query(
      `UPDATE network_contract SET type = 'RETE_CONTRATTO', reference_firm_id = $1, document = $2, status = 'SIGNED'`,
      [referenceFirmId, JSON.stringify(completeDocument())],
    );
    const { version } = await readContract();
    const missing = await api.gql(
      STATUS,
      { input: { version, status: 'REGISTERED' } },
      { cookie: cookies.ADMIN },
    );
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        expect.objectContaining({ field: 'registrationNumber', reason: 'required' }),
        expect.objectContaining({ field: 'registrationDate', reason: 'required' }),
      ],
    });
    const back = await api.gql(STATUS, { input: { version, status: 'DRAFT' } }, { cookie: cookies.ADMIN });
    expect(back.body.errors?.[0]?.extensions).toMatchObject({
      field: 'status',
      reason: 'illegal_transition',
    });
    const ok = await api.gql<{ changeContractStatus: { status: string; registrationNumber: string } }>(
      STATUS,
      {
        input: {
          version,
          status: 'REGISTERED',
          registrationNumber: 'LU-2026-0042',
          registrationDate: '2026-11-20',
        },
      },
      { cookie: cookies.ADMIN },
    );
    expect(ok.body.data?.changeContractStatus).toMatchObject({
      status: 'REGISTERED',
      registrationNumber: 'LU-2026-0042',
      registrationDate: '2026-11-20',
    });
  });
});

describe('who may write the contract', () => {
  it('lets only the manager save the draft: CHAMBER, FIRM and CONSULTANT are refused and nothing changes', async () => {
    const { version } = await readContract();
    for (const role of ['CHAMBER', 'FIRM', 'CONSULTANT'] as const) {
      const res = await api.gql(
        SAVE,
        { input: { version, document: emptyDocument(), changeSummary: 'no' } },
        { cookie: cookies[role] },
      );
      expect(res.body.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const chamberStatus = await api.gql(
      STATUS,
      { input: { version, status: 'UNDER_REVIEW' } },
      {
        cookie: cookies.CHAMBER,
      },
    );
    expect(chamberStatus.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await readContract()).version).toBe(version);
    expect(await api.ds.query(`SELECT id FROM contract_revision`)).toEqual([]);
  });

  it('lets consultants comment on a section, and refuses the chamber and firms', async () => {
    const ok = await api.gql<{ addContractComment: { section: string; author: { id: string } } }>(
      COMMENT,
      { input: { section: 'OBJECTIVES', body: 'Aggiungere un indicatore di innovazione' } },
      { cookie: cookies.CONSULTANT },
    );
    expect(ok.body.data?.addContractComment).toMatchObject({
      section: 'OBJECTIVES',
      author: { id: userIds.CONSULTANT },
    });
    for (const role of ['CHAMBER', 'FIRM'] as const) {
      const refused = await api.gql(
        COMMENT,
        { input: { section: 'OBJECTIVES', body: 'x' } },
        { cookie: cookies[role] },
      );
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const empty = await api.gql(
      COMMENT,
      { input: { section: 'OBJECTIVES', body: '   ' } },
      {
        cookie: cookies.CONSULTANT,
      },
    );
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const list = await api.gql<{ networkContract: { comments: { totalCount: number } } }>(
      `{ networkContract { comments(section: OBJECTIVES) { totalCount } } }`,
      {},
      { cookie: cookies.FIRM },
    );
    expect(list.body.data?.networkContract.comments.totalCount).toBe(1);
    const audit = await api.ds.query(`SELECT action FROM audit_entry WHERE action = 'ADD_CONTRACT_COMMENT'`);
    expect(audit).toHaveLength(1);
  });

  it('refuses a malformed draft naming the field, and saves nothing', async () => {
    const { version } = await readContract();
    const res = await api.gql(
      SAVE,
      {
        input: {
          version,
          document: { ...emptyDocument(), title: ' ', duration: { years: 0, notes: '' } },
          changeSummary: 'x',
        },
      },
      { cookie: cookies.ADMIN },
    );
    const fields = (res.body.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['document.title', 'document.duration.years']));
    expect((await readContract()).version).toBe(version);
  });
});

describe('revisions', () => {
  it('keeps every save as a revision with author and summary, and compares two section by section', async () => {
    const start = await readContract();
    const first = await api.gql<{ saveContractDraft: { version: number } }>(
      SAVE,
      { input: { version: start.version, document: emptyDocument(), changeSummary: 'Bozza vuota' } },
      { cookie: cookies.ADMIN },
    );
    await api.gql(
      SAVE,
      {
        input: {
          version: first.body.data!.saveContractDraft.version,
          document: { ...emptyDocument(), joining: 'Su domanda scritta' },
          changeSummary: 'Adesione di nuove imprese',
        },
      },
      { cookie: cookies.ADMIN },
    );
    const revs = await api.gql<{
      networkContract: {
        revisions: {
          totalCount: number;
          edges: { node: { id: string; number: number; changeSummary: string; author: { id: string } } }[];
        };
      };
    }>(
      `{ networkContract { revisions(first: 10) { totalCount edges { node { id number changeSummary author { id } } } } } }`,
      {},
      {
        cookie: cookies.CHAMBER,
      },
    );
    const nodes = revs.body.data!.networkContract.revisions.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.number, n.changeSummary])).toEqual([
      [2, 'Adesione di nuove imprese'],
      [1, 'Bozza vuota'],
    ]);
    expect(nodes.every((n) => n.author.id === userIds.ADMIN)).toBe(true);

    const diff = await api.gql<{
      networkContract: {
        revisionDiff: {
          from: { number: number };
          to: { number: number };
          sections: { section: string; before: string; after: string; changed: boolean }[];
        };
      };
    }>(
      `query ($from: ID!, $to: ID!) { networkContract { revisionDiff(fromId: $from, toId: $to) {
        from { number } to { number } sections { section before after changed } } } }`,
      { from: nodes[0]!.id, to: nodes[1]!.id },
      { cookie: cookies.CONSULTANT },
    );
    const result = diff.body.data!.networkContract.revisionDiff;
    expect([result.from.number, result.to.number]).toEqual([1, 2]);
    expect(result.sections.filter((s) => s.changed).map((s) => s.section)).toEqual(['JOINING']);
    expect(result.sections.find((s) => s.section === 'JOINING')).toMatchObject({
      before: '',
      after: 'Su domanda scritta',
    });
  });

  it('never loses a save: two saves on the same version give one CONFLICT and keep the other', async () => {
    const { version } = await readContract();
    const save = (joining: string) =>
      api.gql<{ saveContractDraft: { document: { joining: string } } }>(
        SAVE,
        { input: { version, document: { ...emptyDocument(), joining }, changeSummary: joining } },
        { cookie: cookies.ADMIN },
      );
    const results = await Promise.all([save('Versione di Anna'), save('Versione di Bruno')]);
    const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.body.errors)!.body.data!.saveContractDraft.document.joining;
    expect((await readContract()).document).toMatchObject({ joining: winner });
    const revisions = await api.ds.query(`SELECT change_summary FROM contract_revision`);
    expect(revisions).toEqual([{ change_summary: winner }]);
    const loser = results.find((r) => r.body.errors)!;
    expect(loser.body.errors?.[0]?.extensions).toMatchObject({ currentVersion: version + 1 });
  });
});

/** The text drawn in an uncompressed PDF: pdfkit writes each line as hex strings in a TJ array. */
function pdfText(pdf: Buffer): string {
  const lines = [...pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\] TJ/g)];
  return lines
    .map((m) =>
      [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
    )
    .join('\n');
}

describe('exports', () => {
  it('serves the PDF and the participants CSV to signed-in people only', async () => {
    await addParticipants(2);
    const anonymous = await fetch(`${api.url}/api/contract.pdf`);
    expect(anonymous.status).toBe(401);
    const pdf = await fetch(`${api.url}/api/contract.pdf?lang=en`, { headers: { cookie: cookies.FIRM } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdfText(bytes)).toContain('Contratto di rete');
    expect(pdfText(bytes)).toContain('Participants');
    const csv = await fetch(`${api.url}/api/contract/participants.csv`, {
      headers: { cookie: cookies.CHAMBER },
    });
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('denominazione,codice_fiscale,rea,provincia,ateco');
    expect(lines).toHaveLength(3);
  });
});
