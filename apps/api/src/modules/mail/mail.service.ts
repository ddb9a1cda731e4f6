import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../context.js';
import { enqueueJob } from '../../common/jobs/queue.js';
import { type Connection, newestFirst } from '../../common/pagination.js';
import { MailOutboxEntity, type MailLanguage } from './mail-outbox.entity.js';
import { renderMail, type MailContent } from './mail.render.js';

/** The job that sends (or keeps) one outbox mail. */
export const SEND_MAIL_TASK = 'mail.send';

/** Attempts before a mail is marked FAILED: with graphile-worker's backoff, about three hours. */
export const MAIL_MAX_ATTEMPTS = 10;

export interface OutgoingMail {
  kind: string;
  to: string;
  language: MailLanguage;
  content: MailContent;
  /** Where answers go, e.g. the visitor who wrote through the showcase. */
  replyTo?: string;
}

/**
 * Writes a mail to the outbox and its sending job in the caller's transaction: if the change rolls back
 * there is no mail; once it commits the mail is durable and goes out even if this process dies now.
 */
export async function queueMail(manager: EntityManager, mail: OutgoingMail): Promise<MailOutboxEntity> {
  const { text, html } = renderMail(mail.content, mail.language);
  const row = await manager.save(
    manager.create(MailOutboxEntity, {
      kind: mail.kind,
      toAddress: mail.to,
      replyTo: mail.replyTo ?? null,
      language: mail.language,
      subject: mail.content.subject.replace(/[\r\n]+/g, ' ').trim(),
      bodyText: text,
      bodyHtml: html,
    }),
  );
  await enqueueSend(manager, row.id);
  return row;
}

/** One `mail.send` job per mail: its key makes a second enqueue replace a waiting one. */
const enqueueSend = (manager: EntityManager, id: string) =>
  enqueueJob(manager, SEND_MAIL_TASK, { id }, { jobKey: `mail:${id}`, maxAttempts: MAIL_MAX_ATTEMPTS });

/**
 * Run at every process start, before its workers: a mail still QUEUED whose job is held by a worker, or
 * that has no job, gets a new one under its key. A worker that died mid-send (a crash, a kill, a lost
 * machine) keeps its job locked for graphile-worker's four hours; this sends the mail as soon as any
 * process starts again instead. Should that worker be alive after all, nothing goes out twice: the new
 * job waits for the outbox row's lock and then finds the mail no longer QUEUED. Answers how many.
 */
export async function requeueStrandedMail(ds: DataSource): Promise<number> {
  return ds.transaction(async (manager) => {
    const stranded: { id: string }[] = await manager.query(
      `SELECT m.id FROM mail_outbox m
        WHERE m.status = 'QUEUED'
          AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'mail:' || m.id AND j.locked_at IS NULL)
        FOR UPDATE OF m SKIP LOCKED`,
    );
    for (const { id } of stranded) await enqueueSend(manager, id);
    return stranded.length;
  });
}

/** The outbox, newest first (ADMIN): with no SMTP server, this is where mail can be read. */
export function listOutbox(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<MailOutboxEntity>> {
  return newestFirst(ctx.ds.getRepository(MailOutboxEntity).createQueryBuilder('m'), args);
}
