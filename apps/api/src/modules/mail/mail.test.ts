import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../db/data-source.js';
import { startJobRunner } from '../../common/jobs/queue.js';
import { jobHandlers } from '../../jobs.js';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { freshDatabase, startTestApi, type TestApi } from '../../test/harness.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { loadConfig } from '../../config.js';
import { queueMail, type OutgoingMail } from './mail.service.js';
import { startProcess, stopStartedProcesses } from '../../test/api-process.js';

const OUTBOX = `{ outbox(first: 10) { totalCount edges { node { kind to language subject text status } } } mailDelivery }`;

const mail = (to: string, n = 1): OutgoingMail => ({
  kind: 'TEST',
  to,
  language: 'en',
  content: {
    subject: `Test mail ${n}`,
    paragraphs: [`Hello <friend> number ${n}.`],
    action: { label: 'Open Filiera', url: `https://filiera.example/x?n=${n}&a=1` },
  },
});

describe('the outbox without an SMTP server', () => {
  let api: TestApi;
  let adminCookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    const admin = await createUser(api.ds, 'ADMIN');
    adminCookie = await api.signIn(admin.email, TEST_PASSWORD);
  });
  afterAll(() => api.close());

  it('keeps each mail for the ADMIN to read, and nobody else', async () => {
    await api.ds.transaction((m) => queueMail(m, mail('someone@test.example')));
    await api.runJobs();
    const res = await api.gql(OUTBOX, {}, { cookie: adminCookie });
    expect(res.body.data).toEqual({
      outbox: {
        totalCount: 1,
        edges: [
          {
            node: {
              kind: 'TEST',
              to: 'someone@test.example',
              language: 'en',
              subject: 'Test mail 1',
              text: expect.stringContaining('Open Filiera:\nhttps://filiera.example/x?n=1&a=1'),
              status: 'KEPT',
            },
          },
        ],
      },
      mailDelivery: 'KEPT_IN_OUTBOX',
    });
    const firm = await createUser(api.ds, 'CONSULTANT');
    const refused = await api.gql(OUTBOX, {}, { cookie: await api.signIn(firm.email, TEST_PASSWORD) });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('writes nothing when the change that causes the mail rolls back', async () => {
    const before = await api.ds.query(`SELECT count(*)::int AS n FROM mail_outbox`);
    await expect(
      api.ds.transaction(async (m) => {
        await queueMail(m, mail('rolled-back@test.example'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await api.ds.query(`SELECT count(*)::int AS n FROM mail_outbox`)).toEqual(before);
    const jobs = await api.ds.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs`);
    expect(jobs).toEqual([{ n: 0 }]);
  });
});

describe('the outbox with a real SMTP server', () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  it('sends HTML and plain text in the recipient’s language, with the link escaped in HTML', async () => {
    const api = await startTestApi(smtp.env);
    try {
      await api.ds.transaction((m) => queueMail(m, mail('html@test.example')));
      await api.runJobs();
      const got = await smtp.next();
      expect(got.to).toEqual(['html@test.example']);
      expect(got.parsed.subject).toBe('Test mail 1');
      expect(got.parsed.headers.get('content-language')).toBe('en');
      expect(got.parsed.text).toContain('Hello <friend> number 1.');
      expect(got.parsed.html).toContain('Hello &lt;friend&gt; number 1.');
      expect(got.parsed.html).toContain('href="https://filiera.example/x?n=1&amp;a=1"');
      const [row] = await api.ds.query(`SELECT id, status, sent_at FROM mail_outbox`);
      expect(row.status).toBe('SENT');
      expect(got.parsed.messageId).toBe(`<${row.id}@filiera.example>`);
    } finally {
      await api.close();
    }
  });

  it('sends a mail committed by a process that died before sending, once a worker starts again', async () => {
    const { ds, drop } = await freshDatabase();
    const config = loadConfig({ NODE_ENV: 'test', ...smtp.env });
    // The "process" that committed the change goes away without ever running a worker.
    const dying = await cloneConnection(ds);
    await dying.transaction((m) => queueMail(m, mail('after-crash@test.example')));
    await dying.destroy();
    const seen = smtp.received.length;
    const runner = await startJobRunner({ ds, config }, jobHandlers);
    try {
      const got = await smtp.next();
      expect(got.to).toEqual(['after-crash@test.example']);
      expect(smtp.received.length).toBe(seen + 1);
    } finally {
      await runner.stop();
      await drop();
    }
  });

  it('sends a mail whose process was killed mid-send as soon as a process starts again, once', async () => {
    const { ds, drop } = await freshDatabase();
    const url = (ds.options as { url: string }).url;
    const hanging = await startSmtpSink({ neverAnswer: true });
    try {
      const first = await startProcess({ DATABASE_URL: url, ...hanging.env });
      await first.running();
      const [row] = await ds.transaction((m) => Promise.all([queueMail(m, mail('mid-send@test.example'))]));
      // The worker has taken the job and is waiting for the server's answer to the message: kill it.
      await hanging.next(30_000);
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
      const [job] = await ds.query(`SELECT locked_at FROM graphile_worker.jobs WHERE key = $1`, [
        `mail:${row.id}`,
      ]);
      // graphile-worker alone would leave this job to the dead worker for four hours.
      expect(job.locked_at).not.toBeNull();

      const seen = smtp.received.length;
      const second = await startProcess({ DATABASE_URL: url, ...smtp.env });
      await second.running();
      const got = await smtp.next(20_000);
      expect(got.to).toEqual(['mid-send@test.example']);
      expect(got.parsed.messageId).toBe(`<${row.id}@filiera.example>`);
      // Stopping waits for the jobs in hand: a second copy would have arrived by then.
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
      expect(smtp.received.length).toBe(seen + 1);
      expect(await ds.query(`SELECT status FROM mail_outbox`)).toEqual([{ status: 'SENT' }]);
    } finally {
      await stopStartedProcesses();
      await hanging.close();
      await drop();
    }
  }, 120_000);

  it('sends each mail exactly once with two workers on one database', async () => {
    const { ds, drop } = await freshDatabase();
    const config = loadConfig({ NODE_ENV: 'test', ...smtp.env });
    const first = await startJobRunner({ ds, config }, jobHandlers, { concurrency: 4 });
    const second = await startJobRunner({ ds, config }, jobHandlers, { concurrency: 4 });
    const start = smtp.received.length;
    try {
      await ds.transaction(async (m) => {
        for (let n = 1; n <= 30; n++) await queueMail(m, mail(`twice-${n}@test.example`, n));
      });
      for (let n = 0; n < 30; n++) await smtp.next();
      // Stopping waits for jobs in hand: anything sent twice has arrived by then.
      await Promise.all([first.stop(), second.stop()]);
      const to = smtp.received.slice(start).flatMap((r) => r.to);
      expect(to.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `twice-${i + 1}@test.example`).sort());
      const statuses = await ds.query(`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status`);
      expect(statuses).toEqual([{ status: 'SENT', n: 30 }]);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await drop();
    }
  });
});

/** A second, independent connection pool to the same database, standing for another process. */
async function cloneConnection(ds: DataSource) {
  const other = createDataSource((ds.options as { url: string }).url, { poolSize: 1 });
  await other.initialize();
  return other;
}
