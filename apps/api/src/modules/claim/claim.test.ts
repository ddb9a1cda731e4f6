import { describe, expect, it } from 'vitest';
import { buildFirm, buildUser, TEST_PASSWORD } from '../../test/factories.js';
import {
  ACCEPT,
  CLAIM_ENV,
  claimant,
  claimInput,
  codeIn,
  invitationTokenIn,
  mailTo,
  newAddress,
  useTestApiWithMail,
} from '../../test/claim-client.js';
import { auditActions } from '../../test/audit.js';

const SEARCH = `query ($search: String!) { claimableFirms(search: $search) { id name municipality vatNumber pecHint } }`;

describe('claiming a firm with the code sent to its PEC', () => {
  const suite = useTestApiWithMail(CLAIM_ENV);

  it('finds firms by name or Partita IVA, telling nothing of a firm that is not public', async () => {
    const open = await buildFirm(suite.api.ds, {
      legalName: 'Tomaificio Lucchese Aperto S.r.l.',
      showcaseConsent: true,
      pec: 'tomaie@pec.example',
    });
    const shy = await buildFirm(suite.api.ds, {
      legalName: 'Tomaificio Lucchese Riservato S.r.l.',
      email: 'segreto@riservato.example',
      pec: 'riservato@pec.example',
    });
    await buildFirm(suite.api.ds, {
      legalName: 'Tomaificio Lucchese Cessato S.r.l.',
      ceasedOn: '2025-01-31',
    });

    const byName = await suite.api.gql<{ claimableFirms: Record<string, unknown>[] }>(SEARCH, {
      search: 'tomaificio lucchese',
    });
    expect(byName.body.data?.claimableFirms).toEqual([
      {
        id: open.id,
        name: open.legalName,
        municipality: 'Capannori',
        vatNumber: open.vatNumber,
        pecHint: 't•••@pec.example',
      },
      {
        id: shy.id,
        name: shy.legalName,
        municipality: 'Capannori',
        vatNumber: null,
        pecHint: 'r•••@pec.example',
      },
    ]);
    expect(JSON.stringify(byName.body)).not.toContain('segreto');
    expect(JSON.stringify(byName.body)).not.toContain('riservato@pec');

    const byVat = await suite.api.gql<{ claimableFirms: { vatNumber: string | null }[] }>(SEARCH, {
      search: `IT ${shy.vatNumber}`,
    });
    expect(byVat.body.data?.claimableFirms).toEqual([
      expect.objectContaining({ id: shy.id, vatNumber: shy.vatNumber }),
    ]);
  });

  it('right code: approved, the claimant chooses a password and is the firm’s manager', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'cuoio@pec.example' });
    const person = claimant(suite.api);
    const started = await person.start(claimInput(firm.id, 'chiara@cuoio.example'));
    const { token, claim } = started.body.data!.startClaim as {
      token: string;
      claim: { id: string } & Record<string, unknown>;
    };
    expect(claim).toMatchObject({
      status: 'CODE_SENT',
      method: 'PEC',
      pecHint: 'c•••@pec.example',
      triesLeft: 5,
    });

    const pecMail = await mailTo(suite.api, suite.smtp, 'cuoio@pec.example');
    expect(pecMail.parsed.subject).toBe(`Codice di verifica per ${firm.legalName} - Filiera`);
    expect(pecMail.parsed.text).toContain('Chiara Bertolucci (Amministratrice, chiara@cuoio.example)');
    const code = codeIn(pecMail);
    const [stored] = await suite.api.ds.query(`SELECT code_hash FROM firm_claim WHERE id = $1`, [claim.id]);
    expect(stored.code_hash).not.toContain(code);

    const verified = await person.verify(token, code);
    expect(verified.body.data?.verifyClaimCode).toMatchObject({ status: 'APPROVED', triesLeft: null });

    const CLAIM = `query ($token: String!) { claim(token: $token) { status email firm { name } } }`;
    expect((await suite.api.gql(CLAIM, { token })).body.data?.claim).toEqual({
      status: 'APPROVED',
      email: 'chiara@cuoio.example',
      firm: { name: firm.legalName },
    });
    expect((await suite.api.gql(CLAIM, { token: `${token}x` })).body.data?.claim).toBeNull();

    const welcome = await mailTo(suite.api, suite.smtp, 'chiara@cuoio.example');
    expect(welcome.parsed.subject).toBe(`La tua richiesta per ${firm.legalName} è stata approvata - Filiera`);
    const accepted = await suite.api.gql(ACCEPT, {
      input: {
        token: invitationTokenIn(welcome),
        name: 'Chiara Bertolucci',
        password: 'Il Serchio scorre verso Pisa 1987',
      },
    });
    expect(accepted.body.data?.acceptInvitation).toMatchObject({
      user: { role: 'FIRM', firm: { id: firm.id } },
    });
    const cookie = accepted.setCookie!.split(';')[0]!;
    const people = await suite.api.gql(
      `{ firmPeople { viewerIsManager people { email isManager } } }`,
      {},
      { cookie },
    );
    expect(people.body.data?.firmPeople).toEqual({
      viewerIsManager: true,
      people: [{ email: 'chiara@cuoio.example', isManager: true }],
    });
    expect(await auditActions(suite.api.ds, claim.id)).toEqual(['START_CLAIM', 'VERIFY_CLAIM_CODE']);
  });

  it('gives a removed person of the firm their account back; an account of another firm is refused', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'conto@pec.example' });
    const loose = await buildUser(suite.api.ds, 'FIRM', {
      firmId: firm.id,
      email: 'tolta@conto.example',
      active: false,
    });
    const elsewhere = await buildUser(suite.api.ds, 'FIRM', { email: 'altrove@conto.example' });
    const person = claimant(suite.api);
    const refused = await person.start(claimInput(firm.id, elsewhere.email));
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'taken' });

    const { token } = (await person.start(claimInput(firm.id, loose.email))).body.data!.startClaim as {
      token: string;
    };
    const code = codeIn(await mailTo(suite.api, suite.smtp, 'conto@pec.example'));
    expect((await person.verify(token, code)).body.data?.verifyClaimCode).toMatchObject({
      status: 'APPROVED',
    });
    const [user] = await suite.api.ds.query(`SELECT active FROM app_user WHERE id = $1`, [loose.id]);
    expect(user).toEqual({ active: true });
    await suite.api.runJobs();
    const [notice] = await suite.api.ds.query(
      `SELECT kind, params FROM notification WHERE recipient_id = $1`,
      [loose.id],
    );
    expect(notice).toEqual({ kind: 'CLAIM_APPROVED', params: { firm: firm.legalName } });
    const invitations = await suite.api.ds.query(`SELECT 1 FROM invitation WHERE email = $1`, [loose.email]);
    expect(invitations).toEqual([]);
  });

  it('wrong code: refused with the tries left, the claim still waits for the code', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'suole@pec.example' });
    const person = claimant(suite.api);
    const { token } = (await person.start(claimInput(firm.id, 'marco@suole.example'))).body.data!
      .startClaim as { token: string };
    const code = codeIn(await mailTo(suite.api, suite.smtp, 'suole@pec.example'));
    const wrong = code === '000000' ? '000001' : '000000';
    const refused = await person.verify(token, wrong);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      reason: 'wrong',
      triesLeft: 4,
    });
    const [row] = await suite.api.ds.query(`SELECT status, code_tries FROM firm_claim WHERE firm_id = $1`, [
      firm.id,
    ]);
    expect(row).toEqual({ status: 'CODE_SENT', code_tries: 1 });
    expect((await person.verify(token, code)).body.data?.verifyClaimCode).toMatchObject({
      status: 'APPROVED',
    });
  });

  it('five wrong codes end the code: even the right one is refused afterwards', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'tacchi@pec.example' });
    const person = claimant(suite.api);
    const { token } = (await person.start(claimInput(firm.id, 'anna@tacchi.example'))).body.data!
      .startClaim as { token: string };
    const code = codeIn(await mailTo(suite.api, suite.smtp, 'tacchi@pec.example'));
    const wrong = code === '111111' ? '222222' : '111111';
    const reasons: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      reasons.push((await person.verify(token, wrong)).body.errors?.[0]?.extensions?.reason);
    }
    expect(reasons).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'no_tries_left']);
    const late = await person.verify(token, code);
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ reason: 'no_code' });
    const [row] = await suite.api.ds.query(`SELECT status, user_id FROM firm_claim WHERE firm_id = $1`, [
      firm.id,
    ]);
    expect(row).toEqual({ status: 'CODE_FAILED', user_id: null });
    const users = await suite.api.ds.query(`SELECT count(*)::int AS n FROM invitation WHERE firm_id = $1`, [
      firm.id,
    ]);
    expect(users).toEqual([{ n: 0 }]);
  });

  it('an expired code is refused and ends the code', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'forme@pec.example' });
    const person = claimant(suite.api);
    const { token, claim } = (await person.start(claimInput(firm.id, 'luigi@forme.example'))).body.data!
      .startClaim as {
      token: string;
      claim: { id: string };
    };
    const code = codeIn(await mailTo(suite.api, suite.smtp, 'forme@pec.example'));
    await suite.api.ds.query(
      `UPDATE firm_claim SET code_expires_at = now() - interval '1 second' WHERE id = $1`,
      [claim.id],
    );
    const refused = await person.verify(token, code);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ reason: 'expired' });
    const [row] = await suite.api.ds.query(`SELECT status FROM firm_claim WHERE id = $1`, [claim.id]);
    expect(row).toEqual({ status: 'CODE_FAILED' });
  });

  it('a firm without PEC cannot be claimed by code; the Chamber cannot claim at all', async () => {
    const firm = await buildFirm(suite.api.ds);
    const noPec = await claimant(suite.api).start(claimInput(firm.id, 'piero@nopec.example'));
    expect(noPec.body.errors?.[0]?.extensions).toMatchObject({ field: 'method', reason: 'no_pec' });
    const chamber = await buildUser(suite.api.ds, 'CHAMBER');
    const cookie = await suite.api.signIn(chamber.email, TEST_PASSWORD);
    const refused = await suite.api.gql(
      `mutation ($input: StartClaimInput!) { startClaim(input: $input) { token } }`,
      { input: claimInput(firm.id, 'camera@claim.example', 'DOCUMENT') },
      { cookie },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await suite.api.ds.query(`SELECT count(*)::int AS n FROM firm_claim WHERE firm_id = $1`, [
      firm.id,
    ]);
    expect(row).toEqual({ n: 0 });
  });

  it('limits claim starts per firm and per address', async () => {
    const firm = await buildFirm(suite.api.ds, { pec: 'limiti@pec.example' });
    const codes: unknown[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await claimant(suite.api).start(claimInput(firm.id, `persona${i}@limiti.example`));
      codes.push(res.body.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);

    const one = claimant(suite.api, newAddress());
    const fromOneAddress: unknown[] = [];
    for (let i = 0; i < 11; i += 1) {
      const other = await buildFirm(suite.api.ds, { pec: `f${i}@pec.example` });
      const res = await one.start(claimInput(other.id, `stessa${i}@limiti.example`));
      fromOneAddress.push(res.body.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(fromOneAddress.filter((c) => c === 'OK')).toHaveLength(10);
    expect(fromOneAddress[10]).toBe('RATE_LIMITED');
  });
});
