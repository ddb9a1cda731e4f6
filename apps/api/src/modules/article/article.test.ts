import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import type { FirmKind } from '@filiera/shared';
import { CAPABILITIES } from '../../db/seed/capabilities.js';
import { createFirm, createUser, insertCapabilities, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { injectPageMeta, showcasePageMeta } from '../showcase/showcase.page.js';

// jsqr is a CommonJS bundle: its function is the module itself at run time, `default` for the types.
const jsQR: typeof jsQRModule.default = typeof jsQRModule === 'function' ? jsQRModule : jsQRModule.default;

const cap = (code: string) => CAPABILITIES.find((c) => c.code === code)!.id;

const ARTICLE_FIELDS = `id version status passportUrl viewerCanEdit
  traceability { declaredWeightPercent tiers { tier tracedWeightPercent } }
  components { capability { code } supplier { id } weightSharePercent inputs { sharePercent } }`;
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${ARTICLE_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { ${ARTICLE_FIELDS} } }`;
const ARTICLE = `query ($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`;
const ARTICLES = `query ($firmId: ID!) { articles(firmId: $firmId) { totalCount edges { node { id } } } }`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishArticle(id: $id, version: $version) { id version status passportUrl } }`;
const INPUTS = `mutation ($input: SetSupplierInputsInput!) { setSupplierInputs(input: $input) { inputs { sharePercent } } }`;
const CONSENT = `mutation ($v: Boolean!) { setPassportNameConsent(namePublic: $v) { passportNamePublic } }`;
const CHOICES = `{ articleSupplierChoices { supplier { id } capability { code } } }`;
const PASSPORT = `query ($id: ID!) { passport(id: $id) {
  name url qrTarget countryOfAssembly jsonLd untp
  manufacturer { name municipality }
  traceability { tiers { tier tracedWeightPercent } }
  components { capability { code } supplier { name kind municipality showcaseFirmId } outsideCountry weightSharePercent
    inputs { capability { code } supplier { name } sharePercent } }
} }`;

type Err = {
  extensions: { code: string; field?: string; reason?: string; fields?: { field: string; reason: string }[] };
};
const errorOf = (body: { errors?: unknown }) => (body.errors as Err[] | undefined)?.[0]?.extensions;

interface Firm {
  id: string;
  cookie: string;
}

let api: TestApi;
let factory: Firm;
let otherFactory: Firm;
let soleMaker: Firm;
let tannery: Firm;
let rubberMaker: Firm;
let heelMaker: Firm;
let chamber: string;

async function firmWithUser(kind: FirmKind, legalName: string): Promise<Firm> {
  const firm = await createFirm(api.ds, { kind, legalName });
  const user = await createUser(api.ds, 'FIRM', { firmId: firm.id });
  return { id: firm.id, cookie: await api.signIn(user.email, TEST_PASSWORD) };
}

async function link(supplier: Firm, customer: Firm, capability: string, status = 'CONFIRMED') {
  await api.ds.query(
    `INSERT INTO supply_link (supplier_id, customer_id, capability_id, status) VALUES ($1, $2, $3, $4)`,
    [supplier.id, customer.id, cap(capability), status],
  );
}

/** The known small graph: factory ← sole maker ← rubber maker; factory ← tannery; heel maker only declared. */
beforeAll(async () => {
  api = await startTestApi();
  await insertCapabilities(api.ds);
  factory = await firmWithUser('SHOE_FACTORY', 'Calzaturificio Alfa S.r.l.');
  otherFactory = await firmWithUser('SHOE_FACTORY', 'Calzaturificio Beta S.r.l.');
  soleMaker = await firmWithUser('COMPONENTS', 'Suolificio Gamma S.r.l.');
  tannery = await firmWithUser('COMPONENTS', 'Conceria Delta S.p.A.');
  rubberMaker = await firmWithUser('COMPONENTS', 'Gomme Epsilon S.r.l.');
  heelMaker = await firmWithUser('COMPONENTS', 'Tacchificio Zeta S.r.l.');
  chamber = await api.signIn((await createUser(api.ds, 'CHAMBER')).email, TEST_PASSWORD);
  await link(soleMaker, factory, 'SOLES');
  await link(tannery, factory, 'LEATHER');
  await link(rubberMaker, soleMaker, 'SOLES');
  await link(heelMaker, factory, 'HEELS', 'DECLARED');
});
afterAll(async () => {
  await api.close();
});

const bill = () => [
  {
    capabilityId: cap('LEATHER'),
    supplierId: tannery.id,
    material: 'Pelle bovina',
    weightSharePercent: 50,
    originCountry: 'IT',
    certifications: ['Leather Working Group Gold'],
  },
  {
    capabilityId: cap('SOLES'),
    supplierId: soleMaker.id,
    material: 'Gomma',
    weightSharePercent: 30,
    composition: [
      { material: 'Gomma naturale', percent: 70 },
      { material: 'Gomma riciclata', percent: 30 },
    ],
  },
  { capabilityId: cap('INSOLES'), material: 'Cuoio', weightSharePercent: 10 },
  {
    capabilityId: cap('TEXTILES'),
    outsideCountry: 'PT',
    outsideRegion: 'Norte',
    material: 'Cotone',
    weightSharePercent: 10,
  },
  { capabilityId: cap('STITCHING'), weightSharePercent: 0 },
];

async function newArticle(code: string, who: Firm = factory) {
  const res = await api.gql<{ createArticle: { id: string; version: number } }>(
    CREATE,
    {
      input: { code, name: `Décolleté ${code}`, productLine: 'women', season: 'FW 2026', components: bill() },
    },
    { cookie: who.cookie },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createArticle;
}

const tiers = (t: { tiers: { tier: number; tracedWeightPercent: number }[] }) =>
  t.tiers.map((x) => [x.tier, x.tracedWeightPercent]);

describe('articles and their traceability', () => {
  it('offers the factory its confirmed suppliers only', async () => {
    const res = await api.gql<{
      articleSupplierChoices: { supplier: { id: string }; capability: { code: string } }[];
    }>(CHOICES, {}, { cookie: factory.cookie });
    const choices = res.body.data!.articleSupplierChoices.map((c) => [c.capability.code, c.supplier.id]);
    expect(choices).toEqual([
      ['LEATHER', tannery.id],
      ['SOLES', soleMaker.id],
    ]);
  });

  it('computes traced weight by tier on the known graph', async () => {
    await api.gql(
      INPUTS,
      {
        input: {
          capabilityId: cap('SOLES'),
          lines: [
            {
              inputCapabilityId: cap('SOLES'),
              inputSupplierId: rubberMaker.id,
              material: 'Mescola',
              sharePercent: 70,
            },
            { inputCapabilityId: cap('ADHESIVES'), material: 'Collante', sharePercent: 30 },
          ],
        },
      },
      { cookie: soleMaker.cookie },
    );
    const article = await newArticle('TIER-1');
    const res = await api.gql<{
      article: { traceability: { declaredWeightPercent: number; tiers: never[] } };
    }>(ARTICLE, { id: article.id }, { cookie: factory.cookie });
    const t = res.body.data!.article.traceability;
    // Tier 1: leather 50 + sole 30 + textiles from Portugal 10 (the insole's source is unknown).
    // Tier 2: the sole maker traces 70% of its sole to the rubber maker: 30 × 0.7 = 21; the tannery declared nothing.
    expect(t.declaredWeightPercent).toBe(100);
    expect(tiers(t)).toEqual([
      [1, 90],
      [2, 21],
    ]);

    // The tannery then traces all its hides to Brazil: 21 + 50 at tier 2.
    const set = await api.gql(
      INPUTS,
      {
        input: {
          capabilityId: cap('LEATHER'),
          lines: [{ inputCapabilityId: cap('LEATHER'), outsideCountry: 'BR', sharePercent: 100 }],
        },
      },
      { cookie: tannery.cookie },
    );
    expect(set.body.errors).toBeUndefined();
    const again = await api.gql<{ article: { traceability: { tiers: never[] } } }>(
      ARTICLE,
      { id: article.id },
      { cookie: factory.cookie },
    );
    expect(tiers(again.body.data!.article.traceability)).toEqual([
      [1, 90],
      [2, 71],
    ]);
  });

  it('refuses a supplier whose link is not confirmed, naming the line, and creates nothing', async () => {
    const lines = [
      ...bill(),
      { capabilityId: cap('HEELS'), supplierId: heelMaker.id, weightSharePercent: 0 },
    ];
    const res = await api.gql(
      CREATE,
      { input: { code: 'HEEL-1', name: 'Con tacco', components: lines } },
      { cookie: factory.cookie },
    );
    expect(errorOf(res.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'components.5.supplierId',
      reason: 'not_confirmed_supplier',
    });
    const list = await api.gql<{ articles: { edges: { node: { id: string } }[] } }>(
      ARTICLES,
      { firmId: factory.id },
      { cookie: factory.cookie },
    );
    expect(JSON.stringify(list.body.data)).not.toContain('HEEL-1');
    const count = await api.ds.query(`SELECT count(*)::int AS n FROM article WHERE code = 'HEEL-1'`);
    expect(count[0].n).toBe(0);
  });

  it('refuses weights over 100%, a bad GTIN and a composition over 100%', async () => {
    const heavy = bill().map((l) => ({ ...l, weightSharePercent: 40 }));
    const over = await api.gql(
      CREATE,
      { input: { code: 'X-1', name: 'X', components: heavy } },
      { cookie: factory.cookie },
    );
    expect(errorOf(over.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'components',
      reason: 'over_100',
    });
    const gtin = await api.gql(
      CREATE,
      { input: { code: 'X-2', name: 'X', gtin: '4006381333932', components: [] } },
      { cookie: factory.cookie },
    );
    expect(errorOf(gtin.body)).toMatchObject({ field: 'gtin', reason: 'invalid_gtin' });
    const comp = bill();
    comp[1]!.composition = [
      { material: 'Gomma', percent: 60 },
      { material: 'Sughero', percent: 40.5 },
    ];
    const mix = await api.gql(
      CREATE,
      { input: { code: 'X-3', name: 'X', components: comp } },
      { cookie: factory.cookie },
    );
    expect(errorOf(mix.body)).toMatchObject({ field: 'components.1.composition', reason: 'over_100' });
  });

  it('keeps one factory out of another factory’s articles', async () => {
    const article = await newArticle('PRIVATE-1');
    const read = await api.gql(ARTICLE, { id: article.id }, { cookie: otherFactory.cookie });
    expect(errorOf(read.body)?.code).toBe('FORBIDDEN');
    const list = await api.gql(ARTICLES, { firmId: factory.id }, { cookie: otherFactory.cookie });
    expect(errorOf(list.body)?.code).toBe('FORBIDDEN');
    const edit = await api.gql(
      UPDATE,
      { input: { id: article.id, version: article.version, name: 'Mine now' } },
      { cookie: otherFactory.cookie },
    );
    expect(errorOf(edit.body)?.code).toBe('FORBIDDEN');
    const publish = await api.gql(
      PUBLISH,
      { id: article.id, version: article.version },
      { cookie: otherFactory.cookie },
    );
    expect(errorOf(publish.body)?.code).toBe('FORBIDDEN');
    // Nor does a draft show to the public.
    const anonymous = await api.gql<{ passport: unknown }>(PASSPORT, { id: article.id });
    expect(anonymous.body.data!.passport).toBeNull();
    // The Chamber reads, but changes nothing; a supplier firm cannot build articles.
    const byChamber = await api.gql(ARTICLE, { id: article.id }, { cookie: chamber });
    expect(errorOf(byChamber.body)).toBeUndefined();
    const chamberEdit = await api.gql(
      UPDATE,
      { input: { id: article.id, version: article.version, name: 'X' } },
      { cookie: chamber },
    );
    expect(errorOf(chamberEdit.body)?.code).toBe('FORBIDDEN');
    const bySupplier = await api.gql(
      CREATE,
      { input: { code: 'S-1', name: 'S', components: [] } },
      { cookie: soleMaker.cookie },
    );
    expect(errorOf(bySupplier.body)?.code).toBe('FORBIDDEN');
    const unchanged = await api.gql<{ article: { version: number } }>(
      ARTICLE,
      { id: article.id },
      { cookie: factory.cookie },
    );
    expect(unchanged.body.data!.article.version).toBe(article.version);
  });

  it('answers CONFLICT to a stale version and keeps the newer edit', async () => {
    const article = await newArticle('STALE-1');
    const first = await api.gql(
      UPDATE,
      { input: { id: article.id, version: article.version, name: 'First' } },
      { cookie: factory.cookie },
    );
    expect(first.body.errors).toBeUndefined();
    const second = await api.gql(
      UPDATE,
      { input: { id: article.id, version: article.version, name: 'Second' } },
      { cookie: factory.cookie },
    );
    expect(errorOf(second.body)?.code).toBe('CONFLICT');
    const [row] = await api.ds.query(`SELECT name FROM article WHERE id = $1`, [article.id]);
    expect(row.name).toBe('First');
  });
});

describe('the public passport', () => {
  let articleId: string;
  beforeAll(async () => {
    await api.gql(CONSENT, { v: true }, { cookie: soleMaker.cookie });
    const res = await api.gql<{ createArticle: { id: string; version: number } }>(
      CREATE,
      { input: { code: 'PUB-1', name: 'Mocassino Segromigno', gtin: '4006381333931', components: bill() } },
      { cookie: factory.cookie },
    );
    const article = res.body.data!.createArticle;
    articleId = article.id;
    const published = await api.gql<{ publishArticle: { status: string; passportUrl: string } }>(
      PUBLISH,
      { id: article.id, version: article.version },
      { cookie: factory.cookie },
    );
    expect(published.body.data!.publishArticle.status).toBe('PUBLISHED');
  });

  it('names a supplier only with its consent', async () => {
    const res = await api.gql<{
      passport: {
        manufacturer: { name: string };
        components: {
          capability: { code: string };
          supplier: { name: string | null; kind: string; municipality: string } | null;
        }[];
      };
    }>(PASSPORT, { id: articleId });
    const p = res.body.data!.passport;
    expect(p.manufacturer.name).toBe('Calzaturificio Alfa S.r.l.');
    const byCode = Object.fromEntries(p.components.map((c) => [c.capability.code, c.supplier]));
    expect(byCode.SOLES?.name).toBe('Suolificio Gamma S.r.l.');
    // The tannery did not consent: kind and place only, and its name appears nowhere in the passport.
    expect(byCode.LEATHER).toEqual({
      name: null,
      kind: 'COMPONENTS',
      municipality: 'Capannori',
      showcaseFirmId: null,
    });
    expect(JSON.stringify(res.body)).not.toContain('Conceria Delta');
  });

  it('serves schema.org Product JSON-LD alone for Accept: application/ld+json', async () => {
    const res = await fetch(`${api.url}/showcase/passports/${articleId}`, {
      headers: { accept: 'application/ld+json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const doc = JSON.parse(await res.text()) as Record<string, unknown>;
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('Product');
    expect(doc.gtin).toBe('4006381333931');
    expect(doc.manufacturer).toMatchObject({ '@type': 'Organization', name: 'Calzaturificio Alfa S.r.l.' });
    expect(doc.hasDigitalProductPassport).toBe(`${api.config.publicUrl}/showcase/passports/${articleId}`);
    expect(doc.material).toEqual(['Pelle bovina', 'Gomma naturale', 'Gomma riciclata', 'Cuoio', 'Cotone']);
    const missing = await fetch(`${api.url}/showcase/passports/${crypto.randomUUID()}`, {
      headers: { accept: 'application/ld+json' },
    });
    expect(missing.status).toBe(404);
  });

  it('embeds the JSON-LD in the page served to crawlers, in English with ?lang=en', async () => {
    const meta = await showcasePageMeta(
      api.ds,
      api.config.publicUrl,
      `/showcase/passports/${articleId}`,
      'en',
    );
    expect(meta).toMatchObject({
      status: 200,
      lang: 'en',
      title: expect.stringContaining('Digital Product Passport'),
    });
    const html = injectPageMeta('<html><head><title>x</title></head><body></body></html>', meta!);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(script!)).toMatchObject({ '@type': 'Product', name: 'Mocassino Segromigno' });
    const draft = await newArticle('DRAFT-META');
    const hidden = await showcasePageMeta(
      api.ds,
      api.config.publicUrl,
      `/showcase/passports/${draft.id}`,
      'it',
    );
    expect(hidden).toMatchObject({ status: 404, noindex: true });
    expect(hidden?.jsonLd).toBeUndefined();
  });

  it('has a QR code that decodes to the GS1 Digital Link, which leads to the page', async () => {
    const png = await fetch(`${api.url}/api/passports/${articleId}/qr.png?download=1`);
    expect(png.headers.get('content-disposition')).toContain('passport-PUB-1.png');
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(`${api.config.publicUrl}/01/04006381333931`);
    const svg = await fetch(`${api.url}/api/passports/${articleId}/qr.svg`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
    const resolved = await fetch(`${api.url}/01/04006381333931?lang=en`, { redirect: 'manual' });
    expect(resolved.status).toBe(302);
    expect(resolved.headers.get('location')).toBe(
      `${api.config.publicUrl}/showcase/passports/${articleId}?lang=en`,
    );
  });

  it('is listed in sitemap.xml, drafts are not', async () => {
    const draft = await newArticle('SITEMAP-DRAFT');
    const sitemap = await (await fetch(`${api.url}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${api.config.publicUrl}/showcase/passports/${articleId}</loc>`);
    expect(sitemap).not.toContain(draft.id);
  });

  it('has a QR code of the page address when there is no GTIN', async () => {
    const created = await api.gql<{ createArticle: { id: string; version: number } }>(
      CREATE,
      { input: { code: 'PUB-2', name: 'Stivale', components: bill() } },
      { cookie: factory.cookie },
    );
    const a = created.body.data!.createArticle;
    await api.gql(PUBLISH, { id: a.id, version: a.version }, { cookie: factory.cookie });
    const png = await fetch(`${api.url}/api/passports/${a.id}/qr.png`);
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(
      `${api.config.publicUrl}/showcase/passports/${a.id}`,
    );
  });

  it('maps to the UNTP product passport', async () => {
    const res = await api.gql<{ passport: { untp: Record<string, never> } }>(PASSPORT, { id: articleId });
    const untp = res.body.data!.passport.untp as unknown as {
      type: string[];
      product: { registeredId: string; idScheme: { id: string } };
      materialsProvenance: { name: string; massFraction: number; originCountry: string | null }[];
      conformityClaim: { referenceStandard: { name: string } }[];
    };
    expect(untp.type).toEqual(['ProductPassport']);
    expect(untp.product).toMatchObject({
      registeredId: '4006381333931',
      idScheme: { id: 'https://id.gs1.org/01/' },
    });
    expect(untp.materialsProvenance[0]).toMatchObject({
      name: 'Pelle bovina',
      massFraction: 0.5,
      originCountry: 'IT',
    });
    expect(untp.materialsProvenance.reduce((s, m) => s + m.massFraction, 0)).toBeCloseTo(1);
    expect(untp.conformityClaim.map((c) => c.referenceStandard.name)).toEqual(['Leather Working Group Gold']);
  });
});

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
