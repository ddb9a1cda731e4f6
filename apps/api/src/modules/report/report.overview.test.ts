import { describe, expect, it } from 'vitest';
import {
  api,
  chamber,
  consultant,
  firmUser,
  OVERVIEW,
  overview,
  useReportFixture,
} from './report.fixture.js';

useReportFixture();

describe('report overview', () => {
  it('counts the whole district by kind and hamlet, members, employees, capacity and export share', async () => {
    const o = await overview(null);
    expect(o).toEqual({
      firmCount: 5,
      memberCount: 2,
      interestedCount: 1,
      hamletCount: 3,
      byKind: [
        { kind: 'SHOE_FACTORY', count: 2 },
        { kind: 'COMPONENTS', count: 1 },
        { kind: 'PROCESSING', count: 1 },
        { kind: 'SERVICES', count: 1 },
      ],
      byHamlet: [
        { hamlet: 'Lammari', count: 2 },
        { hamlet: 'Segromigno in Monte', count: 2 },
        { hamlet: null, count: 1 },
      ],
      employees: { total: 100, network: 60, share: 0.6 },
      capacityPairsPerDay: { total: 800, network: 500, share: 0.625 },
      // (50·40 + 10·10 + 80·30) / (40 + 10 + 30) = 4500 / 80 = 56.25
      exportShareWeighted: 56.3,
      memberExportShareWeighted: 50,
    });
  });

  it('combines filters with AND (hamlet without regard to case, kind, membership, statuses)', async () => {
    const one = await overview({ hamlets: ['segromigno in monte'], kinds: ['SHOE_FACTORY'] });
    expect(one).toMatchObject({
      firmCount: 1,
      memberCount: 1,
      employees: { total: 40, network: 40, share: 1 },
    });

    const non = await overview({ membership: 'NON_MEMBERS' });
    expect(non).toMatchObject({
      firmCount: 3,
      memberCount: 0,
      interestedCount: 1,
      employees: { total: 40, network: 0 },
    });

    const both = await overview({ adhesionStatuses: ['SIGNED', 'INTERESTED'], hamlets: ['Lammari'] });
    expect(both).toMatchObject({
      firmCount: 1,
      interestedCount: 1,
      byHamlet: [{ hamlet: 'Lammari', count: 1 }],
    });

    const none = await overview({ membership: 'MEMBERS', kinds: ['COMPONENTS'] });
    expect(none).toMatchObject({
      firmCount: 0,
      exportShareWeighted: null,
      employees: { total: 0, share: 0 },
    });
  });

  it('refuses a bad filter naming the field, and the roles that may not read reports', async () => {
    const bad = await api.gql(
      OVERVIEW,
      { filter: { from: '2026-05-01', to: '2026-04-01' } },
      { cookie: chamber },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const badDate = await api.gql(OVERVIEW, { filter: { from: '2026-02-30' } }, { cookie: chamber });
    expect(badDate.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.from',
    });

    const firm = await api.gql(OVERVIEW, {}, { cookie: firmUser });
    expect(firm.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(OVERVIEW, {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await overview(null, consultant)).firmCount).toBe(5);
  });
});
