import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartitaIva, type Role } from '@filiera/shared';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { importClient, type Job, type Upload } from '../../test/registry-import-client.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { kindFromAteco } from './registry-ateco.js';
import { checkRow, registrationYear, suggestMapping } from './registry-fields.js';

let api: TestApi;
let client: ReturnType<typeof importClient>;
const cookies = {} as Record<Role, string>;
beforeAll(async () => {
  api = await startTestApi();
  client = importClient(api, () => cookies.CONSULTANT);
  for (const role of ['ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER'] as const) {
    const user = await createUser(api.ds, role);
    cookies[role] = await api.signIn(user.email, TEST_PASSWORD);
  }
});
afterAll(async () => {
  await api.close();
});

const upload = (content: Buffer, fileName: string, role: Role | null = 'CONSULTANT') =>
  client.upload(content, fileName, role ? cookies[role] : null);
const preview = (
  up: { id: string; version: number; mapping: Upload['mapping'] },
  role: Role = 'CONSULTANT',
) => client.preview(up, cookies[role]);
const apply = (job: { id: string; version: number }, role: Role = 'CONSULTANT') =>
  client.apply(job, cookies[role]);

const firmCount = async () => (await api.ds.query(`SELECT count(*)::int AS n FROM firm`))[0].n as number;
const firmByVat = (vat: string) => api.ds.getRepository(FirmEntity).findOneBy({ vatNumber: vat });

/** A registry extract as the Chamber of Commerce of Lucca exports it: ";"-separated, Latin-1, with accents. */
const LATIN1_HEADER =
  'Denominazione;Codice Fiscale;Partita IVA;N. REA;Forma giuridica;Indirizzo;CAP;Comune;Frazione;Provincia;Codice ATECO;Addetti;Data iscrizione';
const latin1Lines = [
  LATIN1_HEADER,
  // 2: new shoe factory
  'Calzaturificio Città di Lucca S.r.l.;00743110157;00743110157;LU 123456;Società a responsabilità limitata;Via della Chiesa 12;55018;Capannori;Segromigno in Monte;LU;15.20.10;24;15/03/1998',
  // 3: bad check digit
  'Tomaificio Sbagliato S.n.c.;;00743110158;;S.n.c.;Via Nuova 1;55018;Capannori;Segromigno in Piano;LU;15.20.20;5;01/01/2001',
  // 4: missing name, bad CAP, unknown ATECO
  ';;01114601006;;S.r.l.;Via Roma 3;5501;Capannori;Lammari;LU;15.29.99;3;',
  // 5: new component maker (soles)
  'Suolificio Più Bello S.p.A.;01114601006;01114601006;LU-99887;S.p.A.;Via dei Pini 4;55012;Capannori;Lammari;LU;22.12.00;40;1985-06-01',
  // 6: duplicate of line 2 within the file
  'Calzaturificio Doppione S.r.l.;;00743110157;;S.r.l.;Via X 1;55018;Capannori;;LU;15.20.10;2;',
];
const latin1File = () => iconv.encode(latin1Lines.join('\r\n') + '\r\n', 'latin1');

