import { beforeAll, describe, expect, it } from 'vitest';
import { statementsOf } from '../../test/statements.js';
import ExcelJS from 'exceljs';
import { makePartitaIva } from '@filiera/shared';
import { buildFirm, buildFirmCapabilities } from '../../test/factories.js';
import {
  FIRMS,
  cap,
  api,
  adminCookie,
  firmCookie,
  chamberCookie,
  otherFirm,
  errorOf,
  useFirmFixture,
} from './firm.fixture.js';

useFirmFixture();

describe('directory', () => {
  let hamlet: string;
  beforeAll(async () => {
    hamlet = `Frazione ${Date.now()}`;
    for (let i = 0; i < 12; i += 1) {
      const firm = await buildFirm(api.ds, {
        legalName: `Tomaificio Gamma ${String(i).padStart(2, '0')} S.r.l.`,
        kind: i % 2 ? 'PROCESSING' : 'COMPONENTS',
        hamlet,
        employees: i % 4 === 0 ? null : i * 3,
        certifications: i % 3 === 0 ? ['ISO 14001'] : [],
        exportMarkets: i % 5 === 0 ? ['JP'] : [],
        productLines: i === 7 ? ['sneakers'] : [],
      });
      await buildFirmCapabilities(api.ds, firm, { id: cap(i % 2 ? 'STITCHING' : 'UPPERS') });
    }
  });

  type Page = {
    firms: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: { id: string; legalName: string; employees: number | null; capabilities: { code: string }[] };
      }[];
    };
  };
  const page = async (variables: Record<string, unknown>) => {
    const res = await api.gql<Page>(FIRMS, variables, { cookie: firmCookie });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.firms;
  };
  const all = async (variables: Record<string, unknown>) => {
    const ids: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const p = await page({ ...variables, first: 5, after });
      total = p.totalCount;
      ids.push(...p.edges.map((e) => e.node.id));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    return { ids, total };
  };

  it('filters by hamlet, capability, kind, certification, export market and employees', async () => {
    expect((await page({ filter: { hamlets: [hamlet] } })).totalCount).toBe(12);
    const stitching = await page({ filter: { hamlets: [hamlet], capabilityIds: [cap('STITCHING')] } });
    expect(stitching.totalCount).toBe(6);
    expect(stitching.edges.every((e) => e.node.capabilities.some((c) => c.code === 'STITCHING'))).toBe(true);
    expect((await page({ filter: { hamlets: [hamlet], kinds: ['COMPONENTS'] } })).totalCount).toBe(6);
    expect((await page({ filter: { hamlets: [hamlet], certifications: ['ISO 14001'] } })).totalCount).toBe(4);
    expect((await page({ filter: { hamlets: [hamlet], exportMarkets: ['JP'] } })).totalCount).toBe(3);
    const mid = await page({ filter: { hamlets: [hamlet], employeesMin: 10, employeesMax: 20 } });
    expect(mid.edges.map((e) => e.node.employees).sort()).toEqual([15, 18]);
  });

  it('searches legal name, capability label, product line and Partita IVA', async () => {
    expect((await page({ filter: { hamlets: [hamlet] }, search: 'gamma 03' })).totalCount).toBe(1);
    expect((await page({ filter: { hamlets: [hamlet] }, search: 'orlatura' })).totalCount).toBe(6);
    expect((await page({ filter: { hamlets: [hamlet] }, search: 'sneakers' })).totalCount).toBe(1);
    expect((await page({ search: otherFirm.vatNumber })).edges.map((e) => e.node.id)).toContain(otherFirm.id);
    expect((await page({ filter: { hamlets: [hamlet] }, search: '100%' })).totalCount).toBe(0);
  });

  it('pages through every sort without gaps or repeats, in order', async () => {
    for (const orderBy of ['NAME', 'EMPLOYEES', 'CAPACITY', 'UPDATED_AT']) {
      const { ids, total } = await all({ filter: { hamlets: [hamlet] }, orderBy });
      expect(total).toBe(12);
      expect(new Set(ids).size).toBe(12);
    }
    const byEmployees = await page({ filter: { hamlets: [hamlet] }, orderBy: 'EMPLOYEES', first: 12 });
    const employees = byEmployees.edges.map((e) => e.node.employees ?? -1);
    expect(employees).toEqual([...employees].sort((a, b) => b - a));
    const byName = await page({ filter: { hamlets: [hamlet] }, first: 3 });
    expect(byName.edges.map((e) => e.node.legalName)).toEqual([
      'Tomaificio Gamma 00 S.r.l.',
      'Tomaificio Gamma 01 S.r.l.',
      'Tomaificio Gamma 02 S.r.l.',
    ]);
  });

  it('refuses a cursor of another sort, more than 100 per page and a bad filter value', async () => {
    const p = await page({ filter: { hamlets: [hamlet] }, first: 2 });
    const res = await api.gql(
      FIRMS,
      { orderBy: 'EMPLOYEES', after: p.pageInfo.endCursor },
      { cookie: firmCookie },
    );
    expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf((await api.gql(FIRMS, { first: 101 }, { cookie: firmCookie })).body)).toMatchObject({
      field: 'first',
    });
    expect(
      errorOf((await api.gql(FIRMS, { filter: { capabilityIds: ['x'] } }, { cookie: firmCookie })).body),
    ).toMatchObject({
      field: 'filter.capabilityIds.0',
    });
  });

  it('runs the same number of SQL statements for a page of 2 and a page of 12', async () => {
    const count = async (first: number) => {
      // A new directory version: the page is read from the database, not from the cache.
      await api.ds.query(`UPDATE directory_version SET version = version + 1`);
      return statementsOf(api.ds, async () => {
        const p = await page({ filter: { hamlets: [hamlet] }, first });
        expect(p.edges).toHaveLength(first);
      });
    };
    const small = await count(2);
    const large = await count(12);
    expect(large).toBe(small);
    expect(small).toBeLessThan(12);
  });

  it('is closed to anonymous visitors', async () => {
    expect(errorOf((await api.gql(FIRMS, {})).body)?.code).toBe('UNAUTHENTICATED');
  });
});

