import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Where answers go, e.g. the visitor who wrote through the showcase. */
  replyTo?: string;
}

/** Where a failure to send is reported; the console unless a test listens. */
export type MailLog = (message: string) => void;

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
      // A slow or unreachable server must not hold sockets for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    transports.set(config, transport);
  }
  return transport;
}

/** Header values come from visitors: no line breaks, so nothing can be smuggled into other headers. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

/**
 * Sends one e-mail when SMTP is configured; without SMTP_HOST it does nothing. It never throws: a
 * failure is logged (with the recipient, never the message) and resolves to false, so whatever the
 * caller stored stays stored. Resolves to true once the server accepted the message.
 */
export async function sendMail(
  config: Config,
  message: MailMessage,
  log: MailLog = (m) => console.error(m),
): Promise<boolean> {
  const transport = transportFor(config);
  if (!transport || !config.mail) return false;
  try {
    await transport.sendMail({
      from: config.mail.from,
      to: message.to,
      subject: oneLine(message.subject),
      text: message.text,
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    });
    return true;
  } catch (error) {
    log(
      `e-mail to ${message.to} not sent (${config.mail.host}:${config.mail.port}): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
    return false;
  }
}
