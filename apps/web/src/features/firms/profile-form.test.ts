import { describe, expect, it } from 'vitest';
import { anchorOf, buildInput, changedFields, valuesFromFirm, type FirmProfileData } from './profile-form';

const firm: FirmProfileData = {
  legalName: 'Calzaturificio Alfa S.r.l.',
  vatNumber: '00743110157',
  kind: 'SHOE_FACTORY',
  atecoCodes: ['15.20.10'],
  capabilities: [{ id: 'c1' }],
  productLines: ['women'],
  exportMarkets: ['DE'],
  certifications: [],
  showcaseConsent: false,
  publicFields: [],
  employees: 12,
};

describe('profile form', () => {
  it('sends only what changed, with numbers and lists converted', () => {
    const base = valuesFromFirm(firm);
    const edited = {
      ...base,
      employees: '15',
      exportMarkets: 'de, fr',
      tradeName: '  ',
      capabilityIds: ['c1'],
    };
    const fields = changedFields(base, edited);
    expect(fields).toEqual(['tradeName', 'employees', 'exportMarkets']);
    expect(buildInput(edited, fields)).toEqual({
      input: { employees: 15, exportMarkets: ['DE', 'FR'], tradeName: null },
      problems: [],
    });
  });

  it('reads numbers in the interface language', () => {
    const base = valuesFromFirm({ ...firm, latitude: 43.85 }, 'it');
    expect(base.latitude).toBe('43,85');
    const edited = { ...base, employees: '1.250', latitude: '43,9' };
    expect(buildInput(edited, changedFields(base, edited), 'it').input).toEqual({
      employees: 1250,
      latitude: 43.9,
    });
    expect(buildInput({ ...base, employees: '1,250' }, ['employees'], 'en').input).toEqual({
      employees: 1250,
    });
  });

  it('finds the same problems as the API before sending', () => {
    const base = valuesFromFirm(firm);
    const edited = { ...base, vatNumber: '00743110158', exportShare: 'molto', postcode: '123' };
    const { problems } = buildInput(edited, changedFields(base, edited));
    expect(problems).toEqual([
      { field: 'exportShare', reason: 'number' },
      { field: 'vatNumber', reason: 'vat_check_digit' },
      { field: 'postcode', reason: 'postcode' },
    ]);
  });

  it('links completeness names to the control that fills them', () => {
    expect(anchorOf('coordinates')).toBe('firm-field-latitude');
    expect(anchorOf('descriptionEn')).toBe('firm-field-descriptionEn');
  });
});
