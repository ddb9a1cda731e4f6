import { describe, expect, it } from 'vitest';
import {
  cap,
  CREATE,
  UPDATE,
  ARTICLE,
  ARTICLES,
  PUBLISH,
  INPUTS,
  CHOICES,
  PASSPORT,
  errorOf,
  api,
  factory,
  otherFactory,
  soleMaker,
  tannery,
  rubberMaker,
  heelMaker,
  chamber,
  bill,
  newArticle,
  tiers,
  useArticleFixture,
} from './article.fixture.js';

useArticleFixture();

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

  it.each([
    {
      what: 'weights over 100%',
      input: () => ({
        code: 'X-1',
        name: 'X',
        components: bill().map((l) => ({ ...l, weightSharePercent: 40 })),
      }),
      error: { code: 'BAD_USER_INPUT', field: 'components', reason: 'over_100' },
    },
    {
      what: 'a bad GTIN',
      input: () => ({ code: 'X-2', name: 'X', gtin: '4006381333932', components: [] }),
      error: { field: 'gtin', reason: 'invalid_gtin' },
    },
    {
      what: 'a composition over 100%',
      input: () => {
        const comp = bill();
        comp[1]!.composition = [
          { material: 'Gomma', percent: 60 },
          { material: 'Sughero', percent: 40.5 },
        ];
        return { code: 'X-3', name: 'X', components: comp };
      },
      error: { field: 'components.1.composition', reason: 'over_100' },
    },
  ])('refuses $what', async ({ input, error }) => {
    const res = await api.gql(CREATE, { input: input() }, { cookie: factory.cookie });
    expect(errorOf(res.body)).toMatchObject(error);
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
