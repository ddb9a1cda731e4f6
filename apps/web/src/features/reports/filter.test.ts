import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filterFromJson,
  filterFromParams,
  paramsFromFilter,
  sectionOfPath,
} from './filter';

describe('report filter in the address bar', () => {
  it('reads repeated kinds and hamlets, membership and dates, and drops what it does not know', () => {
    const filter = filterFromParams(
      new URLSearchParams(
        'kind=SHOE_FACTORY&kind=BAKERY&hamlet=Lammari&membership=MEMBERS&from=2026-01-01&to=ieri',
      ),
    );
    expect(filter).toEqual({
      kinds: ['SHOE_FACTORY'],
      hamlets: ['Lammari'],
      adhesionStatuses: [],
      membership: 'MEMBERS',
      from: '2026-01-01',
      to: null,
    });
    expect(activeFilterCount(filter)).toBe(4);
  });

  it('writes the same parameters back, so a bookmark reopens the same report', () => {
    const search =
      'kind=PROCESSING&hamlet=Segromigno+in+Monte&status=SIGNED&membership=NON_MEMBERS&from=2026-02-01';
    expect(paramsFromFilter(filterFromParams(new URLSearchParams(search))).toString()).toBe(search);
  });

  it('reads a saved view’s filter defensively', () => {
    expect(filterFromJson({ hamlets: ['lammari', 3], kinds: 'x' })).toMatchObject({
      hamlets: ['lammari'],
      kinds: [],
    });
    expect(filterFromJson(null)).toMatchObject({ kinds: [], membership: null });
  });

  it('knows the section from the path', () => {
    expect(sectionOfPath('/reports').exportName).toBe('overview');
    expect(sectionOfPath('/reports/supply-chain').exportName).toBe('supply-chain');
    expect(sectionOfPath('/reports/nothing').exportName).toBe('overview');
  });
});
