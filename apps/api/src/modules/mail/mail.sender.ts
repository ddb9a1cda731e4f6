import nodemailer, { type Transporter } from 'nodemailer';
import type { JobHandler } from '../../common/jobs/queue.js';
import type { Config } from '../../config.js';
import { MailOutboxEntity } from './mail-outbox.entity.js';

/** One transport per configuration (SMTP connections are pooled by nodemailer per transport). */
const transports = new WeakMap<Config, Transporter>();

function transportFor(config: Config): Transporter | null {
  const mail = config.mail;
  if (!mail) return null;
  let transport = transports.get(config);
  if (!transport) {
    transport = nodemailer.createTransport({
      host: mail.host,
      port: mail.port,
      secure: mail.secure,
      ...(mail.auth ? { auth: mail.auth } : {}),
      // A slow or unreachable server must not hold a worker for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transports.set(config, transport);
  }
  return transport;
}

/** The host part of the sender address, for Message-IDs. */
const senderDomain = (from: string): string => /@([^\s>]+)/.exec(from)?.[1] ?? 'filiera.invalid';

/**
 * The `mail.send` job: takes the outbox row under a row lock (a second worker holding the same mail waits,
 * then finds it no longer QUEUED), sends it, and marks it SENT in the same transaction. Without SMTP the
 * mail is marked KEPT: the ADMIN reads it in the app. A failure is recorded on the row and thrown, so the
 * queue retries with backoff; after the last attempt the mail is FAILED. The Message-ID is the row's id, so
 * should a process die between the server's acceptance and the commit, the retried copy is recognisably
 * the same message.
 */
export const sendOutboxMail: JobHandler = async (payload, { ds, config }, job) => {
  const id = (payload as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error('mail.send needs the outbox id');
  try {
    await ds.transaction(async (manager) => {
      const mail = await manager.findOne(MailOutboxEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!mail || mail.status !== 'QUEUED') return;
      const transport = transportFor(config);
      if (!transport || !config.mail) {
        await manager.update(MailOutboxEntity, id, { status: 'KEPT', attempts: mail.attempts + 1 });
        return;
      }
      await transport.sendMail({
        from: config.mail.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.bodyText,
        html: mail.bodyHtml,
        messageId: `<${mail.id}@${senderDomain(config.mail.from)}>`,
        headers: { 'Content-Language': mail.language },
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      });
      await manager.update(MailOutboxEntity, id, {
        status: 'SENT',
        sentAt: new Date(),
        attempts: mail.attempts + 1,
        lastError: null,
      });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const last = job.attempts >= job.max_attempts;
    await ds.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, status = $3, updated_at = now()
        WHERE id = $1 AND status = 'QUEUED'`,
      [id, message.slice(0, 1000), last ? 'FAILED' : 'QUEUED'],
    );
    const server = config.mail ? ` (${config.mail.host}:${config.mail.port})` : '';
    console.error(
      `e-mail ${id} not sent${server}, attempt ${job.attempts} of ${job.max_attempts}: ${message}`,
    );
    throw error;
  }
};
