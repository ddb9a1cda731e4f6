import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { CAPABILITIES } from '../../db/seed/capabilities.js';
import { createFirm, createUser, insertCapabilities, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const cap = (code: string) => CAPABILITIES.find((c) => c.code === code)!.id;

const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id version photoUrl photoAlt } }`;
const ARTICLE = `query ($id: ID!) { article(id: $id) { photoUrl photoAlt } }`;
const PUBLISH = `mutation ($id: ID!, $version: Int!) { publishArticle(id: $id, version: $version) { id } }`;
const PASSPORT = `query ($id: ID!) { passport(id: $id) { photoUrl photoAlt jsonLd } }`;

/** A real 4×4 PNG, as a camera export would be (not just its signature). */
function pngPhoto(): Buffer {
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(200);
  return PNG.sync.write(png);
}

let api: TestApi;
let factory: { id: string; cookie: string };
let otherFactoryCookie: string;
let chamberCookie: string;

beforeAll(async () => {
  api = await startTestApi();
  await insertCapabilities(api.ds);
  const firm = await createFirm(api.ds, { kind: 'SHOE_FACTORY', legalName: 'Calzaturificio Foto S.r.l.' });
  const user = await createUser(api.ds, 'FIRM', { firmId: firm.id });
  factory = { id: firm.id, cookie: await api.signIn(user.email, TEST_PASSWORD) };
  const other = await createFirm(api.ds, { kind: 'SHOE_FACTORY', legalName: 'Calzaturificio Altro S.r.l.' });
  otherFactoryCookie = await api.signIn(
    (await createUser(api.ds, 'FIRM', { firmId: other.id })).email,
    TEST_PASSWORD,
  );
  chamberCookie = await api.signIn((await createUser(api.ds, 'CHAMBER')).email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

async function newArticle(code: string) {
  const res = await api.gql<{ createArticle: { id: string; version: number; photoAlt: string | null } }>(
    CREATE,
    {
      input: {
        code,
        name: `Mocassino ${code}`,
        photoAlt: 'Mocassino in pelle testa di moro, visto di lato',
        components: [{ capabilityId: cap('LEATHER'), weightSharePercent: 60 }],
      },
    },
    { cookie: factory.cookie },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createArticle;
}

const upload = (articleId: string, body: Buffer, type: string, cookie?: string) =>
  fetch(`${api.url}/api/articles/${articleId}/photo`, {
    method: 'POST',
    headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
    body: new Uint8Array(body),
  });

describe('an article’s photo', () => {
  it('is stored for the factory, private while a draft, then on the passport and in its JSON-LD', async () => {
    const article = await newArticle('FOTO-1');
    expect(article.photoAlt).toBe('Mocassino in pelle testa di moro, visto di lato');
    const photo = pngPhoto();
    const res = await upload(article.id, photo, 'image/png', factory.cookie);
    expect(res.status).toBe(201);
    const { photoUrl } = (await res.json()) as { photoUrl: string };
    const read = await api.gql<{ article: { photoUrl: string } }>(
      ARTICLE,
      { id: article.id },
      { cookie: factory.cookie },
    );
    expect(read.body.data!.article.photoUrl).toBe(photoUrl);

    // A draft's photo is not public.
    expect((await fetch(`${api.url}${photoUrl}`)).status).toBe(403);
    const own = await fetch(`${api.url}${photoUrl}`, { headers: { cookie: factory.cookie } });
    expect(own.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await own.arrayBuffer()).equals(photo)).toBe(true);

    const published = await api.gql(
      PUBLISH,
      { id: article.id, version: article.version },
      { cookie: factory.cookie },
    );
    expect(published.body.errors).toBeUndefined();
    const anonymous = await fetch(`${api.url}${photoUrl}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('x-content-type-options')).toBe('nosniff');
    const passport = await api.gql<{
      passport: { photoUrl: string; photoAlt: string; jsonLd: { image?: string } };
    }>(PASSPORT, { id: article.id });
    const p = passport.body.data!.passport;
    expect(new URL(p.photoUrl).pathname + new URL(p.photoUrl).search).toBe(photoUrl);
    expect(p.photoAlt).toBe('Mocassino in pelle testa di moro, visto di lato');
    expect(p.jsonLd.image).toBe(p.photoUrl);

    const [entry] = await api.ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'ARTICLE_PHOTO_SET' AND entity_id = $1`,
      [article.id],
    );
    expect(entry.changes.photo.after).toEqual({ contentType: 'image/png', bytes: photo.length });

    const removed = await fetch(`${api.url}/api/articles/${article.id}/photo`, {
      method: 'DELETE',
      headers: { cookie: factory.cookie },
    });
    expect(removed.status).toBe(204);
    const after = await api.gql<{ passport: { photoUrl: string | null; jsonLd: { image?: string } } }>(
      PASSPORT,
      { id: article.id },
    );
    expect(after.body.data!.passport.photoUrl).toBeNull();
    expect(after.body.data!.passport.jsonLd.image).toBeUndefined();
    expect((await fetch(`${api.url}${photoUrl}`)).status).toBe(404);
  });

  it('refuses a file that is not the image it claims, another type, a large file, and other people', async () => {
    const article = await newArticle('FOTO-2');
    const fake = await upload(
      article.id,
      Buffer.from('<html><script>x</script></html>'),
      'image/jpeg',
      factory.cookie,
    );
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({
      error: { extensions: { code: 'BAD_USER_INPUT', field: 'photo', reason: 'photo_type' } },
    });
    const svg = await upload(article.id, Buffer.from('<svg/>'), 'image/svg+xml', factory.cookie);
    expect(await svg.json()).toMatchObject({
      error: { extensions: { field: 'photo', reason: 'photo_type' } },
    });
    const big = await upload(
      article.id,
      Buffer.concat([pngPhoto(), Buffer.alloc(2 * 1024 * 1024)]),
      'image/png',
      factory.cookie,
    );
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({
      error: { extensions: { field: 'photo', reason: 'photo_size' } },
    });
    expect((await upload(article.id, pngPhoto(), 'image/png', otherFactoryCookie)).status).toBe(403);
    expect((await upload(article.id, pngPhoto(), 'image/png', chamberCookie)).status).toBe(403);
    expect((await upload(article.id, pngPhoto(), 'image/png')).status).toBe(401);
    // Nothing was stored by any of them.
    const [row] = await api.ds.query(`SELECT count(*)::int AS n FROM article_photo WHERE article_id = $1`, [
      article.id,
    ]);
    expect(row.n).toBe(0);
  });
});
