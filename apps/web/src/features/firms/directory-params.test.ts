import { describe, expect, it } from 'vitest';
import { exportUrl, filterOf, paramsFromState, stateFromParams } from './directory-params';

describe('directory parameters', () => {
  const state = stateFromParams(
    new URLSearchParams(
      'search=tomaie&capabilityId=c1&hamlet=Segromigno+in+Monte&membership=NONE&employeesMin=10&includeCeased=true&orderBy=EMPLOYEES',
    ),
  );

  it('turns the URL into the GraphQL filter', () => {
    expect(filterOf(state)).toEqual({
      capabilityIds: ['c1'],
      hamlets: ['Segromigno in Monte'],
      withoutAdhesion: true,
      employeesMin: 10,
      includeCeased: true,
    });
  });

  it('builds an export URL with the same filter, sort and language', () => {
    const url = new URL(exportUrl(state, 'csv', 'en'), 'http://x');
    expect(url.pathname).toBe('/api/firms/export.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: 'tomaie',
      capabilityIds: 'c1',
      hamlets: 'Segromigno in Monte',
      withoutAdhesion: 'true',
      employeesMin: '10',
      includeCeased: 'true',
      orderBy: 'EMPLOYEES',
      lang: 'en',
    });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
    expect(paramsFromState(stateFromParams(new URLSearchParams())).toString()).toBe('');
  });
});
