import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { assertRule, authorizeObject } from '../../common/auth.js';
import { downloadLanguage, downloadRoute, startDownload } from '../../common/download.js';
import { badField } from '../../common/errors.js';
import { restRoute } from '../../common/http.js';
import {
  imageTooLargeHandler,
  rawImageBody,
  readImageUpload,
  sendImage,
  type ImageUploadRule,
} from '../../common/image-upload.js';
import { getOrThrow } from '../../common/lookup.js';
import { storeImage, type ImageTable } from '../../common/stored-image.js';
import { recordAudit } from '../audit/audit.service.js';
import type { DirectoryQuery } from './firm.directory.js';
import { writeFirmExport, type ExportLanguage } from './firm.export.js';
import { firmPolicy, firmAccess } from './firm.policy.js';

/** The largest logo accepted, in bytes. */
export const MAX_LOGO_BYTES = 512 * 1024;

/** What a logo upload accepts: PNG, JPEG or WebP (checked by its first bytes), at most 512 KB. */
const LOGO_UPLOAD: ImageUploadRule = { field: 'logo', maxBytes: MAX_LOGO_BYTES };

/** Where firm logos are stored, and how a new one is audited. */
const LOGOS: ImageTable = {
  table: 'firm_logo',
  owner: 'firm_id',
  audit: { action: 'UPDATE_FIRM_LOGO', entityType: 'Firm', field: 'logo' },
};

/** The directory query from the export's query string (repeated keys for lists). */
export function directoryQueryFromUrl(params: URLSearchParams): DirectoryQuery {
  const list = (key: string) => (params.has(key) ? params.getAll(key).filter((v) => v !== '') : null);
  const int = (key: string) => {
    const v = params.get(key);
    if (v === null || v === '') return null;
    const n = Number(v);
    if (!Number.isInteger(n)) throw badField(`filter.${key}`, 'invalid_type', 'must be a whole number');
    return n;
  };
  const orderBy = params.get('orderBy');
  return {
    search: params.get('search'),
    orderBy: orderBy ? (orderBy as DirectoryQuery['orderBy']) : null,
    filter: {
      kinds: list('kinds'),
      capabilityIds: list('capabilityIds'),
      hamlets: list('hamlets'),
      adhesionStatuses: list('adhesionStatuses'),
      withoutAdhesion: params.get('withoutAdhesion') === 'true' ? true : null,
      certifications: list('certifications'),
      exportMarkets: list('exportMarkets'),
      employeesMin: int('employeesMin'),
      employeesMax: int('employeesMax'),
      includeCeased: params.get('includeCeased') === 'true' ? true : null,
    },
  };
}

/**
 * - `GET /api/firms/export.csv|xlsx?search=…&kinds=…&capabilityIds=…&lang=it|en`: every firm the
 *   directory would list for the same parameters, streamed (signed in; 401 otherwise).
 * - `GET /api/firms/:id/logo`: the logo image (signed in).
 * - `POST /api/firms/:id/logo`: raw body with Content-Type image/png, image/jpeg or image/webp, at most
 *   512 KB, checked by its first bytes; same rule as updateFirmProfile; audited. Only image types are
 *   accepted, which a cross-site HTML form cannot send, so this needs no extra CSRF token.
 */
export function firmRouter(config: Config, ds: DataSource): Router {
  const router = Router();

  const exportHandler = (format: 'csv' | 'xlsx') =>
    downloadRoute(ds, config, 'Firm export', firmPolicy.read, async (ctx, req, res) => {
      const params = new URL(req.originalUrl, 'http://localhost').searchParams;
      const lang: ExportLanguage = downloadLanguage(params.get('lang'));
      const query = directoryQueryFromUrl(params);
      const stamp = new Date().toISOString().slice(0, 10);
      startDownload(res, format, `${lang === 'en' ? 'firms' : 'imprese'}-${stamp}.${format}`);
      await writeFirmExport(format, res, ctx.ds, ctx.viewer, query, lang);
    });
  router.get('/export.csv', exportHandler('csv'));
  router.get('/export.xlsx', exportHandler('xlsx'));

  router.get(
    '/:id/logo',
    restRoute(ds, config, 'Firm logo', async (ctx, req, res) => {
      assertRule(ctx, firmPolicy.read);
      const id = String(req.params.id);
      const logo = await getOrThrow('Logo', id, async (firmId) => {
        const rows: { content_type: string; data: Buffer }[] = await ds.query(
          `SELECT content_type, data FROM firm_logo WHERE firm_id = $1`,
          [firmId],
        );
        return rows[0];
      });
      sendImage(res, logo, 'private, max-age=86400');
    }),
  );

  router.post(
    '/:id/logo',
    rawImageBody(LOGO_UPLOAD),
    restRoute(ds, config, 'Firm logo upload', async (ctx, req, res) => {
      assertRule(ctx, firmPolicy.updateProfile);
      const id = String(req.params.id);
      authorizeObject(ctx.viewer, firmAccess, 'edit', { id });
      const { type, data } = readImageUpload(req, LOGO_UPLOAD);
      const version = await ds.transaction(async (manager) => {
        await getOrThrow('Firm', id, async (firmId) => {
          const [firm]: { id: string }[] = await manager.query(
            `SELECT id FROM firm WHERE id = $1 FOR UPDATE`,
            [firmId],
          );
          return firm;
        });
        const stored = await storeImage(manager, LOGOS, id, { type, data });
        await recordAudit(manager, ctx, stored.audit);
        return stored.version;
      });
      res.status(201).json({ logoUrl: `/api/firms/${id}/logo?v=${version}` });
    }),
  );

  router.use(imageTooLargeHandler(LOGO_UPLOAD));
  return router;
}
