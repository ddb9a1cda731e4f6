import { beforeAll, describe, expect, it } from 'vitest';
import { createFirm, createUser, TEST_PASSWORD } from '../../test/factories.js';
import {
  cap,
  PUBLISH,
  INPUTS,
  errorOf,
  type Firm,
  api,
  soleMaker,
  tannery,
  rubberMaker,
  chamber,
  link,
  newArticle,
  useArticleFixture,
} from './article.fixture.js';

useArticleFixture();

describe('the Chamber’s traceability coverage report', () => {
  const REPORT = `query ($filter: ReportFilter) { report(filter: $filter) { traceability {
    factoryCount articleCount publishedCount tier1TracedPercent tier2TracedPercent
    byFactory { firm { id } articleCount publishedCount tier1TracedPercent tier2TracedPercent }
    byCapability { capability { code } lineCount districtSupplierLines outsideLines unknownLines }
  } } }`;
  let lone: Firm;
  beforeAll(async () => {
    const firm = await createFirm(api.ds, { kind: 'SHOE_FACTORY', hamlet: 'Tassignano' });
    const user = await createUser(api.ds, 'FIRM', { firmId: firm.id });
    lone = { id: firm.id, cookie: await api.signIn(user.email, TEST_PASSWORD) };
    await link(soleMaker, lone, 'SOLES');
    await link(tannery, lone, 'LEATHER');
    // The same tier-2 declarations as on the known graph: soles 70% traced, leather 100%.
    await api.gql(
      INPUTS,
      {
        input: {
          capabilityId: cap('SOLES'),
          lines: [
            { inputCapabilityId: cap('SOLES'), inputSupplierId: rubberMaker.id, sharePercent: 70 },
            { inputCapabilityId: cap('ADHESIVES'), sharePercent: 30 },
          ],
        },
      },
      { cookie: soleMaker.cookie },
    );
    await api.gql(
      INPUTS,
      {
        input: {
          capabilityId: cap('LEATHER'),
          lines: [{ inputCapabilityId: cap('LEATHER'), outsideCountry: 'BR', sharePercent: 100 }],
        },
      },
      { cookie: tannery.cookie },
    );
    const created = await newArticle('COVER-1', lone);
    await api.gql(PUBLISH, { id: created.id, version: created.version }, { cookie: lone.cookie });
    await newArticle('COVER-2', lone);
  });

  it('gives traced weight by factory and sourcing by capability, for the filtered factories', async () => {
    const res = await api.gql<{ report: { traceability: Record<string, unknown> } }>(
      REPORT,
      { filter: { hamlets: ['Tassignano'] } },
      { cookie: chamber },
    );
    expect(res.body.errors).toBeUndefined();
    const t = res.body.data!.report.traceability as {
      byCapability: { capability: { code: string } }[];
    } & Record<string, unknown>;
    expect(t).toMatchObject({
      factoryCount: 1,
      articleCount: 2,
      publishedCount: 1,
      tier1TracedPercent: 90,
      tier2TracedPercent: 71,
      byFactory: [{ firm: { id: lone.id }, articleCount: 2, publishedCount: 1, tier1TracedPercent: 90 }],
    });
    const byCode = Object.fromEntries(t.byCapability.map((c) => [c.capability.code, c]));
    expect(byCode.LEATHER).toMatchObject({ lineCount: 2, districtSupplierLines: 2, outsideLines: 0 });
    expect(byCode.TEXTILES).toMatchObject({ lineCount: 2, outsideLines: 2 });
    expect(byCode.INSOLES).toMatchObject({ lineCount: 2, unknownLines: 2 });
  });

  it('exports as CSV (decimal comma in Italian) and PDF, like the other reports', async () => {
    const get = (path: string, cookie = chamber) => fetch(`${api.url}${path}`, { headers: { cookie } });
    const res = await get('/api/reports/traceability.csv?hamlet=Tassignano&lang=it');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await res.text();
    const [firm] = (await api.ds.query(`SELECT legal_name, trade_name FROM firm WHERE id = $1`, [
      lone.id,
    ])) as {
      legal_name: string;
      trade_name: string | null;
    }[];
    expect(csv.split('\r\n')[0]).toBe('Filtri: Tassignano');
    expect(csv).toContain('Articoli;2\r\n');
    expect(csv).toContain('Peso tracciato al 2° livello (%);71\r\n');
    expect(csv).toContain(`${firm!.trade_name ?? firm!.legal_name};2;1;90;71\r\n`);
    expect(csv).toContain('Pellami;2;2;0;0\r\n');
    const pdf = await get('/api/reports/traceability.pdf?hamlet=Tassignano&lang=en');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).toString('latin1')).toContain('Traceability of articles');
    expect((await get('/api/reports/traceability.csv', lone.cookie)).status).toBe(403);
  });

  it('is refused to a factory', async () => {
    const res = await api.gql(REPORT, {}, { cookie: lone.cookie });
    expect(errorOf(res.body)?.code).toBe('FORBIDDEN');
  });
});
