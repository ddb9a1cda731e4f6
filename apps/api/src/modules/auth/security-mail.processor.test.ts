import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { useJobDatabase } from '../../test/job-database.js';
import { recordEvent } from '../event-stream/domain-event.js';
import { processDomainEvent } from '../event-stream/event-stream.work.js';
import { securityMailProcessor } from './security-mail.processor.js';

// A person is told by mail of a security change to their own account, once, at the address they have now.

const db = useJobDatabase();

const handle = processDomainEvent([securityMailProcessor]);
const job = {} as Parameters<typeof handle>[2];

const replaced = (userId: string) =>
  db.ds.transaction((m) =>
    recordEvent(m, { type: 'twoFactor.recoveryCodesReplaced', actorId: userId, subject: { userId } }),
  );
const mailTo = (userId: string): Promise<{ to_address: string; subject: string }[]> =>
  db.ds.query(
    `SELECT m.to_address, m.subject FROM mail_outbox m JOIN app_user u ON lower(u.email) = lower(m.to_address)
      WHERE u.id = $1 AND m.kind = 'RECOVERY_CODES_REPLACED'`,
    [userId],
  );

describe('the security mail processor', () => {
  it('tells the person once, in their language, at their address as it is now', async () => {
    const person = await buildUser(db.ds, 'FIRM', { language: 'it' });
    const eventId = await replaced(person.id);
    const address = `nuovo.${person.id}@filiera.example`;
    await db.ds.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [person.id, address]);

    await handle({ eventId }, db.env, job);
    await handle({ eventId }, db.env, job);

    expect(await mailTo(person.id)).toEqual([
      { to_address: address, subject: 'Nuovi codici di recupero - Filiera' },
    ]);
  });

  it('writes nothing for a person no longer active', async () => {
    const person = await buildUser(db.ds, 'FIRM', { active: false });
    await handle({ eventId: await replaced(person.id) }, db.env, job);
    expect(await mailTo(person.id)).toEqual([]);
  });
});