describe('suggested mapping and row rules', () => {
  it('maps Italian registry headers whatever their case, accents, dots and spaces', () => {
    expect(suggestMapping(['DENOMINAZIONE', 'n. rea', 'Partita  I.V.A.', 'Località', 'Note'])).toEqual([
      { column: 'DENOMINAZIONE', field: 'LEGAL_NAME' },
      { column: 'n. rea', field: 'REA_NUMBER' },
      { column: 'Partita  I.V.A.', field: 'VAT_NUMBER' },
      { column: 'Località', field: 'HAMLET' },
      { column: 'Note', field: null },
    ]);
  });

  it('derives the kind of a new firm from its first ATECO code, in the edition it was written in', () => {
    const in2025 = (code: string) => kindFromAteco({ code, edition: 2025 });
    const in2007 = (code: string) => kindFromAteco({ code, edition: 2007 });
    expect(in2025('15.20.10')).toBe('SHOE_FACTORY');
    expect(in2025('15.20')).toBe('SHOE_FACTORY');
    expect(in2025('15.20.20')).toBe('COMPONENTS');
    expect(in2025('22.12.00')).toBe('COMPONENTS');
    expect(in2025('15.11.00')).toBe('COMPONENTS');
    expect(in2025('14.10.10')).toBe('PROCESSING');
    expect(in2025('62.10.00')).toBe('SERVICES');
    expect(kindFromAteco(null)).toBe('SERVICES');
    // ATECO 2025 folds rubber, plastic and wood shoe parts into 15.20.10: their 2007 codes say components.
    expect(in2007('22.19.01')).toBe('COMPONENTS');
    expect(in2007('22.29.01')).toBe('COMPONENTS');
    expect(in2007('16.29.11')).toBe('COMPONENTS');
    expect(in2007('15.20.10')).toBe('SHOE_FACTORY');
  });

  it('recognises the edition of an ATECO column from its header', () => {
    expect(
      suggestMapping(['Codice ATECO 2007', 'Attività ATECO 2025', 'Denominazione']).map((m) => m.field),
    ).toEqual(['ATECO_2007_CODE', 'ATECO_CODE', 'LEGAL_NAME']);
    expect(suggestMapping(['Ateco 07', 'Codice ATECO']).map((m) => m.field)).toEqual([
      'ATECO_2007_CODE',
      'ATECO_CODE',
    ]);
  });

  it('refuses days the calendar does not have and reads real ones to their year', () => {
    expect(registrationYear('31/02/2001')).toBe('impossible');
    expect(registrationYear('29/02/2023')).toBe('impossible');
    expect(registrationYear('31-04-1999')).toBe('impossible');
    expect(registrationYear('2001-13-01')).toBe('impossible');
    expect(registrationYear('00/01/2001')).toBe('impossible');
    expect(registrationYear('29/02/2024')).toBe(2024);
    expect(registrationYear('31.12.1998')).toBe(1998);
    expect(registrationYear('1985-06-01')).toBe(1985);
    expect(registrationYear('1985')).toBe('invalid');
    expect(registrationYear('01/01/1700')).toBe('invalid');
  });

  it('reads spreadsheet numbers that lost their leading zeros', () => {
    const result = checkRow(
      { n: 'Ditta', v: '743110157', c: '55018' },
      [
        { column: 'n', field: 'LEGAL_NAME' },
        { column: 'v', field: 'VAT_NUMBER' },
        { column: 'c', field: 'POSTCODE' },
      ],
      { known: () => true, from2007: () => null },
    );
    expect(result).toEqual({
      ok: true,
      values: { legalName: 'Ditta', vatNumber: '00743110157', postcode: '55018' },
      kind: 'SERVICES',
      ateco2007: [],
      review: [],
    });
  });
});

