import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrivals } from '../../test/arrivals.js';
import { useJobDatabase } from '../../test/job-database.js';
import { recordEvent, type NewDomainEvent } from '../event-stream/domain-event.js';
import { processDomainEvent } from '../event-stream/event-stream.work.js';
import { LiveHub, publishLive, type LiveEvent } from '../../common/live.js';
import { liveProcessor } from './live.processor.js';

// What a process's subscriptions hear of an event: the objects it changed, once, only after it committed.

const db = useJobDatabase();
let hub: LiveHub;
const heard = arrivals<LiveEvent>();
beforeAll(async () => {
  hub = await LiveHub.open((db.ds.options as { url: string }).url);
  hub.subscribe((e) => heard.push(e));
});
afterAll(async () => {
  await hub.close();
});

const handle = processDomainEvent([liveProcessor]);
const job = {} as Parameters<typeof handle>[2];

/** Everything heard up to a marker published last (so nothing earlier is merely late). */
async function heardUntilMarker(): Promise<LiveEvent[]> {
  const marker = randomUUID();
  await db.ds.transaction((m) => publishLive(m, [{ t: 's', id: marker }]));
  const got: LiveEvent[] = [];
  for (;;) {
    const e = await heard.next();
    if (e.t === 's' && e.id === marker) return got;
    got.push(e);
  }
}

async function processTwice(event: NewDomainEvent) {
  const eventId = await db.ds.transaction((m) => recordEvent(m, event));
  await handle({ eventId }, db.env, job);
  await handle({ eventId }, db.env, job);
}

describe('the live processor', () => {
  it('announces a supply link change to both firms’ views, once however often its job runs', async () => {
    const [supplyLinkId, supplierId, customerId] = [randomUUID(), randomUUID(), randomUUID()];
    await processTwice({
      type: 'supplyLink.confirmed',
      actorId: null,
      subject: { supplyLinkId, supplierId, customerId, actorFirmId: customerId },
    });
    expect(await heardUntilMarker()).toEqual([
      { t: 'o', type: 'SupplyLink', id: supplyLinkId, f: [supplierId, customerId] },
    ]);
  });

  it('announces every adhesion of an invitation to the pipeline, and nothing for a change no view shows', async () => {
    const ids = [randomUUID(), randomUUID()];
    await processTwice({ type: 'adhesion.invited', actorId: null, subject: { adhesionIds: ids } });
    await processTwice({
      type: 'contract.commented',
      actorId: null,
      subject: { contractId: randomUUID(), commentId: randomUUID() },
    });
    expect(await heardUntilMarker()).toEqual(ids.map((id) => ({ t: 'o', type: 'Adhesion', id, f: [] })));
  });
});
