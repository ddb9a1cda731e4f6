import { describe, expect, it } from 'vitest';
import {
  UPDATE,
  FIRM,
  cap,
  api,
  adminCookie,
  firmCookie,
  consultantCookie,
  chamberCookie,
  ownFirm,
  otherFirm,
  firmUserId,
  current,
  errorOf,
  useFirmFixture,
} from './firm.fixture.js';

useFirmFixture();

/** The firm's user changes its own firm's profile, at `version`. */
const updateOwnFirm = (version: number, changes: Record<string, unknown>) =>
  api.gql(UPDATE, { input: { id: ownFirm.id, version, ...changes } }, { cookie: firmCookie });

describe('updateFirmProfile: validation', () => {
  it('accepts a valid Partita IVA and refuses a wrong check digit on field vatNumber, changing nothing', async () => {
    const before = await current(ownFirm.id);
    const bad = await updateOwnFirm(before.version, { vatNumber: '00743110158', legalName: 'Nuovo Nome' });
    expect(errorOf(bad.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'vatNumber',
      reason: 'vat_check_digit',
    });
    expect(await current(ownFirm.id)).toMatchObject({
      vatNumber: before.vatNumber,
      legalName: before.legalName,
      version: before.version,
    });

    const good = await api.gql<{ updateFirmProfile: { vatNumber: string; version: number } }>(
      UPDATE,
      { input: { id: ownFirm.id, version: before.version, vatNumber: '007 4311 0157' } },
      { cookie: firmCookie },
    );
    expect(good.body.errors).toBeUndefined();
    expect(good.body.data?.updateFirmProfile).toMatchObject({
      vatNumber: '00743110157',
      version: before.version + 1,
    });
  });

  it('names every bad field: REA, postcode, e-mail, percentage, year, country, certification', async () => {
    const before = await current(ownFirm.id);
    const res = await updateOwnFirm(before.version, {
      reaNumber: '123456',
      postcode: '5501',
      email: 'info@',
      exportShare: 120,
      foundedYear: 1700,
      exportMarkets: ['DE', 'ZZ'],
      certifications: ['ISO 9999'],
      atecoCodes: ['15.2.100'],
    });
    const ext = errorOf(res.body) as { code: string; fields: { field: string; reason: string }[] };
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.fields.map((f) => `${f.field}:${f.reason}`).sort()).toEqual(
      [
        'reaNumber:rea',
        'postcode:postcode',
        'email:email',
        'exportShare:percent',
        'foundedYear:year',
        'exportMarkets:country',
        'certifications:certification',
        'atecoCodes:ateco',
      ].sort(),
    );
    expect((await current(ownFirm.id)).version).toBe(before.version);
  });

  it('refuses a Partita IVA that belongs to another firm on field vatNumber', async () => {
    const before = await current(ownFirm.id);
    const res = await updateOwnFirm(before.version, { vatNumber: otherFirm.vatNumber });
    expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vatNumber', reason: 'taken' });
  });

  it('refuses a capability that does not exist and clearing a required field', async () => {
    const before = await current(ownFirm.id);
    const res = await updateOwnFirm(before.version, {
      capabilityIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(errorOf(res.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capabilityIds' });
    const cleared = await updateOwnFirm(before.version, { legalName: '' });
    expect(errorOf(cleared.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'legalName',
      reason: 'required',
    });
  });
});

describe('updateFirmProfile: saving', () => {
  it('saves fields and capabilities, raises completeness and writes one audit entry with before/after', async () => {
    const before = await current(ownFirm.id);
    const firstRead = await api.gql<{ firm: { completeness: { percent: number; missing: string[] } } }>(
      FIRM,
      { id: ownFirm.id },
      { cookie: firmCookie },
    );
    const was = firstRead.body.data!.firm.completeness;
    expect(was.missing).toContain('descriptionEn');

    const res = await api.gql<{
      updateFirmProfile: {
        reaNumber: string;
        capabilities: { code: string }[];
        completeness: { percent: number; missing: string[] };
      };
    }>(
      UPDATE,
      {
        input: {
          id: ownFirm.id,
          version: before.version,
          reaNumber: 'lu 123456',
          descriptionEn: 'Women’s shoes since 1970.',
          certifications: ['ISO 9001'],
          capabilityIds: [cap('CUTTING'), cap('STITCHING')],
        },
      },
      { cookie: firmCookie },
    );
    expect(res.body.errors).toBeUndefined();
    const saved = res.body.data!.updateFirmProfile;
    expect(saved.reaNumber).toBe('LU-123456');
    expect(saved.capabilities.map((c) => c.code).sort()).toEqual(['CUTTING', 'STITCHING']);
    expect(saved.completeness.percent).toBeGreaterThan(was.percent);
    expect(saved.completeness.missing).not.toContain('descriptionEn');

    const [entry] = await api.ds.query(
      `SELECT actor_id, changes FROM audit_entry WHERE action = 'UPDATE_FIRM_PROFILE' AND entity_id = $1
        ORDER BY created_at DESC LIMIT 1`,
      [ownFirm.id],
    );
    expect(entry.actor_id).toBe(firmUserId);
    expect(entry.changes.reaNumber).toEqual({ before: before.reaNumber, after: 'LU-123456' });
    expect(entry.changes.capabilities).toEqual({ before: [], after: ['CUTTING', 'STITCHING'] });
    expect(entry.changes.version).toBeUndefined();

    const history = await api.gql<{
      firm: { history: { totalCount: number; edges: { node: { action: string } }[] } };
    }>(FIRM, { id: ownFirm.id }, { cookie: firmCookie });
    expect(history.body.data!.firm.history.edges[0]!.node.action).toBe('UPDATE_FIRM_PROFILE');
  });

  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const before = await current(ownFirm.id);
    const first = await api.gql(
      UPDATE,
      { input: { id: ownFirm.id, version: before.version, tradeName: 'Alfa' } },
      { cookie: adminCookie },
    );
    expect(first.body.errors).toBeUndefined();
    const stale = await updateOwnFirm(before.version, { tradeName: 'Alfa Due', employees: 99 });
    expect(errorOf(stale.body)).toMatchObject({ code: 'CONFLICT', currentVersion: before.version + 1 });
    expect(await current(ownFirm.id)).toMatchObject({
      tradeName: 'Alfa',
      employees: before.employees,
      version: before.version + 1,
    });
  });
});

describe('updateFirmProfile: who may', () => {
  it('refuses a FIRM user on another firm with FORBIDDEN, whatever the input, and changes nothing', async () => {
    const before = await current(otherFirm.id);
    for (const input of [
      { id: otherFirm.id, version: before.version, legalName: 'Presa' },
      { id: otherFirm.id, version: 999, vatNumber: 'not valid' },
      { id: 'not-a-uuid', version: 1 },
    ]) {
      const res = await api.gql(UPDATE, { input }, { cookie: firmCookie });
      expect(errorOf(res.body)?.code).toBe('FORBIDDEN');
    }
    expect(await current(otherFirm.id)).toMatchObject({
      legalName: before.legalName,
      version: before.version,
    });
  });

  it('refuses CONSULTANT, CHAMBER and anonymous; lets ADMIN edit any firm', async () => {
    const before = await current(otherFirm.id);
    const input = { id: otherFirm.id, version: before.version, tradeName: 'Beta' };
    expect(errorOf((await api.gql(UPDATE, { input }, { cookie: consultantCookie })).body)?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf((await api.gql(UPDATE, { input }, { cookie: chamberCookie })).body)?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf((await api.gql(UPDATE, { input })).body)?.code).toBe('UNAUTHENTICATED');
    const admin = await api.gql(UPDATE, { input }, { cookie: adminCookie });
    expect(admin.body.errors).toBeUndefined();
  });
});
