import { beforeAll, describe, expect, it } from 'vitest';
import { buildFirm, buildUser, TEST_PASSWORD } from '../../test/factories.js';
import {
  CLAIM_ENV,
  claimant,
  claimInput,
  codeIn,
  mailTo,
  PDF,
  PNG,
  useTestApiWithMail,
} from '../../test/claim-client.js';

const QUEUE = `{ claimReviewQueue { totalCount edges { node { id version status documentKind documentUrl email firm { id } } } } }`;
const REVIEW = `mutation ($input: ReviewClaimInput!) { reviewClaim(input: $input) { id status reason } }`;
const DECIDE = `mutation ($input: ReviewClaimInput!) { decideClaim(input: $input) { id status } }`;
const REQUESTS = `{ firmClaimRequests { id version name roleInFirm email status } }`;

describe('claiming a firm with a document a consultant reviews', () => {
  const suite = useTestApiWithMail(CLAIM_ENV);
  let consultant: string;
  beforeAll(async () => {
    consultant = await suite.api.signIn((await buildUser(suite.api.ds, 'CONSULTANT')).email, TEST_PASSWORD);
  });

  /** A claim of a new firm (without PEC) whose document waits for review. */
  async function claimInReview(email: string) {
    const firm = await buildFirm(suite.api.ds);
    const person = claimant(suite.api);
    const started = await person.start(claimInput(firm.id, email, 'DOCUMENT'));
    const { token, claim } = started.body.data!.startClaim as {
      token: string;
      claim: { id: string; status: string };
    };
    expect(claim.status).toBe('AWAITING_DOCUMENT');
    const res = await person.upload(token, PDF, 'application/pdf');
    expect(res.status).toBe(201);
    return { firm, person, token, claimId: claim.id };
  }

  const queued = async (cookie: string, id: string) => {
    const res = await suite.api.gql<{ claimReviewQueue: { edges: { node: Record<string, unknown> }[] } }>(
      QUEUE,
      {},
      { cookie },
    );
    return res.body.data?.claimReviewQueue.edges.map((e) => e.node).find((n) => n.id === id);
  };

  it('refuses a file that is not a PDF or an image by its bytes, or is over 10 MB', async () => {
    const firm = await buildFirm(suite.api.ds);
    const person = claimant(suite.api);
    const { token } = (await person.start(claimInput(firm.id, 'file@prova.example', 'DOCUMENT'))).body.data!
      .startClaim as { token: string };
    const fake = await person.upload(token, Buffer.from('<html>not a pdf</html>'), 'application/pdf');
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as { error: { extensions: unknown } }).error.extensions).toMatchObject({
      field: 'document',
      reason: 'document_type',
    });
    const huge = await person.upload(
      token,
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
      'application/pdf',
    );
    expect(huge.status).toBe(413);
    const png = await person.upload(token, PNG, 'image/png', 'DELEGA');
    expect(png.status).toBe(201);
  });

  it('approved: the document is downloadable by the reviewer and the claimant is invited to the firm', async () => {
    const { firm, claimId } = await claimInReview('approvata@visura.example');
    const node = await queued(consultant, claimId);
    expect(node).toMatchObject({
      status: 'IN_REVIEW',
      documentKind: 'VISURA',
      email: 'approvata@visura.example',
      firm: { id: firm.id },
    });
    const doc = await fetch(`${suite.api.url}${node!.documentUrl as string}`, {
      headers: { cookie: consultant },
    });
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await doc.arrayBuffer()).equals(PDF)).toBe(true);

    const approved = await suite.api.gql(
      REVIEW,
      { input: { id: claimId, version: node!.version, approve: true } },
      { cookie: consultant },
    );
    expect(approved.body.data?.reviewClaim).toMatchObject({ status: 'APPROVED' });
    const mail = await mailTo(suite.api, suite.smtp, 'approvata@visura.example');
    expect(mail.parsed.text).toContain('/invitation/');
    const [inv] = await suite.api.ds.query(
      `SELECT role, firm_id FROM invitation WHERE email = 'approvata@visura.example'`,
    );
    expect(inv).toEqual({ role: 'FIRM', firm_id: firm.id });
    expect(await queued(consultant, claimId)).toBeUndefined();
  });

  it('rejected with a reason: the claimant is told why and gets nothing', async () => {
    const { claimId } = await claimInReview('rifiutata@visura.example');
    const node = await queued(consultant, claimId);
    const noReason = await suite.api.gql(
      REVIEW,
      { input: { id: claimId, version: node!.version, approve: false } },
      { cookie: consultant },
    );
    expect(noReason.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await suite.api.gql(
      REVIEW,
      {
        input: {
          id: claimId,
          version: node!.version,
          approve: false,
          reason: 'La visura non nomina la richiedente',
        },
      },
      { cookie: consultant },
    );
    expect(rejected.body.data?.reviewClaim).toMatchObject({
      status: 'REJECTED',
      reason: 'La visura non nomina la richiedente',
    });
    const mail = await mailTo(suite.api, suite.smtp, 'rifiutata@visura.example');
    expect(mail.parsed.text).toContain('Motivo: La visura non nomina la richiedente');
    const invitations = await suite.api.ds.query(
      `SELECT 1 FROM invitation WHERE email = 'rifiutata@visura.example'`,
    );
    expect(invitations).toEqual([]);
  });

  it('FIRM and CHAMBER are refused the review queue and the review', async () => {
    const { claimId } = await claimInReview('rifiuto@ruoli.example');
    for (const role of ['FIRM', 'CHAMBER'] as const) {
      const cookie = await suite.api.signIn((await buildUser(suite.api.ds, role)).email, TEST_PASSWORD);
      const list = await suite.api.gql(QUEUE, {}, { cookie });
      expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const review = await suite.api.gql(
        REVIEW,
        { input: { id: claimId, version: 2, approve: true } },
        { cookie },
      );
      expect(review.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const doc = await fetch(`${suite.api.url}/api/claims/${claimId}/document`, { headers: { cookie } });
      expect(doc.status).toBe(403);
    }
    expect(await queued(consultant, claimId)).toMatchObject({ status: 'IN_REVIEW' });
  });
});

