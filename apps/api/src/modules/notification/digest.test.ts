import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCrontab, type JobHelpers } from 'graphile-worker';
import { createUser } from '../../test/factories.js';
import { startTestApiWithMail, type TestApi } from '../../test/harness.js';
import type { SmtpSink } from '../../test/smtp-sink.js';
import { jobCrontab, jobHandlers } from '../../jobs.js';
import { DIGEST_TASK, REMINDERS_TASK, romeClock } from './digest.js';
import { notify } from './notification.service.js';

let api: TestApi;
let smtp: SmtpSink;
beforeAll(async () => {
  ({ api, smtp } = await startTestApiWithMail());
});
afterAll(() => api.close());

/** Runs a cron job's handler as graphile-worker would for the tick at `ts`. */
const tick = (task: string, ts: string) =>
  jobHandlers[task]!(
    { _cron: { ts, backfilled: false } },
    { ds: api.ds, config: api.config },
    {} as JobHelpers['job'],
  );

const digestsTo = async (userId: string): Promise<number> => {
  const [row] = await api.ds.query(
    `SELECT count(*)::int AS n FROM mail_outbox o JOIN app_user u ON u.email = o.to_address
      WHERE u.id = $1 AND o.kind = 'NOTIFICATION_DIGEST'`,
    [userId],
  );
  return row.n;
};

describe('daily digest', () => {
  it('is on the queue’s schedule with the reminders, at both UTC hours that can be 07:00 in Italy', () => {
    // (Other modules' jobs share the schedule: the event stream's nightly pruning, for one.)
    const tasks = parseCrontab(jobCrontab).map((item) => item.task);
    expect(tasks.filter((task) => task === REMINDERS_TASK || task === DIGEST_TASK)).toEqual([
      REMINDERS_TASK,
      DIGEST_TASK,
    ]);
  });

  it('reads the Italian clock: 07:00 is 06:00 UTC in winter and 05:00 UTC in summer', () => {
    expect(romeClock(new Date('2026-12-07T06:00:00Z'))).toEqual({ day: '2026-12-07', time: '07:00' });
    expect(romeClock(new Date('2026-07-07T05:00:00Z'))).toEqual({ day: '2026-07-07', time: '07:00' });
    expect(romeClock(new Date('2026-12-07T05:00:00Z')).time).toBe('06:00');
  });

  it('started twice at once, sends one digest per person with their unread notifications, in their language', async () => {
    const user = await createUser(api.ds, 'CONSULTANT', { language: 'en' });
    for (const title of ['Bilancio', 'Statuto']) {
      await api.ds.transaction((m) =>
        notify(m, api.config, {
          kind: 'TASK_DUE_TOMORROW',
          recipients: { userIds: [user.id] },
          object: { type: 'Task', id: randomUUID() },
          params: { title },
        }),
      );
    }
    // 05:00 UTC in December is 06:00 in Italy: not the digest's hour.
    await tick(DIGEST_TASK, '2026-12-07T05:00:00Z');
    expect(await digestsTo(user.id)).toBe(0);

    await Promise.all([tick(DIGEST_TASK, '2026-12-07T06:00:00Z'), tick(DIGEST_TASK, '2026-12-07T06:00:00Z')]);
    expect(await digestsTo(user.id)).toBe(1);
    await api.runJobs();
    const mail = await smtp.next();
    expect(mail.to).toEqual([user.email]);
    expect(mail.parsed.subject).toBe('Filiera: 2 updates');
    expect(mail.parsed.text).toContain('• The task “Bilancio” is due tomorrow');
    expect(mail.parsed.text).toContain('• The task “Statuto” is due tomorrow');

    // The same day again (a process that backfills the tick): nothing more.
    await tick(DIGEST_TASK, '2026-12-07T06:00:00Z');
    expect(await digestsTo(user.id)).toBe(1);
  });
});

describe('due-date reminders', () => {
  it('remind the assignee once of a task due tomorrow and once of an overdue one, however often they run', async () => {
    const user = await createUser(api.ds, 'CONSULTANT');
    const task = async (title: string, due: string, status = 'TODO') => {
      await api.ds.query(
        `INSERT INTO task (title, phase, status, assignee_id, due_date) VALUES ($1, 'CONTRACT', $2, $3, $4)`,
        [title, status, user.id, due],
      );
    };
    await task('Domani', '2026-12-08');
    await task('Ieri', '2026-12-06');
    await task('Fatto', '2026-12-06', 'DONE');
    await task('Dopodomani', '2026-12-09');
    // 06:45 in Italy on 7 December, twice, and a run of the other UTC hour that does nothing.
    await tick(REMINDERS_TASK, '2026-12-07T05:45:00Z');
    await tick(REMINDERS_TASK, '2026-12-07T05:45:00Z');
    await tick(REMINDERS_TASK, '2026-12-07T04:45:00Z');
    const rows: { kind: string; title: string }[] = await api.ds.query(
      `SELECT kind, params->>'title' AS title FROM notification WHERE recipient_id = $1 ORDER BY kind`,
      [user.id],
    );
    expect(rows).toEqual([
      { kind: 'TASK_DUE_TOMORROW', title: 'Domani' },
      { kind: 'TASK_OVERDUE', title: 'Ieri' },
    ]);
  });
});
