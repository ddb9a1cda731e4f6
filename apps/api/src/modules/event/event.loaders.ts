import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { EventRegistrationEntity } from './event.entity.js';
import { MAX_BATCH } from '../../common/loader.js';

/** Per-request loaders of the calendar: each event's live registrations (seats, then the waiting list in order). */
export function createEventLoaders(ds: DataSource) {
  return {
    liveRegistrationsByEventId: new DataLoader<string, EventRegistrationEntity[]>(
      async (eventIds) => {
        const rows = await ds
          .getRepository(EventRegistrationEntity)
          .createQueryBuilder('r')
          .where('r.event_id = ANY(:ids)', { ids: [...eventIds] })
          .andWhere(`r.status <> 'CANCELLED'`)
          .orderBy('r.created_at')
          .addOrderBy('r.id')
          .getMany();
        const grouped = new Map<string, EventRegistrationEntity[]>();
        for (const r of rows) grouped.set(r.eventId, [...(grouped.get(r.eventId) ?? []), r]);
        return eventIds.map((id) => grouped.get(id) ?? []);
      },
      { maxBatchSize: MAX_BATCH },
    ),
  };
}
