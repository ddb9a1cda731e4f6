import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, conflict, notFound } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { createAudited, recordAudit } from '../audit/audit.service.js';
import { SavedReportViewEntity, type ReportSection } from './report.entity.js';
import { parseReportFilter, type ReportFilterValue } from './report.filter.js';

export const REPORT_SECTIONS = [
  'OVERVIEW',
  'ADHESIONS',
  'SUPPLY_CHAIN',
  'PLAN',
  'STARTUP',
  'TRACEABILITY',
] as const;
/** Saved views are bookmarks: a person needs a handful, so the list stays small without paging. */
export const MAX_SAVED_VIEWS = 50;

/** The signed-in person's views, newest first. */
export async function listSavedReportViews(ctx: Context): Promise<SavedReportViewEntity[]> {
  const viewer = requireViewer(ctx);
  return ctx.ds.getRepository(SavedReportViewEntity).find({
    where: { userId: viewer.userId },
    order: { createdAt: 'DESC', id: 'DESC' },
    take: MAX_SAVED_VIEWS,
  });
}

const saveSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'is longer than 80 characters'),
  section: z.enum(REPORT_SECTIONS),
  filter: z.unknown().optional(),
});

/** Stores the filter without its empty parts, so a saved view reads like the URL it came from. */
function compactFilter(filter: ReportFilterValue): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

export async function saveReportView(ctx: Context, rawInput: unknown): Promise<SavedReportViewEntity> {
  const viewer = requireViewer(ctx);
  const input = parseInput(saveSchema, rawInput);
  const filter = parseReportFilter(input.filter, 'filter');
  return ctx.ds.transaction(async (manager) => {
    // Serialises one person's saves so the count and name checks hold.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('saved_report_view:' || $1))`, [
      viewer.userId,
    ]);
    const [counts]: { n: number; taken: boolean | null }[] = await manager.query(
      `SELECT count(*)::int AS n, bool_or(lower(name) = lower($2)) AS taken
         FROM saved_report_view WHERE user_id = $1`,
      [viewer.userId, input.name],
    );
    const n = Number(counts?.n ?? 0);
    if (counts?.taken) throw badField('name', 'taken', 'is already the name of one of your views');
    if (n >= MAX_SAVED_VIEWS) {
      throw badField('name', 'too_many', `you already have ${MAX_SAVED_VIEWS} views: delete one first`);
    }
    return createAudited(manager, ctx, {
      entity: SavedReportViewEntity,
      values: {
        userId: viewer.userId,
        name: input.name,
        section: input.section as ReportSection,
        filter: compactFilter(filter),
      },
      action: 'SAVE_REPORT_VIEW',
      snapshot: (view) => ({ name: view.name, section: view.section, filter: view.filter }),
    });
  });
}

/** Deletes one of the viewer's own views; another person's view is NOT_FOUND (not revealed). */
export async function deleteReportView(ctx: Context, id: string, version: number): Promise<string> {
  const viewer = requireViewer(ctx);
  if (!z.uuid().safeParse(id).success) throw notFound('SavedReportView', id);
  return ctx.ds.transaction(async (manager) => {
    const view = await manager.findOne(SavedReportViewEntity, {
      where: { id, userId: viewer.userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!view) throw notFound('SavedReportView', id);
    if (view.version !== version) throw conflict('SavedReportView', id, view.version);
    await manager.delete(SavedReportViewEntity, { id, version });
    await recordAudit(manager, ctx, {
      action: 'DELETE_REPORT_VIEW',
      entityType: 'SavedReportView',
      entityId: id,
      before: { name: view.name, section: view.section, filter: view.filter },
    });
    return id;
  });
}
