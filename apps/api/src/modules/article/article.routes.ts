import { Router } from 'express';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { notFound } from '../../common/errors.js';
import { restRoute } from '../../common/http.js';
import { loadPassports, passportUrl } from './article.passport.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The QR image's width in pixels: sharp when printed on a shoe box label at 3 cm. */
const QR_PNG_WIDTH = 512;

/**
 * The passport's machine-readable and printable parts:
 * - GET /showcase/passports/:id with `Accept: application/ld+json`: the schema.org Product alone (a
 *   browser asking for HTML falls through to the web app);
 * - GET /api/passports/:id/qr.svg|qr.png (`?download=1` to save it as a file): the QR code of the
 *   passport's address, or of its GS1 Digital Link when the article has a GTIN;
 * - GET /01/:gtin (GS1 Digital Link): redirects to the passport of the published article with that GTIN.
 */
export function articleRouter(ds: DataSource, config: Config): Router {
  const router = Router();
  const passportOr404 = async (id: string) => {
    const [passport] = UUID.test(id) ? await loadPassports(ds, config.publicUrl, [id.toLowerCase()]) : [];
    if (!passport) throw notFound('Passport', id);
    return passport;
  };

  router.get(
    '/showcase/passports/:id',
    (req, _res, next) =>
      req.accepts(['text/html', 'application/ld+json']) === 'application/ld+json' ? next() : next('route'),
    restRoute(ds, config, 'passport json-ld', async (_ctx, req, res) => {
      const passport = await passportOr404(String(req.params.id));
      res.type('application/ld+json').setHeader('Vary', 'Accept').send(JSON.stringify(passport.jsonLd));
    }),
  );

  const qr = (format: 'svg' | 'png') =>
    restRoute(ds, config, 'passport qr', async (_ctx, req, res) => {
      const passport = await passportOr404(String(req.params.id));
      if (req.query.download === '1') {
        const name = passport.code.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'passport';
        res.attachment(`passport-${name}.${format}`);
      }
      res.setHeader('Cache-Control', 'public, max-age=300');
      if (format === 'svg') {
        res.type('image/svg+xml').send(await QRCode.toString(passport.qrTarget, { type: 'svg', margin: 2 }));
      } else {
        res
          .type('image/png')
          .send(await QRCode.toBuffer(passport.qrTarget, { type: 'png', width: QR_PNG_WIDTH, margin: 2 }));
      }
    });
  router.get('/api/passports/:id/qr.svg', qr('svg'));
  router.get('/api/passports/:id/qr.png', qr('png'));

  router.get(
    '/01/:gtin',
    restRoute(ds, config, 'gs1 digital link', async (_ctx, req, res) => {
      if (!/^\d{14}$/.test(String(req.params.gtin))) throw notFound('Passport', String(req.params.gtin));
      const [row] = (await ds.query(
        `SELECT id FROM article WHERE status = 'PUBLISHED' AND lpad(gtin, 14, '0') = $1 LIMIT 1`,
        [req.params.gtin],
      )) as { id: string }[];
      if (!row) throw notFound('Passport', `GTIN ${String(req.params.gtin)}`);
      const lang = req.query.lang === 'en' ? '?lang=en' : '';
      res.redirect(302, `${passportUrl(config.publicUrl, row.id)}${lang}`);
    }),
  );
  return router;
}