describe('registry import', () => {
  it('detects a ";" Latin-1 CSV, dry-runs it with counts and reasons, writes nothing, then applies it', async () => {
    const before = await firmCount();
    const up = await upload(latin1File(), 'estratto-lucca.csv');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ format: 'CSV', encoding: 'LATIN_1', separator: ';' });
    expect(up.body.columns).toEqual(LATIN1_HEADER.split(';'));
    expect(up.body.mapping.map((m) => m.field)).toEqual([
      'LEGAL_NAME',
      'TAX_CODE',
      'VAT_NUMBER',
      'REA_NUMBER',
      'LEGAL_FORM',
      'STREET',
      'POSTCODE',
      'MUNICIPALITY',
      'HAMLET',
      'PROVINCE',
      'ATECO_CODE',
      'EMPLOYEES',
      'REGISTRATION_DATE',
    ]);

    const dry = await preview(up.body);
    expect(dry.errors).toBeUndefined();
    const job = dry.data!.previewRegistryImport;
    expect(job).toMatchObject({
      status: 'PREVIEWED',
      rowCount: 5,
      newCount: 2,
      updatedCount: 0,
      unchangedCount: 0,
      invalidCount: 3,
    });
    expect(job.progress).toEqual({ processed: 5, total: 5 });
    const problems = Object.fromEntries(
      job.problems.edges.map((e) => [e.node.line, e.node.reasons.map((r) => r.code)]),
    );
    expect(problems).toEqual({
      3: ['VAT_NUMBER_CHECK_DIGIT'],
      4: ['LEGAL_NAME_MISSING', 'POSTCODE_INVALID', 'ATECO_CODE_UNKNOWN'],
      6: ['VAT_NUMBER_DUPLICATE'],
    });
    expect(job.problems.edges[0]!.node.reasons[0]).toEqual({
      code: 'VAT_NUMBER_CHECK_DIGIT',
      column: 'Partita IVA',
      value: '00743110158',
    });
    expect(await firmCount()).toBe(before);

    const applied = await apply(job);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyRegistryImport).toMatchObject({
      status: 'APPLIED',
      newCount: 2,
      invalidCount: 3,
    });
    expect(await firmCount()).toBe(before + 2);
    const factory = await firmByVat('00743110157');
    expect(factory).toMatchObject({
      legalName: 'Calzaturificio Città di Lucca S.r.l.',
      kind: 'SHOE_FACTORY',
      reaNumber: 'LU-123456',
      legalForm: 'Società a responsabilità limitata',
      hamlet: 'Segromigno in Monte',
      postcode: '55018',
      atecoCodes: ['15.20.10'],
      employees: 24,
      foundedYear: 1998,
      version: 1,
    });
    expect((await firmByVat('01114601006'))?.kind).toBe('COMPONENTS');
    const audit = await api.ds.query(`SELECT action, changes FROM audit_entry WHERE entity_id = $1`, [
      factory!.id,
    ]);
    expect(audit).toEqual([
      {
        action: 'IMPORT_FIRM',
        changes: expect.objectContaining({
          legalName: { before: null, after: 'Calzaturificio Città di Lucca S.r.l.' },
        }),
      },
    ]);
  });

  it('updates the changed fields of firms matched by Partita IVA or codice fiscale, and a re-import changes nothing', async () => {
    const byVat = await createFirm(api.ds, {
      legalName: 'Vecchio Nome S.r.l.',
      employees: 3,
      postcode: '55018',
      municipality: 'Capannori',
    });
    const byTax = await createFirm(api.ds, {
      legalName: 'Tacchificio Lammari S.r.l.',
      taxCode: 'RSSMRA80A01H501U',
      municipality: 'Capannori',
    });
    // A ","-separated UTF-8 extract; the second row has a personal codice fiscale and no Partita IVA.
    const csv = [
      'denominazione,partita iva,codice fiscale,cap,comune,addetti',
      `"Nuovo Nome, S.r.l.",${byVat.vatNumber},,55018,Capannori,12`,
      'Tacchificio Lammari S.r.l.,,RSSMRA80A01H501U,55012,Capannori,',
    ].join('\n');
    const up = await upload(Buffer.from(csv, 'utf8'), 'registro.csv');
    expect(up.body).toMatchObject({ encoding: 'UTF_8', separator: ',' });
    const job = (await preview(up.body)).data!.previewRegistryImport;
    expect(job).toMatchObject({ newCount: 0, updatedCount: 2, unchangedCount: 0, invalidCount: 0 });
    expect(await firmByVat(byVat.vatNumber)).toMatchObject({ legalName: 'Vecchio Nome S.r.l.', version: 1 });

    const applied = (await apply(job)).data!.applyRegistryImport;
    expect(applied).toMatchObject({ status: 'APPLIED', updatedCount: 2 });
    expect(await firmByVat(byVat.vatNumber)).toMatchObject({
      legalName: 'Nuovo Nome, S.r.l.',
      employees: 12,
      version: 2,
    });
    expect(await firmByVat(byTax.vatNumber)).toMatchObject({
      postcode: '55012',
      employees: null,
      version: 2,
    });
    const audit = await api.ds.query(`SELECT action, changes FROM audit_entry WHERE entity_id = $1`, [
      byVat.id,
    ]);
    expect(audit).toEqual([
      {
        action: 'IMPORT_UPDATE_FIRM',
        changes: {
          legalName: { before: 'Vecchio Nome S.r.l.', after: 'Nuovo Nome, S.r.l.' },
          employees: { before: 3, after: 12 },
        },
      },
    ]);

    const auditBefore = (
      await api.ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action LIKE 'IMPORT%'`)
    )[0].n;
    const again = await upload(Buffer.from(csv, 'utf8'), 'registro.csv');
    const dry = (await preview(again.body)).data!.previewRegistryImport;
    expect(dry).toMatchObject({ newCount: 0, updatedCount: 0, unchangedCount: 2, invalidCount: 0 });
    expect((await apply(dry)).data!.applyRegistryImport).toMatchObject({
      status: 'APPLIED',
      updatedCount: 0,
      unchangedCount: 2,
    });
    expect(await firmByVat(byVat.vatNumber)).toMatchObject({ version: 2 });
    expect(
      (await api.ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action LIKE 'IMPORT%'`))[0].n,
    ).toBe(auditBefore);
  });

  it('reads an XLSX file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Imprese');
    sheet.addRow(['Ragione sociale', 'P.IVA', 'CAP', 'Codice ATECO', 'Data iscrizione']);
    sheet.addRow([
      'Formificio Xlsx S.r.l.',
      '02222220465',
      55012,
      '16.24.00',
      new Date(Date.UTC(2004, 4, 10)),
    ]);
    sheet.addRow(['Senza Partita Iva S.r.l.', '', 55012, '16.24.00', '']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const up = await upload(content, 'registro.xlsx');
    expect(up.body).toMatchObject({ format: 'XLSX', encoding: null, separator: null });
    const job = (await preview(up.body)).data!.previewRegistryImport;
    expect(job).toMatchObject({ newCount: 1, invalidCount: 1 });
    expect(job.problems.edges.map((e) => [e.node.line, e.node.reasons[0]!.code])).toEqual([
      [3, 'VAT_NUMBER_MISSING'],
    ]);
    await apply(job);
    expect(await firmByVat('02222220465')).toMatchObject({
      postcode: '55012',
      foundedYear: 2004,
      atecoCodes: ['16.24.00'],
      kind: 'COMPONENTS',
    });
  });

  it('rolls everything back when a write fails halfway, and marks the import FAILED', async () => {
    const existing = await createFirm(api.ds, { legalName: 'Prima S.r.l.' });
    // Forces the third row to fail at the database after the first two were written.
    await api.ds.query(
      `ALTER TABLE firm ADD CONSTRAINT test_refuse_guasto CHECK (legal_name <> 'Guasto S.r.l.')`,
    );
    try {
      const csv = [
        'denominazione;partita iva',
        `Prima Rinominata S.r.l.;${existing.vatNumber}`,
        'Nuova Uno S.r.l.;03333330466',
        'Guasto S.r.l.;04444440467',
      ].join('\n');
      const before = await firmCount();
      const up = await upload(Buffer.from(csv), 'guasto.csv');
      const job = (await preview(up.body)).data!.previewRegistryImport;
      expect(job).toMatchObject({ newCount: 2, updatedCount: 1 });
      const failed = (await apply(job)).data!.applyRegistryImport;
      expect(failed).toMatchObject({
        status: 'FAILED',
        failureMessage: 'The registry could not be written; nothing was changed.',
      });
      expect(await firmCount()).toBe(before);
      expect(await firmByVat(existing.vatNumber)).toMatchObject({ legalName: 'Prima S.r.l.', version: 1 });
      expect(await firmByVat('03333330466')).toBeNull();
      expect(
        (
          await api.ds.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [existing.id])
        )[0].n,
      ).toBe(0);
    } finally {
      await api.ds.query(`ALTER TABLE firm DROP CONSTRAINT test_refuse_guasto`);
    }
  });

  it('refuses a stale version with CONFLICT and a bad mapping with BAD_USER_INPUT, changing nothing', async () => {
    const up = await upload(latin1File(), 'estratto.csv');
    const withoutName = up.body.mapping.map((m) => (m.field === 'LEGAL_NAME' ? { ...m, field: null } : m));
    const bad = await preview({ ...up.body, mapping: withoutName });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mapping',
      reason: 'legal_name_required',
    });
    const twice = await preview({
      ...up.body,
      mapping: up.body.mapping.map((m) => ({ ...m, field: m.field === 'STREET' ? 'HAMLET' : m.field })),
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mapping',
      reason: 'field_twice',
    });
    const job = (await preview(up.body)).data!.previewRegistryImport;
    const stale = await apply({ id: job.id, version: up.body.version });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const unapplied = await api.gql<{ registryImport: Job }>(
      `query ($id: ID!) { registryImport(id: $id) { status } }`,
      { id: job.id },
      { cookie: cookies.ADMIN },
    );
    expect(unapplied.body.data!.registryImport.status).toBe('PREVIEWED');
  });

  it('refuses files it cannot read', async () => {
    const notSpreadsheet = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'logo.png');
    expect(notSpreadsheet.status).toBe(400);
    expect(notSpreadsheet.body.error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: 'unsupported_format',
    });
  });

  it('lets ADMIN and CONSULTANT import; FIRM and CHAMBER get FORBIDDEN, anonymous visitors UNAUTHENTICATED', async () => {
    const statuses: Record<string, number> = {};
    for (const role of ['ADMIN', 'CONSULTANT', 'FIRM', 'CHAMBER', null] as const) {
      statuses[role ?? 'anonymous'] = (await upload(latin1File(), 'r.csv', role)).status;
    }
    expect(statuses).toEqual({ ADMIN: 201, CONSULTANT: 201, FIRM: 403, CHAMBER: 403, anonymous: 401 });

    const up = await upload(latin1File(), 'r.csv', 'ADMIN');
    for (const role of ['FIRM', 'CHAMBER'] as const) {
      expect((await preview(up.body, role)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await apply(up.body, role)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await api.gql(
        `{ registryImports(first: 5) { totalCount } }`,
        {},
        { cookie: cookies[role] },
      );
      expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.gql(`{ registryImports(first: 5) { totalCount } }`);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const list = await api.gql<{
      registryImports: { totalCount: number; edges: { node: { fileName: string } }[] };
    }>(
      `{ registryImports(first: 2) { totalCount edges { node { fileName } } } }`,
      {},
      { cookie: cookies.CONSULTANT },
    );
    expect(list.body.data!.registryImports.edges).toHaveLength(2);
    expect(list.body.data!.registryImports.totalCount).toBeGreaterThan(5);
  });

  it('refuses an upload without the anti-CSRF header', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(latin1File())]), 'r.csv');
    const res = await fetch(`${api.url}/api/registry-imports`, {
      method: 'POST',
      headers: { cookie: cookies.ADMIN },
      body: form,
    });
    expect(res.status).toBe(400);
  });
});

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
