import { describe, expect, it } from 'vitest';
import { buildFirm, buildSupplyLink } from '../../test/factories.js';
import {
  FIRM,
  cap,
  api,
  firmCookie,
  consultantCookie,
  chamberCookie,
  ownFirm,
  otherFirm,
  useFirmFixture,
} from './firm.fixture.js';

useFirmFixture();

describe('firm page', () => {
  it('hides private fields and unpublished contacts from other firms, shows them to staff', async () => {
    const asFirm = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: firmCookie },
    );
    expect(asFirm.body.data!.firm).toMatchObject({
      revenueBand: null,
      email: null,
      phone: null,
      history: null,
      viewerCanEdit: false,
    });
    const asChamber = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: chamberCookie },
    );
    expect(asChamber.body.data!.firm).toMatchObject({
      revenueBand: null,
      email: 'info@beta.example',
      history: null,
    });
    const asConsultant = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: consultantCookie },
    );
    expect(asConsultant.body.data!.firm).toMatchObject({ revenueBand: '<2M', email: 'info@beta.example' });

    await api.ds.query(`UPDATE firm SET public_fields = '{email}' WHERE id = $1`, [otherFirm.id]);
    const published = await api.gql<{ firm: Record<string, unknown> }>(
      FIRM,
      { id: otherFirm.id },
      { cookie: firmCookie },
    );
    expect(published.body.data!.firm).toMatchObject({ email: 'info@beta.example', phone: null });
  });

  it('lists confirmed suppliers and customers by capability, not declared ones', async () => {
    const sole = await buildFirm(api.ds, { kind: 'COMPONENTS' });
    const soles = { customerId: ownFirm.id, capabilityId: cap('SOLES') };
    await buildSupplyLink(api.ds, {
      ...soles,
      supplierId: otherFirm.id,
      sharePercent: '60',
      yearlyVolumePairs: 12000,
      declaredByFirmId: otherFirm.id,
    });
    await buildSupplyLink(api.ds, {
      ...soles,
      supplierId: sole.id,
      sharePercent: '40',
      status: 'DECLARED',
      declaredByFirmId: sole.id,
    });
    await buildSupplyLink(api.ds, {
      supplierId: ownFirm.id,
      customerId: sole.id,
      capabilityId: cap('CUTTING'),
      declaredByFirmId: ownFirm.id,
    });
    const res = await api.gql<{ firm: { suppliers: unknown; customers: unknown } }>(
      FIRM,
      { id: ownFirm.id },
      { cookie: firmCookie },
    );
    expect(res.body.data!.firm.suppliers).toEqual([
      {
        capability: { code: 'SOLES' },
        links: [
          {
            firm: { id: otherFirm.id, legalName: otherFirm.legalName },
            sharePercent: 60,
            yearlyVolumePairs: 12000,
          },
        ],
      },
    ]);
    expect(res.body.data!.firm.customers).toEqual([
      { capability: { code: 'CUTTING' }, links: [{ firm: { id: sole.id } }] },
    ]);
  });
});

describe('logo', () => {
  const PNG = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(100, 1),
  ]);
  const upload = (firmId: string, body: Buffer, type: string, cookie?: string) =>
    fetch(`${api.url}/api/firms/${firmId}/logo`, {
      method: 'POST',
      headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
      body: new Uint8Array(body),
    });

  it('stores a PNG for the own firm, serves it, audits it and counts it in completeness', async () => {
    const res = await upload(ownFirm.id, PNG, 'image/png', firmCookie);
    expect(res.status).toBe(201);
    const { logoUrl } = (await res.json()) as { logoUrl: string };
    const image = await fetch(`${api.url}${logoUrl}`, { headers: { cookie: consultantCookie } });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    const [entry] = await api.ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'UPDATE_FIRM_LOGO' AND entity_id = $1`,
      [ownFirm.id],
    );
    expect(entry.changes.logo.after).toEqual({ contentType: 'image/png', bytes: PNG.length });
    const firm = await api.gql<{ firm: { completeness: { missing: string[] } } }>(
      FIRM,
      { id: ownFirm.id },
      { cookie: firmCookie },
    );
    expect(firm.body.data!.firm.completeness.missing).not.toContain('logo');
  });

  it('refuses a file whose bytes are not the declared type, a wrong type, a large file and another firm', async () => {
    const fake = await upload(
      ownFirm.id,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/png',
      firmCookie,
    );
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({
      error: { extensions: { field: 'logo', reason: 'logo_type' } },
    });
    expect((await upload(ownFirm.id, PNG, 'image/svg+xml', firmCookie)).status).toBe(400);
    const big = Buffer.concat([PNG, Buffer.alloc(512 * 1024)]);
    expect((await upload(ownFirm.id, big, 'image/png', firmCookie)).status).toBe(413);
    expect((await upload(otherFirm.id, PNG, 'image/png', firmCookie)).status).toBe(403);
    expect((await upload(otherFirm.id, PNG, 'image/png', chamberCookie)).status).toBe(403);
    expect((await upload(otherFirm.id, PNG, 'image/png')).status).toBe(401);
  });
});