describe('export', () => {
  const hamlet = 'Frazione Export';
  const N = 530; // more than the largest page (100) and than one export batch (500)
  beforeAll(async () => {
    const vats = Array.from({ length: N }, (_, i) => makePartitaIva(8_000_000 + i, 46));
    // 530 firms in one statement: buildFirm one by one would make this setup the slowest of the suite.
    await api.ds.query(
      `INSERT INTO firm (legal_name, vat_number, kind, hamlet, email, phone)
       SELECT 'Export ' || lpad(i::text, 4, '0') || CASE WHEN i = 1 THEN ' "Alfa"; Beta' ELSE '' END, v, 'PROCESSING', $2,
              'info' || i || '@export.example', '+39 0583 ' || i
         FROM unnest($1::text[]) WITH ORDINALITY AS t(v, i)`,
      [vats, hamlet],
    );
  });

  const download = (path: string, cookie?: string) =>
    fetch(`${api.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('streams every matching firm as CSV, with localized headers, quoting and a BOM', async () => {
    const res = await download(
      `/api/firms/export.csv?hamlets=${encodeURIComponent(hamlet)}&lang=it`,
      firmCookie,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(N + 1);
    expect(lines[0]).toMatch(/^Ragione sociale;Insegna;Partita IVA;Tipo;/);
    expect(lines[1]).toMatch(/^"Export 0001 ""Alfa""; Beta";;\d{11};Lavorazioni;/);
    expect(lines.at(-1)).toMatch(/^Export 0530;/);
    // Contacts the firms did not publish stay out of a FIRM user's export.
    expect(lines[2]).not.toContain('@export.example');

    const en = await download(
      `/api/firms/export.csv?hamlets=${encodeURIComponent(hamlet)}&lang=en&search=Export%200002`,
      adminCookie,
    );
    // text() drops the BOM itself.
    const enLines = (await en.text()).trimEnd().split('\r\n');
    expect(enLines[0]).toMatch(/^Legal name;Trade name;VAT number/);
    expect(enLines).toHaveLength(2);
    expect(enLines[1]).toContain('info2@export.example');
  });

  it('streams the same firms as XLSX', async () => {
    const res = await download(
      `/api/firms/export.xlsx?hamlets=${encodeURIComponent(hamlet)}&lang=en`,
      chamberCookie,
    );
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('Firms')!;
    expect(sheet.rowCount).toBe(N + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Legal name');
    expect(sheet.getRow(N + 1).getCell(1).value).toBe('Export 0530');
  });

  it('answers 401 to anonymous visitors and 400 naming a bad filter', async () => {
    expect((await download('/api/firms/export.csv')).status).toBe(401);
    const bad = await download('/api/firms/export.csv?capabilityIds=nope', firmCookie);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { extensions: { code: 'BAD_USER_INPUT', field: 'filter.capabilityIds.0' } },
    });
  });
});
