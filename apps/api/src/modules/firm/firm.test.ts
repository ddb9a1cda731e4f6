import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { EntitySubscriberInterface } from 'typeorm';
import { makePartitaIva } from '@filiera/shared';
import { CAPABILITIES } from '../../db/seed/capabilities.js';
import {
  TEST_PASSWORD,
  buildFirm,
  buildFirmCapabilities,
  buildSupplyLink,
  buildUser,
  insertCapabilities,
} from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { FirmEntity } from './firm.entity.js';

const UPDATE = `mutation ($input: UpdateFirmProfileInput!) {
  updateFirmProfile(input: $input) {
    id version legalName vatNumber reaNumber exportShare certifications
    capabilities { code }
    completeness { percent missing }
  }
}`;
const FIRM = `query ($id: ID!) {
  firm(id: $id) {
    id version revenueBand email phone street viewerCanEdit viewerCanReadPrivate
    completeness { percent missing }
    history(first: 10) { totalCount edges { node { action changes actor { id } } } }
    suppliers { capability { code } links { firm { id legalName } sharePercent yearlyVolumePairs } }
    customers { capability { code } links { firm { id } } }
  }
}`;
const FIRMS = `query ($filter: FirmFilter, $search: String, $orderBy: FirmOrder, $first: Int, $after: String) {
  firms(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id legalName employees capabilities { code } adhesionStatus supplierCount customerCount } }
  }
}`;

const cap = (code: string) => CAPABILITIES.find((c) => c.code === code)!.id;

let api: TestApi;
let adminCookie: string;
let firmCookie: string;
let consultantCookie: string;
let chamberCookie: string;
let ownFirm: FirmEntity;
let otherFirm: FirmEntity;
let firmUserId: string;

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

const current = (id: string) => api.ds.getRepository(FirmEntity).findOneByOrFail({ id });
const errorOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0]?.extensions;

describe('updateFirmProfile: validation', () => {
  it('accepts a valid Partita IVA and refuses a wrong check digit on field vatNumber, changing nothing', async () => {
    const before = await current(ownFirm.id);
    const bad = await api.gql(
      UPDATE,
      {
        input: { id: ownFirm.id, version: before.version, vatNumber: '00743110158', legalName: 'Nuovo Nome' },
      },
      { cookie: firmCookie },
    );
    expect(errorOf(bad.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'vatNumber',
      reason: 'vat_check_digit',
    });
    expect(await current(ownFirm.id)).toMatchObject({
      vatNumber: before.vatNumber,
      legalName: before.legalName,
      version: before.version,
    });

    const good = await api.gql<{ updateFirmProfile: { vatNumber: string; version: number } }>(
      UPDATE,
      { input: { id: ownFirm.id, version: before.version, vatNumber: '007 4311 0157' } },
      { cookie: firmCookie },
    );
    expect(good.body.errors).toBeUndefined();
    expect(good.body.data?.updateFirmProfile).toMatchObject({
      vatNumber: '00743110157',
      version: before.version + 1,
    });
  });

  it('names every bad field: REA, postcode, e-mail, percentage, year, country, certification', async () => {
    const before = await current(ownFirm.id);
    const res = await api.gql(
      UPDATE,
      {
        input: {
          id: ownFirm.id,
          version: before.version,
          reaNumber: '123456',
          postcode: '5501',
          email: 'info@',
          exportShare: 120,
          foundedYear: 1700,
          exportMarkets: ['DE', 'ZZ'],
          certifications: ['ISO 9999'],
          atecoCodes: ['15.2.100'],
        },
      },
      { cookie: firmCookie },
    );
    const ext = errorOf(res.body) as { code: string; fields: { field: string; reason: string }[] };
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.fields.map((f) => `${f.field}:${f.reason}`).sort()).toEqual(
      [
        'reaNumber:rea',
        'postcode:postcode',
        'email:email',
        'exportShare:percent',
        'foundedYear:year',
        'exportMarkets:country',
        'certifications:certification',
        'atecoCodes:ateco',
      ].sort(),
    );
    expect((await current(ownFirm.id)).version).toBe(before.version);
  });

  it('refuses a Partita IVA that belongs to another firm on field vatNumber', async () => {
    const before = await current(ownFirm.id);
    const res = await api.gql(
      UPDATE,
      { input: { id: ownFirm.id, version: before.version, vatNumber: otherFirm.vatNumber } },
      { cookie: firmCookie },
    );
    expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vatNumber', reason: 'taken' });
  });

  it('refuses a capability that does not exist and clearing a required field', async () => {
    const before = await current(ownFirm.id);
    const res = await api.gql(
      UPDATE,
      {
        input: {
          id: ownFirm.id,
          version: before.version,
          capabilityIds: ['00000000-0000-4000-8000-000000000000'],
        },
      },
      { cookie: firmCookie },
    );
    expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capabilityIds' });
    const cleared = await api.gql(
      UPDATE,
      { input: { id: ownFirm.id, version: before.version, legalName: '' } },
      { cookie: firmCookie },
    );
    expect(errorOf(cleared.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'legalName',
      reason: 'required',
    });
  });
});

