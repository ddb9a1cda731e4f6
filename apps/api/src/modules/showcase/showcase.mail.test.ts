import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../config.js';
import { buildFirm } from '../../test/factories.js';
import { startTestApi, startTestApiWithMail, type TestApi } from '../../test/harness.js';
import { closedPort, type SmtpSink } from '../../test/smtp-sink.js';

const SUBMIT = `mutation ($input: SubmitContactRequestInput!) { submitContactRequest(input: $input) { received } }`;

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
  let smtp: SmtpSink;
  let api: TestApi;
  beforeAll(async () => {
    ({ api, smtp } = await startTestApiWithMail({ PUBLIC_URL: 'https://filiera.example' }));
  });
  afterAll(() => api.close());

  it('arrives at the firm’s contact e-mail, with the request and a Reply-To to the visitor', async () => {
    const firm = await buildFirm(api.ds, { showcaseConsent: true, email: 'vendite@morvelli.example' });
    const res = await api.gql(SUBMIT, { input: request(firm.id) });
    expect(res.body).toEqual({ data: { submitContactRequest: { received: true } } });

    expect(smtp.received).toEqual([]);
    await api.runJobs();
    const mail = await smtp.next();
    expect(mail.to).toEqual(['vendite@morvelli.example']);
    expect(mail.from).toBe('noreply@filiera.example');
    expect(mail.parsed.subject).toBe('Richiesta di preventivo / Quote request: Boots Ltd - Filiera');
    expect(mail.parsed.replyTo?.text).toBe('jane@boots.example');
    expect(mail.parsed.html).toContain('&gt; We need 500 pairs of loafers');
    const text = mail.parsed.text ?? '';
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
  it('still stores the request, logs the failure and keeps the mail queued for a retry', async () => {
    const api = await startTestApi({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await closedPort()),
      SMTP_FROM: 'noreply@filiera.example',
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const firm = await buildFirm(api.ds, { showcaseConsent: true, email: 'info@firm.example' });
      const res = await api.gql(SUBMIT, { input: request(firm.id) });
      expect(res.body).toEqual({ data: { submitContactRequest: { received: true } } });
      const rows = await api.ds.query(`SELECT company FROM contact_request WHERE firm_id = $1`, [firm.id]);
      expect(rows).toEqual([{ company: 'Boots Ltd' }]);
      await api.runJobs();
      expect(logged).toHaveBeenCalledWith(
        expect.stringMatching(/^e-mail \S+ not sent \(127\.0\.0\.1:\d+\), attempt 1 of 10/),
      );
      const outbox = await api.ds.query(`SELECT to_address, status, attempts FROM mail_outbox`);
      expect(outbox).toEqual([{ to_address: 'info@firm.example', status: 'QUEUED', attempts: 1 }]);
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
