import { describe, expect, it } from 'vitest';
import { monthKey, monthWeeks, parseMonth } from './month';

describe('monthWeeks', () => {
  it('lays November 2026 out from Monday, with Sunday the 1st alone in the first week', () => {
    const weeks = monthWeeks(2026, 10);
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]!.getDate()).toBe(1);
    expect(weeks.at(-1)!.filter(Boolean).at(-1)!.getDate()).toBe(30);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});

describe('parseMonth', () => {
  it('reads the URL form and falls back to the current month', () => {
    expect(parseMonth('2027-02')).toEqual({ year: 2027, month: 1 });
    expect(parseMonth('2027-13', new Date(2026, 4, 3))).toEqual({ year: 2026, month: 4 });
    expect(monthKey(2027, 1)).toBe('2027-02');
  });
});
