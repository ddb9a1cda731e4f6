import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { assertRule, authorizeObject } from '../../common/auth.js';
import { badField } from '../../common/errors.js';
import { restRoute, sendError } from '../../common/http.js';
import { getOrThrow } from '../../common/lookup.js';
import { recordAudit } from '../audit/audit.service.js';
import type { DirectoryQuery } from './firm.directory.js';
import { writeCsv, writeXlsx, type ExportLanguage } from './firm.export.js';
import { firmPolicy, firmAccess } from './firm.policy.js';

/** The largest logo accepted, in bytes. */
export const MAX_LOGO_BYTES = 512 * 1024;

/** Accepted logo types and the bytes their files start with (checked, not just the header). */
const LOGO_TYPES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
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
    restRoute(
      ds,
      config,
      'Firm export',
      async (ctx, req, res) => {
        assertRule(ctx, firmPolicy.read);
        const params = new URL(req.originalUrl, 'http://localhost').searchParams;
        const lang: ExportLanguage = params.get('lang') === 'en' ? 'en' : 'it';
        const query = directoryQueryFromUrl(params);
        const stamp = new Date().toISOString().slice(0, 10);
        const name = `${lang === 'en' ? 'firms' : 'imprese'}-${stamp}.${format}`;
        res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader(
          'Content-Type',
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        await (format === 'csv' ? writeCsv : writeXlsx)(res, ctx.ds, ctx.viewer, query, lang);
      },
      { readOnly: true },
    );
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
      res.setHeader('Content-Type', logo.content_type);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, max-age=86400');
      res.send(logo.data);
    }),
  );

  router.post(
    '/:id/logo',
    // Read one byte more than allowed so that "too large" is told apart from "exactly the limit".
    express.raw({ type: () => true, limit: MAX_LOGO_BYTES + 1 }),
    restRoute(ds, config, 'Firm logo upload', async (ctx, req, res) => {
      assertRule(ctx, firmPolicy.updateProfile);
      const id = String(req.params.id);
      authorizeObject(ctx.viewer, firmAccess, 'edit', { id });
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const check = LOGO_TYPES[type];
      if (!check) throw badField('logo', 'logo_type', 'must be a PNG, JPEG or WebP image');
      const body: unknown = req.body;
      const data = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      if (data.length === 0) throw badField('logo', 'required', 'is empty');
      if (data.length > MAX_LOGO_BYTES) throw badField('logo', 'logo_size', 'is larger than 512 KB');
      if (!check(data)) throw badField('logo', 'logo_type', `is not a ${type} file`);
      const version = await ds.transaction(async (manager) => {
        await getOrThrow('Firm', id, async (firmId) => {
          const [firm]: { id: string }[] = await manager.query(
            `SELECT id FROM firm WHERE id = $1 FOR UPDATE`,
            [firmId],
          );
          return firm;
        });
        const before: { content_type: string; byte_size: number; version: number }[] = await manager.query(
          `SELECT content_type, byte_size, version FROM firm_logo WHERE firm_id = $1`,
          [id],
        );
        const [saved]: { version: number }[] = await manager.query(
          `INSERT INTO firm_logo (firm_id, content_type, byte_size, data) VALUES ($1, $2, $3, $4)
           ON CONFLICT (firm_id) DO UPDATE SET content_type = EXCLUDED.content_type, byte_size = EXCLUDED.byte_size,
             data = EXCLUDED.data, updated_at = now(), version = firm_logo.version + 1
           RETURNING version`,
          [id, type, data.length, data],
        );
        await recordAudit(manager, ctx, {
          action: 'UPDATE_FIRM_LOGO',
          entityType: 'Firm',
          entityId: id,
          before: {
            logo: before[0] ? { contentType: before[0].content_type, bytes: before[0].byte_size } : null,
          },
          after: { logo: { contentType: type, bytes: data.length } },
        });
        return saved!.version;
      });
      res.status(201).json({ logoUrl: `/api/firms/${id}/logo?v=${version}` });
    }),
  );

  // A body over the limit is refused by express.raw before the handler: answer like the others.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (error && typeof error === 'object' && 'type' in error && error.type === 'entity.too.large') {
      sendError(res, badField('logo', 'logo_size', 'is larger than 512 KB'), 413);
      return;
    }
    next(error);
  });
  return router;
}
