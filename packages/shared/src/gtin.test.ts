import { describe, expect, it } from 'vitest';
import { isValidGtin, toGtin14 } from './gtin.js';

describe('GTIN', () => {
  it('accepts real GTIN-13, -12, -8 and -14 and refuses a wrong check digit', () => {
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('036000291452')).toBe(true);
    expect(isValidGtin('96385074')).toBe(true);
    expect(isValidGtin('09506000134352')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('400638133393')).toBe(false);
    expect(isValidGtin('40063813339a1')).toBe(false);
  });
  it('pads to 14 digits for the Digital Link', () => {
    expect(toGtin14('4006381333931')).toBe('04006381333931');
  });
});
