import { describe, expect, it } from 'vitest';
import {
  SAVE,
  STATUS,
  COMMENT,
  api,
  cookies,
  userIds,
  emptyDocument,
  readContract,
  useContractFixture,
} from './contract.fixture.js';

useContractFixture();

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
