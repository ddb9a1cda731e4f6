import { describe, expect, it } from 'vitest';
import { kindFromAteco } from './registry-ateco.js';
import { checkRow, registrationYear, suggestMapping } from './registry-fields.js';
import { useRegistryImportFixture } from './registry-import.fixture.js';

useRegistryImportFixture();

describe('suggested mapping and row rules', () => {
  it('maps Italian registry headers whatever their case, accents, dots and spaces', () => {
    expect(suggestMapping(['DENOMINAZIONE', 'n. rea', 'Partita  I.V.A.', 'Località', 'Note'])).toEqual([
      { column: 'DENOMINAZIONE', field: 'LEGAL_NAME' },
      { column: 'n. rea', field: 'REA_NUMBER' },
      { column: 'Partita  I.V.A.', field: 'VAT_NUMBER' },
      { column: 'Località', field: 'HAMLET' },
      { column: 'Note', field: null },
    ]);
  });

  it('derives the kind of a new firm from its first ATECO code, in the edition it was written in', () => {
    const in2025 = (code: string) => kindFromAteco({ code, edition: 2025 });
    const in2007 = (code: string) => kindFromAteco({ code, edition: 2007 });
    expect(in2025('15.20.10')).toBe('SHOE_FACTORY');
    expect(in2025('15.20')).toBe('SHOE_FACTORY');
    expect(in2025('15.20.20')).toBe('COMPONENTS');
    expect(in2025('22.12.00')).toBe('COMPONENTS');
    expect(in2025('15.11.00')).toBe('COMPONENTS');
    expect(in2025('14.10.10')).toBe('PROCESSING');
    expect(in2025('62.10.00')).toBe('SERVICES');
    expect(kindFromAteco(null)).toBe('SERVICES');
    // ATECO 2025 folds rubber, plastic and wood shoe parts into 15.20.10: their 2007 codes say components.
    expect(in2007('22.19.01')).toBe('COMPONENTS');
    expect(in2007('22.29.01')).toBe('COMPONENTS');
    expect(in2007('16.29.11')).toBe('COMPONENTS');
    expect(in2007('15.20.10')).toBe('SHOE_FACTORY');
  });

  it('recognises the edition of an ATECO column from its header', () => {
    expect(
      suggestMapping(['Codice ATECO 2007', 'Attività ATECO 2025', 'Denominazione']).map((m) => m.field),
    ).toEqual(['ATECO_2007_CODE', 'ATECO_CODE', 'LEGAL_NAME']);
    expect(suggestMapping(['Ateco 07', 'Codice ATECO']).map((m) => m.field)).toEqual([
      'ATECO_2007_CODE',
      'ATECO_CODE',
    ]);
  });

  it('refuses days the calendar does not have and reads real ones to their year', () => {
    expect(registrationYear('31/02/2001')).toBe('impossible');
    expect(registrationYear('29/02/2023')).toBe('impossible');
    expect(registrationYear('31-04-1999')).toBe('impossible');
    expect(registrationYear('2001-13-01')).toBe('impossible');
    expect(registrationYear('00/01/2001')).toBe('impossible');
    expect(registrationYear('29/02/2024')).toBe(2024);
    expect(registrationYear('31.12.1998')).toBe(1998);
    expect(registrationYear('1985-06-01')).toBe(1985);
    expect(registrationYear('1985')).toBe('invalid');
    expect(registrationYear('01/01/1700')).toBe('invalid');
  });

  it('reads spreadsheet numbers that lost their leading zeros', () => {
    const result = checkRow(
      { n: 'Ditta', v: '743110157', c: '55018' },
      [
        { column: 'n', field: 'LEGAL_NAME' },
        { column: 'v', field: 'VAT_NUMBER' },
        { column: 'c', field: 'POSTCODE' },
      ],
      { known: () => true, from2007: () => null },
    );
    expect(result).toEqual({
      ok: true,
      values: { legalName: 'Ditta', vatNumber: '00743110157', postcode: '55018' },
      kind: 'SERVICES',
      ateco2007: [],
      review: [],
    });
  });
});
