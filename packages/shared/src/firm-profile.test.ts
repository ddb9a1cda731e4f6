import { describe, expect, it } from 'vitest';
import { checkFirmProfile, profileCompleteness, type FirmCompletenessInput } from './firm-profile.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const reasons = (values: Parameters<typeof checkFirmProfile>[0]) =>
  checkFirmProfile(values, NOW).map((p) => `${p.field}:${p.reason}`);

describe('checkFirmProfile', () => {
  it('accepts a valid Partita IVA and names the field of a wrong check digit', () => {
    expect(reasons({ vatNumber: '00743110157' })).toEqual([]);
    expect(reasons({ vatNumber: '00743110158' })).toEqual(['vatNumber:vat_check_digit']);
    expect(reasons({ vatNumber: '0074311015' })).toEqual(['vatNumber:vat_format']);
  });

  it('refuses bad REA, postcode, e-mail, URL, percentage, year and vocabulary values', () => {
    expect(
      reasons({
        reaNumber: '123456',
        postcode: '5501',
        email: 'info@',
        website: 'javascript:alert(1)',
        exportShare: 101,
        foundedYear: 2027,
        exportMarkets: ['DE', 'XX'],
        certifications: ['ISO 9001', 'ISO 9999'],
        atecoCodes: ['15.20.10', '152'],
      }),
    ).toEqual([
      'reaNumber:rea',
      'postcode:postcode',
      'email:email',
      'website:url',
      'exportShare:percent',
      'foundedYear:year',
      'exportMarkets:country',
      'certifications:certification',
      'atecoCodes:ateco',
    ]);
    expect(reasons({ reaNumber: 'lu 123456', postcode: '55018', foundedYear: 1800, exportShare: 0 })).toEqual(
      [],
    );
  });

  it('does not check fields that are absent or empty (a partial update)', () => {
    expect(reasons({ email: '', taxCode: null })).toEqual([]);
    expect(reasons({ legalName: '  ' })).toEqual(['legalName:required']);
  });
});

describe('profileCompleteness', () => {
  const empty: FirmCompletenessInput = { kind: 'SHOE_FACTORY', capabilityCount: 0, hasLogo: false };

  it('names every missing field and rises as fields are filled', () => {
    const none = profileCompleteness(empty);
    expect(none.percent).toBe(0);
    expect(none.missing).toContain('productLines');
    expect(none.missing).not.toContain('exportMarkets');
    const some = profileCompleteness({ ...empty, descriptionIt: 'Scarpe', website: 'https://x.example' });
    expect(some.percent).toBeGreaterThan(0);
    expect(some.missing).not.toContain('descriptionIt');
  });

  it('counts product lines only for factories and export markets only for exporters', () => {
    expect(profileCompleteness({ ...empty, kind: 'PROCESSING' }).missing).not.toContain('productLines');
    expect(profileCompleteness({ ...empty, exportShare: 30 }).missing).toContain('exportMarkets');
  });

  it('reaches 100 when everything is there', () => {
    const full = profileCompleteness({
      kind: 'SHOE_FACTORY',
      capabilityCount: 2,
      hasLogo: true,
      tradeName: 'M',
      taxCode: 'x',
      reaNumber: 'LU-1',
      legalForm: 'S.r.l.',
      atecoCodes: ['15.20'],
      productLines: ['women'],
      street: 'Via',
      postcode: '55018',
      municipality: 'Capannori',
      province: 'LU',
      latitude: 43.8,
      longitude: 10.5,
      employees: 10,
      revenueBand: '<2M',
      foundedYear: 1990,
      capacityPairsPerDay: 100,
      exportShare: 0,
      certifications: ['ISO 9001'],
      website: 'https://x.example',
      email: 'a@b.it',
      phone: '+39 0583 1',
      descriptionIt: 'a',
      descriptionEn: 'b',
    });
    expect(full).toEqual({ percent: 100, missing: [] });
  });
});
