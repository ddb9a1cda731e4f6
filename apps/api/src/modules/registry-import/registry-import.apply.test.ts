import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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
  LATIN1_COLUMNS,
  LATIN1_HEADER,
  latin1File,
  useRegistryImportFixture,
} from './registry-import.fixture.js';

useRegistryImportFixture();

describe('registry import', () => {
  it('detects a ";" Latin-1 CSV, dry-runs it with counts and reasons, writes nothing, then applies it', async () => {
    const before = await firmCount();
    const up = await upload(latin1File(), 'estratto-lucca.csv');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ format: 'CSV', encoding: 'LATIN_1', separator: ';' });
    expect(up.body.columns).toEqual(LATIN1_HEADER.split(';'));
    expect(up.body.mapping.map((m) => m.field)).toEqual(LATIN1_COLUMNS.map(([, field]) => field));

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
