import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { restRoute } from '../../common/http.js';
import { publishedPassportEntries } from '../article/article.passport.js';

/** Upper bound of firm pages in the sitemap (the protocol allows 50,000 URLs per file). */
const SITEMAP_MAX_FIRMS = 45_000;
/** Upper bound of passport pages in the sitemap (with the firms, within the protocol's 50,000). */
const SITEMAP_MAX_PASSPORTS = 4_000;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/**
 * GET /sitemap.xml (the showcase's public pages: home, each consenting firm, each published passport) and GET /robots.txt
 * (everything but the showcase is behind sign-in, so crawlers are pointed at it and kept off the API).
 */
export function showcaseRouter(ds: DataSource, config: Config): Router {
  const router = Router();
  router.get(
    '/sitemap.xml',
    restRoute(ds, config, 'sitemap', async (_ctx, _req, res) => {
      const firms: { id: string; updated_at: Date }[] = await ds.query(
        `SELECT id, updated_at FROM firm WHERE showcase_consent AND ceased_on IS NULL
          ORDER BY legal_name, id LIMIT $1`,
        [SITEMAP_MAX_FIRMS],
      );
      const passports = await publishedPassportEntries(ds, SITEMAP_MAX_PASSPORTS);
      const url = (path: string, lastmod?: Date) =>
        `  <url><loc>${escapeXml(config.publicUrl + path)}</loc>${
          lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''
        }</url>`;
      const body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        url('/showcase'),
        ...firms.map((f) => url(`/showcase/firms/${f.id}`, f.updated_at)),
        ...passports.map((p) => url(`/showcase/passports/${p.id}`, p.updatedAt)),
        '</urlset>',
        '',
      ].join('\n');
      res.type('application/xml').setHeader('Cache-Control', 'public, max-age=3600').send(body);
    }),
  );
  router.get('/robots.txt', (_req, res) => {
    res
      .type('text/plain')
      .send(
        [
          'User-agent: *',
          'Allow: /showcase',
          'Disallow: /api/',
          'Disallow: /graphql',
          `Sitemap: ${config.publicUrl}/sitemap.xml`,
          '',
        ].join('\n'),
      );
  });
  return router;
}
