import { beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { injectPageMeta, showcasePageMeta } from '../showcase/showcase.page.js';
import {
  jsQR,
  CREATE,
  PUBLISH,
  CONSENT,
  PASSPORT,
  api,
  factory,
  soleMaker,
  bill,
  newArticle,
  useArticleFixture,
} from './article.fixture.js';

useArticleFixture();

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

  it('names every country it mentions in Italian and English', async () => {
    type Sourced = { outsideCountry: string | null; originCountry: string | null };
    const res = await api.gql<{
      passport: {
        countryOfAssembly: string;
        countryNames: { code: string; nameIt: string; nameEn: string }[];
        components: (Sourced & { inputs: Sourced[] })[];
      };
    }>(
      `query ($id: ID!) { passport(id: $id) { countryOfAssembly countryNames { code nameIt nameEn }
        components { outsideCountry originCountry inputs { outsideCountry originCountry } } } }`,
      { id: articleId },
    );
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.passport;
    const mentioned = [
      p.countryOfAssembly,
      ...p.components.flatMap((c) => [c, ...c.inputs]).flatMap((s) => [s.outsideCountry, s.originCountry]),
    ];
    expect(new Set(p.countryNames.map((c) => c.code))).toEqual(new Set(mentioned.filter(Boolean)));
    expect(p.countryNames).toContainEqual({ code: 'IT', nameIt: 'Italia', nameEn: 'Italy' });
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
