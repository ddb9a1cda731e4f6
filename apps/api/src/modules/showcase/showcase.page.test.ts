import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFirm } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

/** Shaped like Vite's build of apps/web/index.html. */
const INDEX_HTML = `<!doctype html>
<html lang="it">
  <head>
    <meta charset="UTF-8" />
    <title>Filiera</title>
    <meta
      name="description"
      content="Filiera: la piattaforma della rete di imprese."
    />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

let api: TestApi;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'filiera-web-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), INDEX_HTML);
  await writeFile(
    path.join(dist, 'assets', 'index-abc.js'),
    `console.log(${JSON.stringify('x'.repeat(20_000))});`,
  );
  // The build's precompressed copy (vite-plugin-compression2); its text differs, to tell which was sent.
  await writeFile(
    path.join(dist, 'assets', 'index-abc.js.br'),
    brotliCompressSync(Buffer.from('console.log("precompressed");')),
  );
  api = await startTestApi({ WEB_DIST_DIR: dist, PUBLIC_URL: 'https://filiera.example' });
});
afterAll(async () => {
  await api.close();
  await rm(dist, { recursive: true, force: true });
});

const page = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}${url}`, { headers });
  return { status: res.status, html: await res.text(), vary: res.headers.get('vary') };
};
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe('showcase pages as served to crawlers without JavaScript', () => {
  it('carry the home page’s title, description, language, canonical and hreflang, in Italian and English', async () => {
    const it = await page('/showcase');
    expect(it.status).toBe(200);
    expect(it.html).toContain('<html lang="it">');
    expect(all(it.html, /<title>([^<]*)<\/title>/g)).toEqual([
      'Il distretto calzaturiero di Segromigno in Monte · Filiera',
    ]);
    expect(all(it.html, /<meta name="description" content="([^"]*)"/g)).toHaveLength(1);
    expect(it.html).toContain('content="Le imprese calzaturiere di Segromigno in Monte');
    expect(it.html).toContain('<link rel="canonical" href="https://filiera.example/showcase" />');
    expect(it.html).toContain(
      '<link rel="alternate" hreflang="en" href="https://filiera.example/showcase?lang=en" />',
    );
    expect(it.html).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://filiera.example/showcase" />',
    );
    expect(it.html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');

    const en = await page('/showcase/events?lang=en');
    expect(en.html).toContain('<html lang="en">');
    expect(all(en.html, /<title>([^<]*)<\/title>/g)).toEqual(['Events open to the public · Filiera']);
    expect(en.html).toContain(
      '<link rel="canonical" href="https://filiera.example/showcase/events?lang=en" />',
    );
  });

  it('come in the language the visitor chose earlier (the web app’s cookie) when the address has no ?lang', async () => {
    const remembered = { cookie: 'filiera.session=x; filiera.language=en' };
    const en = await page('/showcase/events', remembered);
    expect(en.html).toContain('<html lang="en">');
    expect(all(en.html, /<title>([^<]*)<\/title>/g)).toEqual(['Events open to the public · Filiera']);
    expect(en.vary).toMatch(/\bCookie\b/i);
    // The address wins, as in the web app; a language it does not offer is no choice.
    expect((await page('/showcase/events?lang=it', remembered)).html).toContain('<html lang="it">');
    expect((await page('/showcase/events?lang=de', remembered)).html).toContain('<html lang="en">');
    expect((await page('/showcase', { cookie: 'filiera.language=de' })).html).toContain('<html lang="it">');
  });

  it('name a consenting firm by its public name only, escaped', async () => {
    const firm = await buildFirm(api.ds, {
      legalName: 'Suole <b>"Rossi"</b> & Figli S.r.l.',
      tradeName: 'Segreto',
      kind: 'COMPONENTS',
      showcaseConsent: true,
      publicFields: [],
    });
    const { status, html } = await page(`/showcase/firms/${firm.id}`);
    expect(status).toBe(200);
    expect(html).toContain(
      '<title>Suole &lt;b&gt;&quot;Rossi&quot;&lt;/b&gt; &amp; Figli S.r.l. · Filiera</title>',
    );
    expect(html).toContain(
      'content="Suole &lt;b&gt;&quot;Rossi&quot;&lt;/b&gt; &amp; Figli S.r.l., Componentistica del distretto',
    );
    expect(html).not.toContain('Segreto');
    expect(html).not.toContain('<b>');

    await api.ds.query(`UPDATE firm SET public_fields = '{tradeName}' WHERE id = $1`, [firm.id]);
    const english = await page(`/showcase/firms/${firm.id}?lang=en`);
    expect(english.html).toContain('<title>Segreto · Filiera</title>');
    expect(english.html).toContain(
      'content="Segreto, Components in the Segromigno in Monte footwear district',
    );
  });

  it('answer 404 with noindex for a firm that is not in the showcase, naming nothing of it', async () => {
    const hidden = await buildFirm(api.ds, {
      legalName: 'Tomaificio Nascosto S.r.l.',
      showcaseConsent: false,
    });
    const { status, html } = await page(`/showcase/firms/${hidden.id}`);
    expect(status).toBe(404);
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<title>Questa impresa non è nella vetrina. · Filiera</title>');
    expect(html).not.toContain('Nascosto');
    expect((await page('/showcase/firms/not-an-id')).status).toBe(404);
  });

  it('leave the other pages as built, and send the web app’s scripts compressed (brotli as built)', async () => {
    const signIn = await page('/sign-in');
    expect(signIn.status).toBe(200);
    expect(signIn.html).toBe(INDEX_HTML);
    const script = await fetch(`${api.url}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(await script.text()).toContain('xxxxxxxx');
    // Where the build left a brotli copy, that file is sent as it is, with a long cache life.
    const brotli = await fetch(`${api.url}/assets/index-abc.js`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await brotli.text()).toBe('console.log("precompressed");');
    // API answers are not compressed: no CPU spent on them under load.
    const answer = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      // Well over compression's 1 KB threshold (introspection is on outside production).
      body: JSON.stringify({ query: `{ __schema { types { name description } } }` }),
    });
    expect(answer.status).toBe(200);
    expect((await answer.text()).length).toBeGreaterThan(5000);
    expect(answer.headers.get('content-encoding')).toBeNull();
  });
});
