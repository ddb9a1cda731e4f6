import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { assertRule } from '../../common/auth.js';
import { notFound } from '../../common/errors.js';
import { restRoute } from '../../common/http.js';
import { buildReport, REPORT_NAMES, reportCsv, type ReportName } from './report.export.js';
import type { Lang } from './report.labels.js';
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
    restRoute(
      ds,
      config,
      'Report export',
      async (ctx, req, res) => {
        assertRule(ctx, reportPolicy.read);
        const params = req.params as Record<string, string>;
        const name = params[0] ?? '';
        const format = params[1];
        if (!(REPORT_NAMES as readonly string[]).includes(name)) throw notFound('Report', name);
        const lang: Lang = req.query.lang === 'en' ? 'en' : 'it';
        const filter = filterFromQuery(req.query);
        const doc = await buildReport(ctx, name as ReportName, filter, lang);
        const day = new Date().toISOString().slice(0, 10);
        res.setHeader('Cache-Control', 'no-store');
        if (format === 'csv') {
          res.setHeader('Content-Type', 'text/csv; charset=utf-8');
          res.setHeader('Content-Disposition', `attachment; filename="report-${name}-${day}.csv"`);
          res.end(reportCsv(doc, filter, lang));
          return;
        }
        const pdf = await reportPdf(doc, filter, lang);
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('Content-Disposition', `attachment; filename="report-${name}-${day}.pdf"`);
        res.end(pdf);
      },
      { readOnly: true },
    ),
  );
  return router;
}
