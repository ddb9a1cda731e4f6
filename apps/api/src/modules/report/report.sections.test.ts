import { describe, expect, it } from 'vitest';
import { api, chamber, f, useReportFixture } from './report.fixture.js';

useReportFixture();

describe('adhesion reports', () => {
  const Q = `query ($filter: ReportFilter) { report(filter: $filter) {
    adhesionFunnel { status count } adhesionsOverTime { month interested signed transitions } } }`;
  type R = {
    report: {
      adhesionFunnel: { status: string; count: number }[];
      adhesionsOverTime: { month: string; interested: number; signed: number; transitions: number }[];
    };
  };

  it('counts adhesions per status in pipeline order and steps per Italian month', async () => {
    const res = await api.gql<R>(Q, {}, { cookie: chamber });
    const { adhesionFunnel, adhesionsOverTime } = res.body.data!.report;
    expect(adhesionFunnel.map((s) => s.status)).toEqual([
      'INTERESTED',
      'INVITED',
      'DOCUMENTS_REQUESTED',
      'READY_TO_SIGN',
      'SIGNED',
      'REGISTERED',
      'DECLINED',
      'WITHDRAWN',
    ]);
    expect(adhesionFunnel.map((s) => s.count)).toEqual([1, 0, 0, 0, 1, 1, 1, 0]);
    expect(adhesionsOverTime).toEqual([
      { month: '2026-01', interested: 2, signed: 0, transitions: 2 },
      { month: '2026-02', interested: 1, signed: 1, transitions: 2 },
      { month: '2026-03', interested: 0, signed: 1, transitions: 2 },
    ]);
  });

  it('applies firm filters and the date range together', async () => {
    const res = await api.gql<R>(
      Q,
      { filter: { kinds: ['SHOE_FACTORY'], from: '2026-02-01', to: '2026-02-28' } },
      { cookie: chamber },
    );
    const { adhesionFunnel, adhesionsOverTime } = res.body.data!.report;
    // The funnel is today's status: the date range does not apply to it.
    expect(adhesionFunnel.filter((s) => s.count > 0)).toEqual([
      { status: 'INTERESTED', count: 1 },
      { status: 'SIGNED', count: 1 },
    ]);
    expect(adhesionsOverTime).toEqual([{ month: '2026-02', interested: 1, signed: 0, transitions: 1 }]);
  });
});

describe('supply-chain report', () => {
  const Q = `query ($filter: ReportFilter) { report(filter: $filter) { supplyChain {
    confirmedLinkCount singlePointOfFailureCount
    localSourcing { confirmedLinkCount localLinkCount linkShare volumeShare }
    topSuppliers { firm { id } customerCount linkCount }
    concentration { capability { labelEn } hhi supplierCount } } } }`;
  type R = {
    report: {
      supplyChain: {
        confirmedLinkCount: number;
        singlePointOfFailureCount: number;
        localSourcing: Record<string, number>;
        topSuppliers: { firm: { id: string }; customerCount: number; linkCount: number }[];
        concentration: { capability: { labelEn: string }; hhi: number; supplierCount: number }[];
      };
    };
  };

  it('counts confirmed links, local share, top suppliers, single points of failure and HHI', async () => {
    const res = await api.gql<R>(Q, {}, { cookie: chamber });
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data!.report.supplyChain;
    expect(s.confirmedLinkCount).toBe(4);
    // Local: f3→f1 and f5→f2 (Capannori to Capannori), 4,000 of 8,000 pairs.
    expect(s.localSourcing).toEqual({
      confirmedLinkCount: 4,
      localLinkCount: 2,
      linkShare: 0.5,
      volumeShare: 0.5,
    });
    expect(s.topSuppliers[0]).toEqual({ firm: { id: f.f4.id }, customerCount: 2, linkCount: 2 });
    expect(s.topSuppliers.map((t) => t.firm.id).sort()).toEqual([f.f3.id, f.f4.id, f.f5.id].sort());
    // f1 has one source of each capability (f3, f4); f2 one of stitching (f5; f3's link is only declared).
    expect(s.singlePointOfFailureCount).toBe(3);
    // Stitching: 1,000 and 3,000 pairs → 25² + 75² = 6,250; soles: f4 alone → 10,000.
    expect(s.concentration.map((c) => [c.capability.labelEn, c.hhi, c.supplierCount])).toEqual([
      ['SOLES', 10000, 1],
      ['STITCHING', 6250, 2],
    ]);
  });

  it('filters the top suppliers by the supplier firm', async () => {
    const res = await api.gql<R>(Q, { filter: { membership: 'MEMBERS' } }, { cookie: chamber });
    expect(res.body.data!.report.supplyChain.topSuppliers).toEqual([
      { firm: { id: f.f3.id }, customerCount: 1, linkCount: 1 },
    ]);
  });
});

