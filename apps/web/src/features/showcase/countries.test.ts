import { describe, expect, it } from 'vitest';
import { namesFrom, sortedCountryGroups } from './countries';

const FR = { code: 'FR', nameIt: 'Francia', nameEn: 'France' };

describe('countries named by the API', () => {
  it('names a country in the language, and one the API did not name by its code', () => {
    expect(namesFrom([FR], 'it')('FR')).toBe('Francia');
    expect(namesFrom([FR], 'en')('FR')).toBe('France');
    expect(namesFrom(undefined, 'en')('DE')).toBe('DE');
  });

  it('puts the usual markets first, in their order, then all of them as sorted', () => {
    const sorted = [
      { value: 'AR', label: 'Argentina' },
      { value: 'DE', label: 'Germania' },
      { value: 'FR', label: 'Francia' },
    ];
    expect(sortedCountryGroups(sorted, { usual: 'Usual', all: 'All' })).toEqual([
      { label: 'Usual', options: [sorted[2], sorted[1]] },
      { label: 'All', options: sorted },
    ]);
    expect(sortedCountryGroups(sorted.slice(0, 1), { usual: 'Usual', all: 'All' })).toEqual([
      { label: 'All', options: sorted.slice(0, 1) },
    ]);
  });
});
