import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, readNumber } from './number';

describe('parseLocaleNumber', () => {
  it('reads the Italian decimal comma and grouping dots', () => {
    expect(parseLocaleNumber('12,5', 'it')).toBe(12.5);
    expect(parseLocaleNumber('1.250', 'it')).toBe(1250);
    expect(parseLocaleNumber('1.250.000,75', 'it')).toBe(1250000.75);
    expect(parseLocaleNumber(' 40 ', 'it')).toBe(40);
  });

  it('reads the English decimal point and grouping commas', () => {
    expect(parseLocaleNumber('12.5', 'en')).toBe(12.5);
    expect(parseLocaleNumber('1,250', 'en')).toBe(1250);
    expect(parseLocaleNumber('-3.25', 'en')).toBe(-3.25);
  });

  it('never turns a misplaced separator into another number', () => {
    expect(parseLocaleNumber('12.5', 'it')).toBeNaN();
    expect(parseLocaleNumber('12,5', 'en')).toBeNaN();
    expect(parseLocaleNumber('1,2,3', 'it')).toBeNaN();
    expect(parseLocaleNumber('dodici', 'it')).toBeNaN();
  });

  it('reads empty text as no value', () => {
    expect(parseLocaleNumber('  ', 'it')).toBeNull();
  });
});

describe('readNumber', () => {
  it('says the limit instead of "too long"', () => {
    expect(readNumber('125', 'it', { min: 0, max: 100 })).toEqual({
      value: null,
      problem: { key: 'numbers.atMost', params: { limit: 100 } },
    });
    expect(readNumber('-1', 'en', { min: 0 }).problem).toEqual({
      key: 'numbers.atLeast',
      params: { limit: 0 },
    });
  });

  it('accepts a value within the limits and shows examples in the language', () => {
    expect(readNumber('12,5', 'it', { min: 0, max: 100 })).toEqual({ value: 12.5, problem: null });
    expect(readNumber('12.5', 'it').problem).toEqual({
      key: 'numbers.notANumber',
      params: { example: '12,5' },
    });
    expect(readNumber('2,5', 'it', { integer: true }).problem).toEqual({
      key: 'numbers.notWhole',
      params: {},
    });
  });
});