describe('plan and start-up reports', () => {
  const Q = `query ($filter: ReportFilter) { report(filter: $filter) {
    plan { budgetByAxisYear { axis year amountEur } actionsByStatus { status count }
           kpiAttainment { kpiCount measuredCount achievedCount averagePercent } }
    startup { byPhaseStatus { phase status count } overdueCount overdueByPhase { phase count } } } }`;
  type R = {
    report: {
      plan: {
        budgetByAxisYear: { axis: string; year: number; amountEur: number }[];
        actionsByStatus: { status: string; count: number }[];
        kpiAttainment: Record<string, number | null>;
      };
      startup: {
        byPhaseStatus: { phase: string; status: string; count: number }[];
        overdueCount: number;
        overdueByPhase: { phase: string; count: number }[];
      };
    };
  };

  it('sums the budget by axis and year, counts actions, measures KPIs and tasks', async () => {
    const res = await api.gql<R>(Q, {}, { cookie: chamber });
    expect(res.body.errors).toBeUndefined();
    const { plan, startup } = res.body.data!.report;
    expect(plan.budgetByAxisYear).toEqual([
      { axis: 'DIGITAL_CLUSTER', year: 2027, amountEur: 15000 },
      { axis: 'DIGITAL_CLUSTER', year: 2028, amountEur: 20000 },
      { axis: 'EVENTS_INTERNATIONALISATION', year: 2027, amountEur: 7000 },
    ]);
    expect(plan.actionsByStatus).toEqual([
      { status: 'DONE', count: 1 },
      { status: 'IN_PROGRESS', count: 1 },
    ]);
    // KPI 1: (120 − 0) / 100 = 120 %; KPI 2: (15 − 10) / 10 = 50 %; mean 85 %.
    expect(plan.kpiAttainment).toEqual({
      kpiCount: 4,
      measuredCount: 2,
      achievedCount: 1,
      averagePercent: 85,
    });
    expect(startup).toEqual({
      byPhaseStatus: [
        { phase: 'ADHESIONS', status: 'BLOCKED', count: 1 },
        { phase: 'ADHESIONS', status: 'IN_PROGRESS', count: 1 },
        { phase: 'CONTRACT', status: 'DONE', count: 1 },
        { phase: 'CONTRACT', status: 'TODO', count: 1 },
        { phase: 'PLAN_DESIGN', status: 'TODO', count: 1 },
      ],
      overdueCount: 2,
      overdueByPhase: [
        { phase: 'ADHESIONS', count: 1 },
        { phase: 'CONTRACT', count: 1 },
      ],
    });
  });

  it('limits budget years, KPI actuals and task due dates to the date range', async () => {
    const res = await api.gql<R>(
      Q,
      { filter: { from: '2020-01-15', to: '2027-12-31' } },
      { cookie: chamber },
    );
    const { plan, startup } = res.body.data!.report;
    expect(plan.budgetByAxisYear.map((b) => [b.axis, b.year, b.amountEur])).toEqual([
      ['DIGITAL_CLUSTER', 2027, 15000],
      ['EVENTS_INTERNATIONALISATION', 2027, 7000],
    ]);
    // KPI 1's latest actual in range is 2027's 50 %.
    expect(plan.kpiAttainment).toEqual({
      kpiCount: 4,
      measuredCount: 2,
      achievedCount: 0,
      averagePercent: 50,
    });
    expect(startup.byPhaseStatus).toEqual([
      { phase: 'ADHESIONS', status: 'BLOCKED', count: 1 },
      { phase: 'CONTRACT', status: 'TODO', count: 1 },
    ]);
    expect(startup.overdueCount).toBe(2);
  });
});
