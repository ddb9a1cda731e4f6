import { describe, expect, it } from 'vitest';
import {
  PARTITA_IVA_OFFICE_CODES,
  isValidCodiceFiscale,
  isValidItalianPostcode,
  isValidPartitaIva,
  makePartitaIva,
  normalisePartitaIva,
  normaliseReaNumber,
  partitaIvaCheckDigit,
  validateCodiceFiscale,
  validatePartitaIva,
  validateReaNumber,
} from './fiscal.js';

describe('Partita IVA', () => {
  it('accepts a real-shaped valid number', () => {
    expect(validatePartitaIva('00743110157')).toBeNull();
    expect(isValidPartitaIva('00743110157')).toBe(true);
  });

  it('computes the check digit from the first ten digits', () => {
    expect(partitaIvaCheckDigit('0074311015')).toBe(7);
    expect(() => partitaIvaCheckDigit('007431101')).toThrow(RangeError);
  });

  it('refuses a wrong check digit', () => {
    expect(validatePartitaIva('00743110158')).toBe('checkDigit');
    expect(isValidPartitaIva('00743110158')).toBe(false);
  });

  it('refuses an office code the tax agency does not assign', () => {
    // Office 101 and 000 with a correct check digit: only the office rule can refuse them.
    const office101 = `0074311101${partitaIvaCheckDigit('0074311101')}`;
    const office000 = `0074311000${partitaIvaCheckDigit('0074311000')}`;
    expect(validatePartitaIva(office101)).toBe('office');
    expect(validatePartitaIva(office000)).toBe('office');
  });

  it('accepts the special office codes 120, 121, 888 and 999', () => {
    for (const office of [120, 121, 888, 999]) {
      expect(validatePartitaIva(makePartitaIva(1234567, office))).toBeNull();
    }
    expect(PARTITA_IVA_OFFICE_CODES.has(100)).toBe(true);
    expect(PARTITA_IVA_OFFICE_CODES.has(119)).toBe(false);
  });

  it('refuses the wrong length and letters', () => {
    expect(validatePartitaIva('0074311015')).toBe('format');
    expect(validatePartitaIva('007431101570')).toBe('format');
    expect(validatePartitaIva('')).toBe('format');
    expect(validatePartitaIva('IT00743110157')).toBe('format');
    expect(validatePartitaIva('0074311O157')).toBe('format');
  });

  it('ignores spaces, inside and around', () => {
    expect(normalisePartitaIva(' 007 4311 0157 ')).toBe('00743110157');
    expect(validatePartitaIva(' 007 4311 0157 ')).toBeNull();
  });

  it('builds numbers that always validate, for any progressive and office', () => {
    const offices = [...PARTITA_IVA_OFFICE_CODES];
    for (let i = 0; i < 2_000; i += 1) {
      const progressive = (i * 7_919_993) % 10_000_000;
      const office = offices[i % offices.length] ?? 46;
      const vat = makePartitaIva(progressive, office);
      expect(vat).toMatch(/^[0-9]{11}$/);
      expect(vat.slice(7, 10)).toBe(String(office).padStart(3, '0'));
      expect(validatePartitaIva(vat)).toBeNull();
    }
  });

  it('refuses to build from an out-of-range progressive or office', () => {
    expect(() => makePartitaIva(10_000_000, 46)).toThrow(RangeError);
    expect(() => makePartitaIva(-1, 46)).toThrow(RangeError);
    expect(() => makePartitaIva(1.5, 46)).toThrow(RangeError);
    expect(() => makePartitaIva(1, 101)).toThrow(RangeError);
  });
});

describe('codice fiscale', () => {
  it('accepts personal codes with the right control character', () => {
    for (const code of ['RSSMRA85T10A562S', 'VRDGPP80A01H501U', 'MRTMTT91D08F205J', 'BNCLRA90M41F205Z']) {
      expect(validateCodiceFiscale(code)).toBeNull();
    }
  });

  it('accepts omocodia letters in digit places', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A56NH')).toBe(true);
    expect(isValidCodiceFiscale('RSSMRA85T10A5SNT')).toBe(true);
  });

  it('ignores case and spaces', () => {
    expect(isValidCodiceFiscale('rssmra85t10a562s')).toBe(true);
    expect(isValidCodiceFiscale('RSS MRA 85T10 A562S')).toBe(true);
  });

  it('refuses a wrong control character', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562T')).toBe('checkCharacter');
    expect(validateCodiceFiscale('MRTMTT91D08F205K')).toBe('checkCharacter');
  });

  it('refuses malformed personal codes', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562')).toBe('format'); // 15 characters
    expect(validateCodiceFiscale('RSSMRA85F10A562S')).toBe('format'); // F is not a month letter
    expect(validateCodiceFiscale('RSSMRA85TA0A562S')).toBe('format'); // A is not an omocodia letter
    expect(validateCodiceFiscale('RSSMRA85T35A562S')).toBe('format'); // no 35th day
    expect(validateCodiceFiscale('1SSMRA85T10A562S')).toBe('format');
  });

  it('applies the Partita IVA rules to an 11-digit company code', () => {
    expect(validateCodiceFiscale('00743110157')).toBeNull();
    expect(validateCodiceFiscale('00743110158')).toBe('checkCharacter');
    const office101 = `0074311101${partitaIvaCheckDigit('0074311101')}`;
    expect(validateCodiceFiscale(office101)).toBe('format');
  });
});

describe('REA number', () => {
  it('normalises the usual spellings to "LU-123456"', () => {
    expect(normaliseReaNumber('LU-123456')).toBe('LU-123456');
    expect(normaliseReaNumber('LU 123456')).toBe('LU-123456');
    expect(normaliseReaNumber(' lu - 123456 ')).toBe('LU-123456');
    expect(normaliseReaNumber('FM-7')).toBe('FM-7');
  });

  it('refuses anything else', () => {
    for (const value of ['LU123456', 'LUC-123456', 'LU-12345678', 'LU-', '123456', 'L1-123456']) {
      expect(normaliseReaNumber(value)).toBeNull();
      expect(validateReaNumber(value)).toBe('format');
    }
    expect(validateReaNumber('LU 123456')).toBeNull();
  });
});

describe('Italian postcode', () => {
  it('accepts five digits only', () => {
    expect(isValidItalianPostcode('55018')).toBe(true);
    expect(isValidItalianPostcode('00118')).toBe(true);
    expect(isValidItalianPostcode('5501')).toBe(false);
    expect(isValidItalianPostcode('550180')).toBe(false);
    expect(isValidItalianPostcode('55O18')).toBe(false);
    expect(isValidItalianPostcode(' 55018')).toBe(false);
  });
});
