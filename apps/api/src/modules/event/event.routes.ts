import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { getOrThrow } from '../../common/lookup.js';
import { downloadLanguage, startDownload } from '../../common/download.js';
import { restRoute } from '../../common/http.js';
import { EventEntity } from './event.entity.js';
import { buildCalendar } from './event.ics.js';

/** Events in the whole-calendar feed: from a year back, at most this many. */
const FEED_MAX_EVENTS = 1000;

/**
 * GET /api/events.ics (the calendar) and GET /api/events/:id.ics (one event), ?lang=en for English.
 * Signed-in people get every event; anonymous visitors only public ones (a members' event is NOT_FOUND).
 */
export function eventRouter(ds: DataSource, config: Config): Router {
  const router = Router();
  const send = (res: Response, body: string, filename: string) => {
    startDownload(res, 'ics', filename, 'private, no-cache');
    res.send(body);
  };
  router.get(
    '/api/events.ics',
    restRoute(ds, config, 'events.ics', async (ctx, req, res) => {
      const qb = ds
        .getRepository(EventEntity)
        .createQueryBuilder('e')
        .where(`e.ends_at > now() - interval '1 year'`)
        .orderBy('e.starts_at')
        .addOrderBy('e.id')
        .limit(FEED_MAX_EVENTS);
      if (!ctx.viewer) qb.andWhere(`e.audience = 'PUBLIC'`);
      const language = downloadLanguage(req.query.lang);
      const name = language === 'en' ? 'Filiera – events and training' : 'Filiera – eventi e formazione';
      send(
        res,
        buildCalendar(await qb.getMany(), { publicUrl: config.publicUrl, language, name }),
        'filiera-events.ics',
      );
    }),
  );
  router.get(
    '/api/events/:id.ics',
    restRoute(ds, config, 'event.ics', async (ctx, req, res) => {
      const id = String(req.params.id);
      // A members' event reads as missing to an anonymous visitor.
      const event = await getOrThrow('Event', id, async (key) => {
        const row = await ds.getRepository(EventEntity).findOneBy({ id: key });
        return row && (ctx.viewer || row.audience === 'PUBLIC') ? row : null;
      });
      const language = downloadLanguage(req.query.lang);
      const title = language === 'en' ? event.titleEn : event.titleIt;
      send(
        res,
        buildCalendar([event], { publicUrl: config.publicUrl, language, name: title }),
        `event-${event.id}.ics`,
      );
    }),
  );
  return router;
}
