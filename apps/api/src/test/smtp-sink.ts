import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { arrivals } from './arrivals.js';

export interface ReceivedMail {
  /** The envelope's sender and recipients. */
  from: string;
  to: string[];
  /** The message as parsed (headers, text and HTML parts decoded). */
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  /** Everything received so far, in order. */
  received: ReceivedMail[];
  /** The next message (already received or still to come), or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
  /** SMTP_* variables pointing at this sink. */
  env: Record<string, string>;
}

/**
 * A real SMTP server (the smtp-server package) on a free loopback port, keeping what it receives. With
 * `neverAnswer`, it reads each message but never answers its end (a sender waits mid-send, as with a
 * server that hangs): the message is in `received`, yet the sender has no acceptance.
 */
export async function startSmtpSink(options: { neverAnswer?: boolean } = {}): Promise<SmtpSink> {
  const mail = arrivals<ReceivedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mail.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            parsed,
          });
          if (!options.neverAnswer) callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received: mail.received,
    next: (timeoutMs = 10_000) => mail.next(timeoutMs, 'e-mail'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_FROM: 'Filiera <noreply@filiera.example>' },
  };
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