describe('updateFirmProfile: saving', () => {
  it('saves fields and capabilities, raises completeness and writes one audit entry with before/after', async () => {
    const before = await current(ownFirm.id);
    const firstRead = await api.gql<{ firm: { completeness: { percent: number; missing: string[] } } }>(
      FIRM,
      { id: ownFirm.id },
      { cookie: firmCookie },
    );
    const was = firstRead.body.data!.firm.completeness;
    expect(was.missing).toContain('descriptionEn');

    const res = await api.gql<{
      updateFirmProfile: {
        reaNumber: string;
        capabilities: { code: string }[];
        completeness: { percent: number; missing: string[] };
      };
    }>(
      UPDATE,
      {
        input: {
          id: ownFirm.id,
          version: before.version,
          reaNumber: 'lu 123456',
          descriptionEn: 'Women’s shoes since 1970.',
          certifications: ['ISO 9001'],
          capabilityIds: [cap('CUTTING'), cap('STITCHING')],
        },
      },
      { cookie: firmCookie },
    );
    expect(res.body.errors).toBeUndefined();
    const saved = res.body.data!.updateFirmProfile;
    expect(saved.reaNumber).toBe('LU-123456');
    expect(saved.capabilities.map((c) => c.code).sort()).toEqual(['CUTTING', 'STITCHING']);
    expect(saved.completeness.percent).toBeGreaterThan(was.percent);
    expect(saved.completeness.missing).not.toContain('descriptionEn');

    const [entry] = await api.ds.query(
      `SELECT actor_id, changes FROM audit_entry WHERE action = 'UPDATE_FIRM_PROFILE' AND entity_id = $1
        ORDER BY created_at DESC LIMIT 1`,
      [ownFirm.id],
    );
    expect(entry.actor_id).toBe(firmUserId);
    expect(entry.changes.reaNumber).toEqual({ before: before.reaNumber, after: 'LU-123456' });
    expect(entry.changes.capabilities).toEqual({ before: [], after: ['CUTTING', 'STITCHING'] });
    expect(entry.changes.version).toBeUndefined();

    const history = await api.gql<{
      firm: { history: { totalCount: number; edges: { node: { action: string } }[] } };
    }>(FIRM, { id: ownFirm.id }, { cookie: firmCookie });
    expect(history.body.data!.firm.history.edges[0]!.node.action).toBe('UPDATE_FIRM_PROFILE');
  });

  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const before = await current(ownFirm.id);
    const first = await api.gql(
      UPDATE,
      { input: { id: ownFirm.id, version: before.version, tradeName: 'Alfa' } },
      { cookie: adminCookie },
    );
    expect(first.body.errors).toBeUndefined();
    const stale = await api.gql(
      UPDATE,
      { input: { id: ownFirm.id, version: before.version, tradeName: 'Alfa Due', employees: 99 } },
      { cookie: firmCookie },
    );
    expect(errorOf(stale.body)).toMatchObject({ code: 'CONFLICT', currentVersion: before.version + 1 });
    expect(await current(ownFirm.id)).toMatchObject({
      tradeName: 'Alfa',
      employees: before.employees,
      version: before.version + 1,
    });
  });
});

describe('updateFirmProfile: who may', () => {
  it('refuses a FIRM user on another firm with FORBIDDEN, whatever the input, and changes nothing', async () => {
    const before = await current(otherFirm.id);
    for (const input of [
      { id: otherFirm.id, version: before.version, legalName: 'Presa' },
      { id: otherFirm.id, version: 999, vatNumber: 'not valid' },
      { id: 'not-a-uuid', version: 1 },
    ]) {
      const res = await api.gql(UPDATE, { input }, { cookie: firmCookie });
      expect(errorOf(res.body)?.code).toBe('FORBIDDEN');
    }
    expect(await current(otherFirm.id)).toMatchObject({
      legalName: before.legalName,
      version: before.version,
    });
  });

  it('refuses CONSULTANT, CHAMBER and anonymous; lets ADMIN edit any firm', async () => {
    const before = await current(otherFirm.id);
    const input = { id: otherFirm.id, version: before.version, tradeName: 'Beta' };
    expect(errorOf((await api.gql(UPDATE, { input }, { cookie: consultantCookie })).body)?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf((await api.gql(UPDATE, { input }, { cookie: chamberCookie })).body)?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf((await api.gql(UPDATE, { input })).body)?.code).toBe('UNAUTHENTICATED');
    const admin = await api.gql(UPDATE, { input }, { cookie: adminCookie });
    expect(admin.body.errors).toBeUndefined();
  });
});

