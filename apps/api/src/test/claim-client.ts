import { afterAll, beforeAll } from 'vitest';
import { startTestApiWithMail, type TestApi } from './harness.js';
import type { ReceivedMail, SmtpSink } from './smtp-sink.js';

export const START = `mutation ($input: StartClaimInput!) {
  startClaim(input: $input) { token claim { id version status method pecHint triesLeft firm { name } } }
}`;
export const VERIFY = `mutation ($input: VerifyClaimCodeInput!) {
  verifyClaimCode(input: $input) { id status triesLeft }
}`;
export const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { user { id email role firm { id } } }
}`;

let lastAddress = 0;
/** A client address of its own for each claimant, so that one test's attempts do not limit another's. */
export const newAddress = () => `203.0.113.${++lastAddress}`;

/** The test's claimant: they send their requests from their own address (the app trusts one proxy hop). */
export function claimant(api: TestApi, address = newAddress()) {
  const headers = { 'x-forwarded-for': address };
  return {
    address,
    start: (input: Record<string, unknown>) => api.gql(START, { input }, { headers }),
    verify: (token: string, code: string) => api.gql(VERIFY, { input: { token, code } }, { headers }),
    upload: (token: string, body: Buffer, type: string, kind = 'VISURA') =>
      fetch(`${api.url}/api/claims/document?kind=${kind}`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-claim-token': token, ...headers },
        body,
      }),
  };
}

export const claimInput = (firmId: string, email: string, method: 'PEC' | 'DOCUMENT' = 'PEC') => ({
  firmId,
  name: 'Chiara Bertolucci',
  roleInFirm: 'Amministratrice',
  email,
  method,
});

/** The next mail to `address` once the queue has run (mail to others is passed over). */
export async function mailTo(api: TestApi, smtp: SmtpSink, address: string): Promise<ReceivedMail> {
  await api.runJobs();
  for (;;) {
    const mail = await smtp.next();
    if (mail.to.includes(address)) return mail;
  }
}

export const codeIn = (mail: ReceivedMail): string => /: (\d{6})\b/.exec(mail.parsed.text ?? '')![1]!;
export const invitationTokenIn = (mail: ReceivedMail): string =>
  /\/invitation\/([\w-]+)/.exec(mail.parsed.text ?? '')![1]!;

/** The smallest PDF header and PNG signature: what the upload checks. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** The app the claim tests run against: public at filiera.example, behind one proxy hop (see `claimant`). */
export const CLAIM_ENV = { PUBLIC_URL: 'https://filiera.example', TRUST_PROXY_HOPS: '1' };

export interface MailApi {
  /** The test API, once the block's `beforeAll` has started it. */
  readonly api: TestApi;
  /** The SMTP sink that catches its mail. */
  readonly smtp: SmtpSink;
}

/**
 * The app with its mail caught (`startTestApiWithMail` with `env`), started before the file's (or describe
 * block's) tests and closed after them.
 */
export function useTestApiWithMail(env: Record<string, string>): MailApi {
  let started: MailApi | undefined;
  beforeAll(async () => {
    started = await startTestApiWithMail(env);
  });
  afterAll(() => started?.api.close());
  const get = (): MailApi => {
    if (!started) throw new Error('the test API starts in beforeAll: use it inside a test or a hook');
    return started;
  };
  return {
    get api() {
      return get().api;
    },
    get smtp() {
      return get().smtp;
    },
  };
}
