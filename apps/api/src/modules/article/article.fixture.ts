import { afterAll, beforeAll, expect } from 'vitest';
import jsQRModule from 'jsqr';
import type { FirmKind } from '@filiera/shared';
import { CAPABILITIES } from '../../db/seed/capabilities.js';
import { createFirm, createUser, insertCapabilities, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

// jsqr is a CommonJS bundle: its function is the module itself at run time, `default` for the types.
export const jsQR: typeof jsQRModule.default =
  typeof jsQRModule === 'function' ? jsQRModule : jsQRModule.default;

export const cap = (code: string) => CAPABILITIES.find((c) => c.code === code)!.id;

const ARTICLE_FIELDS = `id version status passportUrl viewerCanEdit
  traceability { declaredWeightPercent tiers { tier tracedWeightPercent } }
  components { capability { code } supplier { id } weightSharePercent inputs { sharePercent } }`;
export const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${ARTICLE_FIELDS} } }`;
export const UPDATE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { ${ARTICLE_FIELDS} } }`;
export const ARTICLE = `query ($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`;
export const ARTICLES = `query ($firmId: ID!) { articles(firmId: $firmId) { totalCount edges { node { id } } } }`;
export const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishArticle(id: $id, version: $version) { id version status passportUrl } }`;
export const INPUTS = `mutation ($input: SetSupplierInputsInput!) { setSupplierInputs(input: $input) { inputs { sharePercent } } }`;
export const CONSENT = `mutation ($v: Boolean!) { setPassportNameConsent(namePublic: $v) { passportNamePublic } }`;
export const CHOICES = `{ articleSupplierChoices { supplier { id } capability { code } } }`;
export const PASSPORT = `query ($id: ID!) { passport(id: $id) {
  name url qrTarget countryOfAssembly jsonLd untp
  manufacturer { name municipality }
  traceability { tiers { tier tracedWeightPercent } }
  components { capability { code } supplier { name kind municipality showcaseFirmId } outsideCountry weightSharePercent
    inputs { capability { code } supplier { name } sharePercent } }
} }`;

type Err = {
  extensions: { code: string; field?: string; reason?: string; fields?: { field: string; reason: string }[] };
};
export const errorOf = (body: { errors?: unknown }) => (body.errors as Err[] | undefined)?.[0]?.extensions;

export interface Firm {
  id: string;
  cookie: string;
}

export let api: TestApi;
export let factory: Firm;
export let otherFactory: Firm;
export let soleMaker: Firm;
export let tannery: Firm;
export let rubberMaker: Firm;
export let heelMaker: Firm;
export let chamber: string;

async function firmWithUser(kind: FirmKind, legalName: string): Promise<Firm> {
  const firm = await createFirm(api.ds, { kind, legalName });
  const user = await createUser(api.ds, 'FIRM', { firmId: firm.id });
  return { id: firm.id, cookie: await api.signIn(user.email, TEST_PASSWORD) };
}

export async function link(supplier: Firm, customer: Firm, capability: string, status = 'CONFIRMED') {
  await api.ds.query(
    `INSERT INTO supply_link (supplier_id, customer_id, capability_id, status) VALUES ($1, $2, $3, $4)`,
    [supplier.id, customer.id, cap(capability), status],
  );
}

export const bill = () => [
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

export async function newArticle(code: string, who: Firm = factory) {
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

export const tiers = (t: { tiers: { tier: number; tracedWeightPercent: number }[] }) =>
  t.tiers.map((x) => [x.tier, x.tracedWeightPercent]);

/** The set-up every article test file shares: call it once at the top of the file. */
export function useArticleFixture(): void {
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
}
