import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCapability, buildFirm, buildSupplyLink, buildUser } from '../../test/factories.js';
import { useJobDatabase } from '../../test/job-database.js';
import { recordEvent } from '../event-stream/domain-event.js';
import { processDomainEvent } from '../event-stream/event-stream.work.js';
import { notificationsProcessor } from './notifications.processor.js';

// The notifications an event calls for, written once however often its job runs, from the data as it is.

const db = useJobDatabase();

const handle = processDomainEvent([notificationsProcessor]);
const job = {} as Parameters<typeof handle>[2];

describe('the notifications processor', () => {
  it('tells a declared link’s other side once, even when the job runs again, with the names as they are now', async () => {
    const supplier = await buildFirm(db.ds, { legalName: 'Suolificio Primo S.r.l.' });
    const customer = await buildFirm(db.ds);
    const capability = await buildCapability(db.ds);
    const supplierUser = await buildUser(db.ds, 'FIRM', { firmId: supplier.id });
    const customerUser = await buildUser(db.ds, 'FIRM', { firmId: customer.id });
    const link = await buildSupplyLink(db.ds, {
      supplierId: supplier.id,
      customerId: customer.id,
      capabilityId: capability.id,
      status: 'DECLARED',
    });
    const eventId = await db.ds.transaction((m) =>
      recordEvent(m, {
        type: 'supplyLink.declared',
        actorId: supplierUser.id,
        subject: {
          supplyLinkId: link.id,
          supplierId: supplier.id,
          customerId: customer.id,
          actorFirmId: supplier.id,
        },
      }),
    );
    // Renamed after the event: the notice re-reads the firm by id.
    await db.ds.query(`UPDATE firm SET legal_name = 'Suolificio Nuovo S.r.l.' WHERE id = $1`, [supplier.id]);

    await handle({ eventId }, db.env, job);
    await handle({ eventId }, db.env, job);

    const rows: { recipient_id: string; kind: string; supplier: string }[] = await db.ds.query(
      `SELECT recipient_id, kind, params->>'supplier' AS supplier FROM notification WHERE object_id = $1`,
      [link.id],
    );
    expect(rows).toEqual([
      { recipient_id: customerUser.id, kind: 'SUPPLY_LINK_DECLARED', supplier: 'Suolificio Nuovo S.r.l.' },
    ]);
  });

  it('writes nothing for an event no one is told of', async () => {
    const eventId = await db.ds.transaction((m) =>
      recordEvent(m, { type: 'task.created', actorId: null, subject: { taskId: randomUUID() } }),
    );
    const [{ before }] = await db.ds.query(`SELECT count(*)::int AS before FROM notification`);
    await handle({ eventId }, db.env, job);
    const [{ after }] = await db.ds.query(`SELECT count(*)::int AS after FROM notification`);
    expect(after).toBe(before);
  });
});
