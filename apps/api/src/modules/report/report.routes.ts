import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { downloadLanguage, downloadRoute, startDownload } from '../../common/download.js';
import { notFound } from '../../common/errors.js';
import { buildReport, REPORT_NAMES, reportCsv, type ReportName } from './report.export.js';
import { reportPdf } from './report.pdf.js';
import { reportPolicy } from './report.policy.js';
import { parseReportFilter } from './report.filter.js';

const list = (v: unknown): string[] | undefined => {
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).map(String).filter((s) => s !== '');
};
const one = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The report filter from the query string, with the web page's parameter names so that a download link is
 * the page's own address: kind, hamlet, status (repeatable), membership, from, to.
 */
export function filterFromQuery(query: Request['query']) {
  return parseReportFilter(
    {
      kinds: list(query.kind),
      hamlets: list(query.hamlet),
      adhesionStatuses: list(query.status),
      membership: one(query.membership),
      from: one(query.from),
      to: one(query.to),
    },
    'filter',
  );
}

/** GET /api/reports/<name>.csv|pdf?<filters>&lang=it|en (ADMIN, CONSULTANT, CHAMBER). */
export function reportRouter(ds: DataSource, config: Config): Router {
  const router = Router();
  router.get(
    /^\/api\/reports\/([a-z-]+)\.(csv|pdf)$/,
    downloadRoute(ds, config, 'Report export', reportPolicy.read, async (ctx, req, res) => {
      const params = req.params as Record<string, string>;
      const name = params[0] ?? '';
      const format = params[1] === 'csv' ? 'csv' : 'pdf';
      if (!(REPORT_NAMES as readonly string[]).includes(name)) throw notFound('Report', name);
      const lang = downloadLanguage(req.query.lang);
      const filter = filterFromQuery(req.query);
      const doc = await buildReport(ctx, name as ReportName, filter, lang);
      const day = new Date().toISOString().slice(0, 10);
      const file = format === 'csv' ? reportCsv(doc, filter, lang) : await reportPdf(doc, filter, lang);
      startDownload(res, format, `report-${name}-${day}.${format}`);
      res.end(file);
    }),
  );
  return router;
}
