import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../config.js';
import { createFirm } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

const SUBMIT = `mutation ($input: SubmitContactRequestInput!) { submitContactRequest(input: $input) { received } }`;

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free loopback port, keeping what it receives. */
async function startSmtp(): Promise<{ port: number; next(): Promise<Received>; close(): Promise<void> }> {
  const waiting: ((m: Received) => void)[] = [];
  const arrived: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const message = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        const waiter = waiting.shift();
        if (waiter) waiter(message);
        else arrived.push(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    next: () =>
      new Promise<Received>((resolve, reject) => {
        const first = arrived.shift();
        if (first) return resolve(first);
        const timer = setTimeout(() => reject(new Error('no e-mail arrived within 5 s')), 5000);
        waiting.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The headers of a raw message, unfolded, by lower-case name. */
function headers(raw: string): Record<string, string> {
  const head = raw.split(/\r\n\r\n/)[0]!.replace(/\r\n[ \t]+/g, ' ');
  return Object.fromEntries(
    head.split('\r\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
}

/** The body as text, decoding quoted-printable (how nodemailer sends non-ASCII text). */
function body(raw: string): string {
  const [head, ...rest] = raw.split(/\r\n\r\n/);
  const text = rest.join('\r\n\r\n');
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(head!)) return text;
  const bytes = text
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

const request = (firmId: string) => ({
  firmId,
  kind: 'QUOTE',
  name: 'Jane Buyer',
  company: 'Boots Ltd',
  country: 'GB',
  email: 'jane@boots.example',
  message: 'We need 500 pairs of loafers for the spring collection.',
  quantity: 500,
});

describe('e-mail to the firm when a visitor writes through the showcase', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let api: TestApi;
  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startTestApi({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'Filiera <noreply@filiera.example>',
      PUBLIC_URL: 'https://filiera.example',
    });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('arrives at the firm’s contact e-mail, with the request and a Reply-To to the visitor', async () => {
    const firm = await createFirm(api.ds, { showcaseConsent: true, email: 'vendite@morvelli.example' });
    const res = await api.gql(SUBMIT, { input: request(firm.id) });
    expect(res.body).toEqual({ data: { submitContactRequest: { received: true } } });

    const mail = await smtp.next();
    expect(mail.to).toEqual(['vendite@morvelli.example']);
    expect(mail.from).toBe('noreply@filiera.example');
    const h = headers(mail.raw);
    expect(h.subject).toBe('Richiesta di preventivo / Quote request: Boots Ltd - Filiera');
    expect(h['reply-to']).toBe('jane@boots.example');
    const text = body(mail.raw);
    expect(text).toContain('Richiesta di preventivo per Calzaturificio Prova');
    expect(text).toContain('Da: Jane Buyer, Boots Ltd (GB) <jane@boots.example>');
    expect(text).toContain('> We need 500 pairs of loafers for the spring collection.');
    expect(text).toContain('Quantity: 500 pairs');
    expect(text).toContain('Quantità: 500 paia');
    expect(text).toContain('https://filiera.example/');
    const rows = await api.ds.query(`SELECT kind FROM contact_request WHERE firm_id = $1`, [firm.id]);
    expect(rows).toEqual([{ kind: 'QUOTE' }]);
  });
});

describe('an SMTP server that cannot be reached', () => {
  it('still stores the request and logs the failure', async () => {
    const api = await startTestApi({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await closedPort()),
      SMTP_FROM: 'noreply@filiera.example',
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const firm = await createFirm(api.ds, { showcaseConsent: true, email: 'info@firm.example' });
      const res = await api.gql(SUBMIT, { input: request(firm.id) });
      expect(res.body).toEqual({ data: { submitContactRequest: { received: true } } });
      const rows = await api.ds.query(`SELECT company FROM contact_request WHERE firm_id = $1`, [firm.id]);
      expect(rows).toEqual([{ company: 'Boots Ltd' }]);
      await vi.waitFor(
        () =>
          expect(logged).toHaveBeenCalledWith(
            expect.stringMatching(/^e-mail to info@firm\.example not sent/),
          ),
        { timeout: 15_000 },
      );
    } finally {
      logged.mockRestore();
      await api.close();
    }
  });
});

describe('the SMTP settings', () => {
  it('are off unless SMTP_HOST is set, and take 587 with STARTTLS or 465 with TLS', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ SMTP_HOST: 'smtp.example', SMTP_FROM: 'a@b.example' }).mail).toEqual({
      host: 'smtp.example',
      port: 587,
      secure: false,
      auth: null,
      from: 'a@b.example',
    });
    expect(
      loadConfig({
        SMTP_HOST: 'smtp.example',
        SMTP_PORT: '465',
        SMTP_USER: 'rete',
        SMTP_PASSWORD: 's3cret',
        SMTP_FROM: 'Rete <a@b.example>',
      }).mail,
    ).toMatchObject({ port: 465, secure: true, auth: { user: 'rete', pass: 's3cret' } });
  });

  it('stop start-up with one line naming what is missing, never printing the password', () => {
    expect(() => loadConfig({ SMTP_HOST: 'smtp.example' })).toThrow(
      'Invalid configuration: SMTP_FROM="": is required when SMTP_HOST is set',
    );
    expect(() => loadConfig({ SMTP_PASSWORD: 's3cret', SMTP_FROM: 'nope' })).toThrow(
      /SMTP_FROM="nope": must be an e-mail address or "Name <address>".*SMTP_HOST="": is required when SMTP_PASSWORD, SMTP_FROM is set; SMTP_USER="": is required when SMTP_PASSWORD is set$/,
    );
    expect(() => loadConfig({ SMTP_PASSWORD: 's3cret' })).not.toThrow(/s3cret/);
    expect(() => loadConfig({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.example', SMTP_PORT: '99999' })).toThrow(
      'SMTP_PORT="99999": must be a whole number from 1 to 65535',
    );
  });
});
