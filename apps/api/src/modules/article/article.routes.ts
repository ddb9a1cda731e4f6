import { Router } from 'express';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { assertRule } from '../../common/auth.js';
import { notFound } from '../../common/errors.js';
import { restRoute } from '../../common/http.js';
import { imageTooLargeHandler, rawImageBody, readImageUpload, sendImage } from '../../common/image-upload.js';
import { loadPassports, passportUrl } from './article.passport.js';
import { deleteArticlePhoto, PHOTO_RULE, readArticlePhoto, saveArticlePhoto } from './article.photo.js';
import { articlePolicy } from './article.policy.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The QR image's width in pixels: sharp when printed on a shoe box label at 3 cm. */
const QR_PNG_WIDTH = 512;

/**
 * The passport's machine-readable and printable parts:
 * - GET /showcase/passports/:id with `Accept: application/ld+json`: the schema.org Product alone (a
 *   browser asking for HTML falls through to the web app);
 * - GET /api/passports/:id/qr.svg|qr.png (`?download=1` to save it as a file): the QR code of the
 *   passport's address, or of its GS1 Digital Link when the article has a GTIN;
 * - GET /01/:gtin (GS1 Digital Link): redirects to the passport of the published article with that GTIN;
 * - GET /api/articles/:id/photo: the article's photo (anyone once published, else who may read it);
 *   POST (raw body image/png, image/jpeg or image/webp, at most 2 MB, checked by its first bytes) and
 *   DELETE: the factory's people; audited.
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

  const photo = '/api/articles/:id/photo';
  router.get(
    photo,
    restRoute(ds, config, 'article photo', async (ctx, req, res) => {
      const image = await readArticlePhoto(ctx, String(req.params.id));
      sendImage(res, image, image.public ? 'public, max-age=86400' : 'private, max-age=86400');
    }),
  );
  router.post(
    photo,
    rawImageBody(PHOTO_RULE),
    restRoute(ds, config, 'article photo upload', async (ctx, req, res) => {
      assertRule(ctx, articlePolicy.manage);
      const url = await saveArticlePhoto(ctx, String(req.params.id), readImageUpload(req, PHOTO_RULE));
      res.status(201).json({ photoUrl: url });
    }),
  );
  router.delete(
    photo,
    restRoute(ds, config, 'article photo removal', async (ctx, req, res) => {
      assertRule(ctx, articlePolicy.manage);
      await deleteArticlePhoto(ctx, String(req.params.id));
      res.status(204).end();
    }),
  );
  router.use(photo, imageTooLargeHandler(PHOTO_RULE));
  return router;
}
