import { describe, expect, it } from 'vitest';
import { romeToday } from './dates.js';

describe('romeToday', () => {
  it('counts the day in the district, not in UTC', () => {
    // 23:30 UTC on 24 November is already 00:30 on the 25th in Rome (CET, UTC+1).
    expect(romeToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    // And in summer time (CEST, UTC+2), 22:30 UTC is past midnight too.
    expect(romeToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(romeToday(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
  });
});
