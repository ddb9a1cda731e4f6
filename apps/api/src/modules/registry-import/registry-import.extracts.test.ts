import { describe, expect, it } from 'vitest';
import { makePartitaIva } from '@filiera/shared';
import { createFirm } from '../../test/factories.js';
import type { Job } from '../../test/registry-import-client.js';
import {
  api,
  cookies,
  upload,
  preview,
  apply,
  firmCount,
  firmByVat,
  useRegistryImportFixture,
} from './registry-import.fixture.js';

useRegistryImportFixture();

describe('registry extracts as the Chamber of Commerce really gives them', () => {
  let seq = 0;
  const vat = () => makePartitaIva(7_100_000 + (seq++ % 800_000) + Math.floor(Math.random() * 100_000), 46);

  it("translates an ATECO 2007 column through ISTAT's table, flags codes that split, and keeps shoe factories shoe factories", async () => {
    const vats = Array.from({ length: 6 }, vat);
    const csv = [
      'Denominazione;Partita IVA;Codice ATECO 2007;Data iscrizione',
      `Calzaturificio Vecchio Codice S.r.l.;${vats[0]};15.20.10;12/04/2005`,
      `Suolificio Gomma S.r.l.;${vats[1]};22.19.01;03/09/2011`,
      `Plastiche per Calzature S.r.l.;${vats[2]};22.29.01;15/02/1990`,
      `Formificio Legno S.n.c.;${vats[3]};162911;01/01/2000`,
      `Concia Toscana S.p.A.;${vats[4]};15.11.00, 46.42.40;01/01/1970`,
      `Codice Sbagliato S.r.l.;${vats[5]};99.99.99;01/01/2001`,
    ].join('\n');
    const up = await upload(Buffer.from(csv, 'utf8'), 'estratto-ateco-2007.csv');
    expect(up.status).toBe(201);
    expect(up.body.mapping.find((m) => m.column === 'Codice ATECO 2007')?.field).toBe('ATECO_2007_CODE');

    const job = (await preview(up.body)).data!.previewRegistryImport;
    expect(job).toMatchObject({ status: 'PREVIEWED', newCount: 5, invalidCount: 1, reviewCount: 2 });
    expect(job.problems.edges.map((e) => e.node)).toEqual([
      {
        line: 7,
        reasons: [{ code: 'ATECO_2007_CODE_UNKNOWN', column: 'Codice ATECO 2007', value: '99.99.99' }],
      },
    ]);
    const rows = Object.fromEntries(job.rows.edges.map((e) => [e.node.line, e.node]));
    expect(rows[2]).toMatchObject({
      atecoCodes: ['15.20.10'],
      ateco2007: [{ from: '15.20.10', to: '15.20.10', correspondences: 1 }],
      kind: 'SHOE_FACTORY',
      review: [],
    });
    // Rubber soles: one ATECO 2025 code (footwear), but the firm makes components.
    expect(rows[3]).toMatchObject({
      atecoCodes: ['15.20.10'],
      ateco2007: [{ from: '22.19.01', to: '15.20.10', correspondences: 1 }],
      kind: 'COMPONENTS',
      review: [],
    });
    // Plastic shoe parts split into two ATECO 2025 codes: the representative is kept, the firm flagged.
    expect(rows[4]).toMatchObject({
      atecoCodes: ['15.20.10'],
      ateco2007: [{ from: '22.29.01', to: '15.20.10', correspondences: 2 }],
      kind: 'COMPONENTS',
      review: [{ code: 'ATECO_2007_SEVERAL', column: 'Codice ATECO 2007', value: '22.29.01' }],
    });
    expect(rows[5]).toMatchObject({
      kind: 'COMPONENTS',
      review: [{ code: 'ATECO_2007_SEVERAL', value: '16.29.11' }],
    });
    expect(rows[6]).toMatchObject({ atecoCodes: ['15.11.00', '46.42.30'], kind: 'COMPONENTS', review: [] });
    expect(Object.fromEntries(job.kindCounts.map((k) => [k.kind, k.count]))).toEqual({
      SHOE_FACTORY: 1,
      COMPONENTS: 4,
    });

    const applied = (await apply(job)).data!.applyRegistryImport;
    expect(applied.status).toBe('APPLIED');
    expect(await firmByVat(vats[0]!)).toMatchObject({ kind: 'SHOE_FACTORY', atecoCodes: ['15.20.10'] });
    expect(await firmByVat(vats[1]!)).toMatchObject({ kind: 'COMPONENTS', atecoCodes: ['15.20.10'] });
    expect(await firmByVat(vats[4]!)).toMatchObject({ atecoCodes: ['15.11.00', '46.42.30'] });
    // The firms to review are listed with the firm each became.
    const review = applied.rows.edges.filter((e) => e.node.review.length > 0).map((e) => e.node);
    expect(review.map((r) => r.firm?.id)).toEqual([
      (await firmByVat(vats[2]!))!.id,
      (await firmByVat(vats[3]!))!.id,
    ]);
  });

  it('translates and flags an ATECO 2007 code found in the ATECO 2025 column instead of refusing the firm', async () => {
    const v = vat();
    const csv = ['Denominazione;Partita IVA;Codice ATECO', `Suolificio Misto S.r.l.;${v};22.19.01`].join(
      '\n',
    );
    const up = await upload(Buffer.from(csv, 'utf8'), 'estratto-misto.csv');
    const job = (await preview(up.body)).data!.previewRegistryImport;
    expect(job).toMatchObject({ newCount: 1, invalidCount: 0, reviewCount: 1 });
    expect(job.rows.edges[0]!.node).toMatchObject({
      atecoCodes: ['15.20.10'],
      kind: 'COMPONENTS',
      review: [{ code: 'ATECO_2007_IN_2025_COLUMN', column: 'Codice ATECO', value: '22.19.01' }],
    });
  });

  it('rejects impossible registration dates with the line and the reason, and imports the rest', async () => {
    const vats = Array.from({ length: 4 }, vat);
    const csv = [
      'Denominazione;Partita IVA;Data iscrizione',
      `Febbraio Lungo S.r.l.;${vats[0]};31/02/2001`,
      `Bisestile Falso S.r.l.;${vats[1]};29/02/2023`,
      `Bisestile Vero S.r.l.;${vats[2]};29/02/2024`,
      `Mese Tredici S.r.l.;${vats[3]};2001-13-01`,
    ].join('\n');
    const up = await upload(Buffer.from(csv, 'utf8'), 'date.csv');
    const job = (await preview(up.body)).data!.previewRegistryImport;
    expect(job).toMatchObject({ newCount: 1, invalidCount: 3 });
    expect(job.problems.edges.map((e) => [e.node.line, e.node.reasons])).toEqual([
      [2, [{ code: 'REGISTRATION_DATE_IMPOSSIBLE', column: 'Data iscrizione', value: '31/02/2001' }]],
      [3, [{ code: 'REGISTRATION_DATE_IMPOSSIBLE', column: 'Data iscrizione', value: '29/02/2023' }]],
      [5, [{ code: 'REGISTRATION_DATE_IMPOSSIBLE', column: 'Data iscrizione', value: '2001-13-01' }]],
    ]);
    await apply(job);
    expect(await firmByVat(vats[0]!)).toBeNull();
    expect(await firmByVat(vats[2]!)).toMatchObject({ foundedYear: 2024 });
  });

  it("lets the person change a new firm's kind in the dry run; an apply confirmed before the change is refused", async () => {
    const v = vat();
    const csv = [
      'Denominazione;Partita IVA;Codice ATECO',
      `Tomaificio Conto Terzi S.n.c.;${v};15.20.20`,
    ].join('\n');
    const up = await upload(Buffer.from(csv, 'utf8'), 'tipi.csv');
    const job = (await preview(up.body)).data!.previewRegistryImport;
    expect(job.rows.edges[0]!.node).toMatchObject({
      line: 2,
      suggestedKind: 'COMPONENTS',
      kind: 'COMPONENTS',
    });

    const SET = `mutation ($input: SetRegistryImportRowKindInput!) { setRegistryImportRowKind(input: $input) { version kindCounts { kind count } } }`;
    const changed = await api.gql<{
      setRegistryImportRowKind: { version: number; kindCounts: Job['kindCounts'] };
    }>(
      SET,
      { input: { id: job.id, version: job.version, line: 2, kind: 'PROCESSING' } },
      { cookie: cookies.CONSULTANT },
    );
    expect(changed.body.data!.setRegistryImportRowKind).toEqual({
      version: job.version + 1,
      kindCounts: [{ kind: 'PROCESSING', count: 1 }],
    });
    const forbidden = await api.gql(
      SET,
      { input: { id: job.id, version: job.version + 1, line: 2, kind: 'SERVICES' } },
      { cookie: cookies.FIRM },
    );
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notNew = await api.gql(
      SET,
      { input: { id: job.id, version: job.version + 1, line: 3, kind: 'SERVICES' } },
      { cookie: cookies.CONSULTANT },
    );
    expect(notNew.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'line' });

    // The confirmation shown before the change named other kinds: that apply is refused.
    const stale = await apply(job);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await firmByVat(v)).toBeNull();
    const applied = (await apply({ id: job.id, version: job.version + 1 })).data!.applyRegistryImport;
    expect(applied.status).toBe('APPLIED');
    expect(await firmByVat(v)).toMatchObject({ kind: 'PROCESSING' });
  });

  it('refuses to apply a dry run the registry has outrun, writing nothing, and applies after a new dry run', async () => {
    const [a, b] = [vat(), vat()];
    const csv = ['Denominazione;Partita IVA', `Prima Ditta S.r.l.;${a}`, `Seconda Ditta S.r.l.;${b}`].join(
      '\n',
    );
    const up = await upload(Buffer.from(csv, 'utf8'), 'vecchia-prova.csv');
    const job = (await preview(up.body)).data!.previewRegistryImport;
    expect(job).toMatchObject({ newCount: 2, updatedCount: 0 });
    // Meanwhile someone adds one of the firms by hand.
    await createFirm(api.ds, { vatNumber: b, legalName: 'Seconda Ditta (a mano) S.r.l.' });
    const before = await firmCount();

    const refused = (await apply(job)).data!.applyRegistryImport;
    expect(refused).toMatchObject({ status: 'FAILED', failureReason: 'STALE_DRY_RUN' });
    expect(refused.failureMessage).toContain('it would now add 1, update 1');
    expect(await firmCount()).toBe(before);
    expect(await firmByVat(a)).toBeNull();

    const again = (await preview({ ...up.body, version: refused.version })).data!.previewRegistryImport;
    expect(again).toMatchObject({ status: 'PREVIEWED', newCount: 1, updatedCount: 1 });
    expect((await apply(again)).data!.applyRegistryImport.status).toBe('APPLIED');
    expect(await firmByVat(a)).not.toBeNull();
    expect(await firmByVat(b)).toMatchObject({ legalName: 'Seconda Ditta S.r.l.' });
  });
});
