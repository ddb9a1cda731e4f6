import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { assertRule, type Rule } from './auth.js';
import { restRoute } from './http.js';

/** The content type of each kind of file the API serves for download. */
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
} as const;

export type DownloadFormat = keyof typeof CONTENT_TYPES;

/** The language a download asks for with `?lang=`: English for `en`, Italian otherwise. */
export function downloadLanguage(lang: unknown): 'it' | 'en' {
  return lang === 'en' ? 'en' : 'it';
}

/**
 * The headers of a file to save rather than show: its type, its name and, by default, no caching (exports
 * hold what only the signed-in viewer may read).
 */
export function startDownload(
  res: Response,
  format: DownloadFormat,
  filename: string,
  cacheControl = 'no-store',
): void {
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', cacheControl);
}

/** A read-only REST route serving a file to those the rule lets read it (see `restRoute`). */
export function downloadRoute(
  ds: DataSource,
  config: Config,
  label: string,
  rule: Rule,
  handler: (ctx: Context, req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return restRoute(
    ds,
    config,
    label,
    async (ctx, req, res) => {
      assertRule(ctx, rule);
      await handler(ctx, req, res);
    },
    { readOnly: true },
  );
}
