import { describe, expect, it } from 'vitest';
import {
  SAVE,
  STATUS,
  api,
  cookies,
  referenceFirmId,
  completeDocument,
  readContract,
  addParticipants,
  useContractFixture,
} from './contract.fixture.js';

useContractFixture();

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
