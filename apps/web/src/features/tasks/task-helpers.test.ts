import { describe, expect, it } from 'vitest';
import { daysBetween } from './task-helpers';

describe('daysBetween', () => {
  it('counts calendar days across a change of summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
  });
});