describe('firm page', () => {
  it('hides private fields and unpublished contacts from other firms, shows them to staff', async () => {
    const asFirm = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: firmCookie },
    );
    expect(asFirm.body.data!.firm).toMatchObject({
      revenueBand: null,
      email: null,
      phone: null,
      history: null,
      viewerCanEdit: false,
    });
    const asChamber = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: chamberCookie },
    );
    expect(asChamber.body.data!.firm).toMatchObject({
      revenueBand: null,
      email: 'info@beta.example',
      history: null,
    });
    const asConsultant = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: consultantCookie },
    );
    expect(asConsultant.body.data!.firm).toMatchObject({ revenueBand: '<2M', email: 'info@beta.example' });

    await api.ds.query(`UPDATE firm SET public_fields = '{email}' WHERE id = $1`, [otherFirm.id]);
    const published = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: firmCookie },
    );
    expect(published.body.data!.firm).toMatchObject({ email: 'info@beta.example', phone: null });
  });

  it('lists confirmed suppliers and customers by capability, not declared ones', async () => {
    const sole = await buildFirm(api.ds, { kind: 'COMPONENTS' });
    const soles = { customerId: ownFirm.id, capabilityId: cap('SOLES') };
    await buildSupplyLink(api.ds, {
      ...soles,
      supplierId: otherFirm.id,
      sharePercent: '60',
      yearlyVolumePairs: 12000,
      declaredByFirmId: otherFirm.id,
    });
    await buildSupplyLink(api.ds, {
      ...soles,
      supplierId: sole.id,
      sharePercent: '40',
      status: 'DECLARED',
      declaredByFirmId: sole.id,
    });
    await buildSupplyLink(api.ds, {
      supplierId: ownFirm.id,
      customerId: sole.id,
      capabilityId: cap('CUTTING'),
      declaredByFirmId: ownFirm.id,
    });
    const res = await api.gql<{ firm: { suppliers: unknown; customers: unknown } }>(
      FIRM,
      { id: ownFirm.id },
      { cookie: firmCookie },
    );
    expect(res.body.data!.firm.suppliers).toEqual([
      {
        capability: { code: 'SOLES' },
        links: [
          {
            firm: { id: otherFirm.id, legalName: otherFirm.legalName },
            sharePercent: 60,
            yearlyVolumePairs: 12000,
          },
        ],
      },
    ]);
    expect(res.body.data!.firm.customers).toEqual([
      { capability: { code: 'CUTTING' }, links: [{ firm: { id: sole.id } }] },
    ]);
  });
});

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
    let statements = 0;
    const counter: EntitySubscriberInterface = { beforeQuery: () => void (statements += 1) };
    api.ds.subscribers.push(counter);
    const count = async (first: number) => {
      // A new directory version: the page is read from the database, not from the cache.
      await api.ds.query(`UPDATE directory_version SET version = version + 1`);
      statements = 0;
      const p = await page({ filter: { hamlets: [hamlet] }, first });
      expect(p.edges).toHaveLength(first);
      return statements;
    };
    try {
      const small = await count(2);
      const large = await count(12);
      expect(large).toBe(small);
      expect(small).toBeLessThan(12);
    } finally {
      api.ds.subscribers.splice(api.ds.subscribers.indexOf(counter), 1);
    }
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

describe('logo', () => {
  const PNG = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(100, 1),
  ]);
  const upload = (firmId: string, body: Buffer, type: string, cookie?: string) =>
    fetch(`${api.url}/api/firms/${firmId}/logo`, {
      method: 'POST',
      headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
      body: new Uint8Array(body),
    });

  it('stores a PNG for the own firm, serves it, audits it and counts it in completeness', async () => {
    const res = await upload(ownFirm.id, PNG, 'image/png', firmCookie);
    expect(res.status).toBe(201);
    const { logoUrl } = (await res.json()) as { logoUrl: string };
    const image = await fetch(`${api.url}${logoUrl}`, { headers: { cookie: consultantCookie } });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    const [entry] = await api.ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'UPDATE_FIRM_LOGO' AND entity_id = $1`,
      [ownFirm.id],
    );
    expect(entry.changes.logo.after).toEqual({ contentType: 'image/png', bytes: PNG.length });
    const firm = await api.gql<{ firm: { completeness: { missing: string[] } } }>(
      FIRM,
      { id: ownFirm.id },
      { cookie: firmCookie },
    );
    expect(firm.body.data!.firm.completeness.missing).not.toContain('logo');
  });

  it('refuses a file whose bytes are not the declared type, a wrong type, a large file and another firm', async () => {
    const fake = await upload(
      ownFirm.id,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/png',
      firmCookie,
    );
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({
      error: { extensions: { field: 'logo', reason: 'logo_type' } },
    });
    expect((await upload(ownFirm.id, PNG, 'image/svg+xml', firmCookie)).status).toBe(400);
    const big = Buffer.concat([PNG, Buffer.alloc(512 * 1024)]);
    expect((await upload(ownFirm.id, big, 'image/png', firmCookie)).status).toBe(413);
    expect((await upload(otherFirm.id, PNG, 'image/png', firmCookie)).status).toBe(403);
    expect((await upload(otherFirm.id, PNG, 'image/png', chamberCookie)).status).toBe(403);
    expect((await upload(otherFirm.id, PNG, 'image/png')).status).toBe(401);
  });
});
