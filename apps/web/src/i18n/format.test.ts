import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('createFormatters', () => {
  it('writes euros, percentages and calendar days in Italian', () => {
    const f = createFormatters('it');
    expect(plain(f.euro(45000))).toBe('45.000 €');
    expect(plain(f.euro(1500, { cents: true }))).toBe('1500,00 €');
    expect(plain(f.percent(12.5))).toBe('12,5%');
    expect(plain(f.share(0.125))).toBe('12,5%');
    expect(f.number(2.345, 1)).toBe('2,3');
    expect(f.day('2026-11-25')).toBe('25 nov 2026');
    expect(f.month('2026-01')).toBe('gen 2026');
    expect(f.country('FR')).toBe('Francia');
  });

  it('writes the same in English', () => {
    const f = createFormatters('en');
    expect(f.euro(45000)).toBe('€45,000');
    expect(f.euro(1500, { cents: true })).toBe('€1,500.00');
    expect(f.day('2026-11-25')).toBe('25 Nov 2026');
    expect(f.country('FR')).toBe('France');
  });
});