describe('claiming a firm that already has people', () => {
  const suite = useTestApiWithMail(CLAIM_ENV);

  it('goes to the firm’s manager, who is told and approves; a colleague who is not the manager may not', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'gia@pec.example' });
    const boss = await buildUser(suite.api.ds, 'FIRM', { firmId: firm.id, email: 'capo@gia.example' });
    const colleague = await buildUser(suite.api.ds, 'FIRM', {
      firmId: firm.id,
      createdAt: new Date(Date.now() + 1000),
    });
    const started = await claimant(suite.api).start(claimInput(firm.id, 'nuova@gia.example'));
    const { claim } = started.body.data!.startClaim as {
      claim: { id: string; status: string; pecHint: string | null };
    };
    expect(claim).toMatchObject({ status: 'AWAITING_MANAGER', pecHint: null });

    await suite.api.runJobs();
    const told = await mailTo(suite.api, suite.smtp, 'capo@gia.example');
    expect(told.parsed.subject).toContain('Chiara Bertolucci (Amministratrice) chiede di entrare in');
    const [notice] = await suite.api.ds.query(
      `SELECT kind, recipient_id FROM notification WHERE object_id = $1`,
      [claim.id],
    );
    expect(notice).toEqual({ kind: 'CLAIM_REQUESTED', recipient_id: boss.id });

    const other = await suite.api.signIn(colleague.email, TEST_PASSWORD);
    expect((await suite.api.gql(REQUESTS, {}, { cookie: other })).body.data?.firmClaimRequests).toEqual([]);
    const sneaky = await suite.api.gql(
      DECIDE,
      { input: { id: claim.id, version: 1, approve: true } },
      { cookie: other },
    );
    expect(sneaky.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const cookie = await suite.api.signIn(boss.email, TEST_PASSWORD);
    const [request] = (
      await suite.api.gql<{ firmClaimRequests: { id: string; version: number }[] }>(REQUESTS, {}, { cookie })
    ).body.data!.firmClaimRequests;
    expect(request).toMatchObject({
      id: claim.id,
      email: 'nuova@gia.example',
      roleInFirm: 'Amministratrice',
    });
    const decided = await suite.api.gql(
      DECIDE,
      { input: { id: claim.id, version: request!.version, approve: true } },
      { cookie },
    );
    expect(decided.body.data?.decideClaim).toEqual({ id: claim.id, status: 'APPROVED' });
    const welcome = await mailTo(suite.api, suite.smtp, 'nuova@gia.example');
    expect(welcome.parsed.text).toContain('/invitation/');
    const pec = suite.smtp.received.filter((m) => m.to.includes('gia@pec.example'));
    expect(pec).toEqual([]);
  });

  it('the manager of another firm cannot decide it', async () => {
    const firm = await buildFirm(suite.api.ds);
    await buildUser(suite.api.ds, 'FIRM', { firmId: firm.id });
    const stranger = await buildUser(suite.api.ds, 'FIRM');
    const started = await claimant(suite.api).start(
      claimInput(firm.id, 'estranea@altra.example', 'DOCUMENT'),
    );
    const { claim } = started.body.data!.startClaim as { claim: { id: string } };
    const cookie = await suite.api.signIn(stranger.email, TEST_PASSWORD);
    const refused = await suite.api.gql(
      DECIDE,
      { input: { id: claim.id, version: 1, approve: true } },
      { cookie },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await suite.api.ds.query(`SELECT status FROM firm_claim WHERE id = $1`, [claim.id]);
    expect(row).toEqual({ status: 'AWAITING_MANAGER' });
  });

  it('verified by code after the firm got people meanwhile: the manager decides', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'nel-mentre@pec.example' });
    const person = claimant(suite.api);
    const { token } = (await person.start(claimInput(firm.id, 'tardi@mentre.example'))).body.data!
      .startClaim as { token: string };
    const code = codeIn(await mailTo(suite.api, suite.smtp, 'nel-mentre@pec.example'));
    await buildUser(suite.api.ds, 'FIRM', { firmId: firm.id });
    const verified = await person.verify(token, code);
    expect(verified.body.data?.verifyClaimCode).toMatchObject({ status: 'AWAITING_MANAGER' });
  });
});
