import { readFileSync } from 'node:fs';
import {
  isValidItalianPostcode,
  isValidPartitaIva,
  normaliseReaNumber,
  validateCodiceFiscale,
} from '@filiera/shared';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from './capabilities.js';
import { DEMO_FIRM_ID, generateDistrict, type DistrictData, type SupplyLinkRow } from './district.js';
import { SeededRandom } from './random.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** ATECO 2025 codes at the most detailed level (6, e.g. 15.20.10), from the ISTAT list. */
function atecoLeafCodes(): Set<string> {
  const csv = readFileSync(new URL('./data/ateco-2025.csv', import.meta.url), 'utf8');
  const codes = new Set<string>();
  for (const line of csv.split('\n').slice(1)) {
    const [code, level] = line.split(',');
    if (code && level === '6') codes.add(code);
  }
  return codes;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function isActive(link: SupplyLinkRow): boolean {
  return link.status === 'DECLARED' || link.status === 'CONFIRMED';
}

/** The invariants the database constraints also enforce, checked without a database. */
function expectConsistent(data: DistrictData): void {
  const firmIds = new Set(data.firms.map((f) => f.id));
  expect(firmIds.size).toBe(data.firms.length);
  expect(new Set(data.firms.map((f) => f.vatNumber)).size).toBe(data.firms.length);
  expect(data.firms.filter((f) => !isValidPartitaIva(f.vatNumber))).toEqual([]);

  const offered = new Set(data.firmCapabilities.map((fc) => `${fc.firmId}:${fc.capabilityId}`));
  expect(offered.size).toBe(data.firmCapabilities.length);
  // Problems are collected rather than asserted one by one: the national scale has half a million links.
  const problems: string[] = [];
  const activeTriples = new Set<string>();
  for (const link of data.supplyLinks) {
    if (link.supplierId === link.customerId) problems.push(`self link ${link.id}`);
    if (!firmIds.has(link.supplierId) || !firmIds.has(link.customerId)) problems.push(`dangling ${link.id}`);
    if (link.declaredByFirmId !== link.supplierId && link.declaredByFirmId !== link.customerId) {
      problems.push(`declared by a third firm ${link.id}`);
    }
    if (!offered.has(`${link.supplierId}:${link.capabilityId}`)) {
      problems.push(`supplier lacks the capability ${link.id}`);
    }
    if (isActive(link)) {
      const triple = `${link.supplierId}:${link.customerId}:${link.capabilityId}`;
      if (activeTriples.has(triple)) problems.push(`second active link ${triple}`);
      activeTriples.add(triple);
    }
  }
  expect(problems).toEqual([]);

  expect(new Set(data.adhesions.map((a) => a.firmId)).size).toBe(data.adhesions.length);
  expect(data.adhesions.every((a) => firmIds.has(a.firmId))).toBe(true);
}

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    const draw = (seed: number): number[] => {
      const rng = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps int, sample and uuid within their contracts', () => {
    const rng = new SeededRandom(1);
    for (let i = 0; i < 1_000; i += 1) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      expect(rng.uuid()).toMatch(UUID_V4);
    }
    const items = Array.from({ length: 100 }, (_, i) => i);
    for (const n of [3, 60, 100, 150]) {
      const sample = rng.sample(items, n);
      expect(sample).toHaveLength(Math.min(n, items.length));
      expect(new Set(sample).size).toBe(sample.length);
    }
  });
});

describe('capability vocabulary', () => {
  it('has fixed, unique v4 ids and codes in two groups', () => {
    expect(new Set(CAPABILITIES.map((c) => c.id)).size).toBe(CAPABILITIES.length);
    expect(new Set(CAPABILITIES.map((c) => c.code)).size).toBe(CAPABILITIES.length);
    expect(CAPABILITIES.every((c) => UUID_V4.test(c.id))).toBe(true);
    expect(countBy(CAPABILITIES, (c) => c.group)).toEqual(
      new Map([
        ['PROCESSING', 8],
        ['COMPONENTS', 10],
      ]),
    );
  });
});

describe('generateDistrict (district scale)', () => {
  const data = generateDistrict({ scale: 'district' });
  const firmsById = new Map(data.firms.map((f) => [f.id, f]));
  const confirmed = data.supplyLinks.filter((l) => l.status === 'CONFIRMED');

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(generateDistrict({ scale: 'district' })).toEqual(data);
    const other = generateDistrict({ scale: 'district', seed: 1 });
    expect(other.firms[1]?.id).not.toBe(data.firms[1]?.id);
  });

  it('has the district’s firms, links and adhesions', () => {
    expect(countBy(data.firms, (f) => f.kind)).toEqual(
      new Map([
        ['SHOE_FACTORY', 250],
        ['PROCESSING', 55],
        ['COMPONENTS', 40],
        ['SERVICES', 8],
      ]),
    );
    expect(data.supplyLinks.length).toBeGreaterThanOrEqual(1_700);
    expect(data.supplyLinks.length).toBeLessThanOrEqual(2_300);
    expect(data.adhesions).toHaveLength(65);
    expect(countBy(data.adhesions, (a) => a.status)).toEqual(
      new Map([
        ['INTERESTED', 40],
        ['INVITED', 12],
        ['DOCUMENTS_REQUESTED', 6],
        ['READY_TO_SIGN', 4],
        ['SIGNED', 3],
      ]),
    );
    const adheringKinds = new Set(data.adhesions.map((a) => firmsById.get(a.firmId)?.kind));
    expect(adheringKinds).toEqual(new Set(['SHOE_FACTORY', 'PROCESSING', 'COMPONENTS']));
  });

  it('satisfies the table constraints', () => {
    expectConsistent(data);
  });

  it('gives every firm valid identifiers and an address in Capannori', () => {
    const reaNumbers = new Set<string>();
    for (const firm of data.firms) {
      expect(firm.taxCode).toBe(firm.vatNumber);
      expect(validateCodiceFiscale(firm.taxCode ?? '')).toBeNull();
      expect(firm.vatNumber.slice(7, 10)).toBe('046');
      expect(normaliseReaNumber(firm.reaNumber ?? '')).toBe(firm.reaNumber);
      reaNumbers.add(firm.reaNumber ?? '');
      expect(isValidItalianPostcode(firm.postcode ?? '')).toBe(true);
      expect([firm.municipality, firm.province]).toEqual(['Capannori', 'LU']);
      expect(Math.abs((firm.latitude ?? 0) - 43.85)).toBeLessThan(0.1);
      expect(Math.abs((firm.longitude ?? 0) - 10.57)).toBeLessThan(0.1);
    }
    expect(reaNumbers.size).toBe(data.firms.length);
    const byHamlet = countBy(data.firms, (f) => f.hamlet ?? '');
    const [mostCommon] = [...byHamlet.entries()].sort((a, b) => b[1] - a[1]);
    expect(mostCommon?.[0]).toBe('Segromigno in Monte');
  });

  it('uses only fictional contact details', () => {
    for (const firm of data.firms) {
      if (firm.website) expect(new URL(firm.website).hostname).toMatch(/\.example$/);
      if (firm.email) expect(firm.email).toMatch(/@[a-z0-9-]+\.example$/);
      expect(firm.phone).toMatch(/^\+39 0583 [0-9]{6}$/);
    }
  });

  it('uses only ATECO 2025 codes that exist at the most detailed level', () => {
    const known = atecoLeafCodes();
    const used = new Set(data.firms.flatMap((f) => f.atecoCodes));
    expect([...used].filter((code) => !known.has(code))).toEqual([]);
    expect(data.firms.every((f) => f.atecoCodes.length > 0)).toBe(true);
  });

  it('shows public fields only for firms that consented, about 40% of them', () => {
    const consenting = data.firms.filter((f) => f.showcaseConsent);
    expect(consenting.length / data.firms.length).toBeGreaterThan(0.3);
    expect(consenting.length / data.firms.length).toBeLessThan(0.5);
    expect(data.firms.filter((f) => !f.showcaseConsent && f.publicFields.length > 0)).toEqual([]);
  });

  it('keeps each customer’s shares of one capability within 100%', () => {
    const shares = new Map<string, number>();
    for (const link of data.supplyLinks) {
      const key = `${link.customerId}:${link.capabilityId}`;
      shares.set(key, (shares.get(key) ?? 0) + (link.sharePercent ?? 0));
    }
    expect(Math.max(...shares.values())).toBeLessThanOrEqual(100);
  });

  it('mixes link statuses, mostly confirmed', () => {
    const statuses = countBy(data.supplyLinks, (l) => l.status);
    const share = (status: string): number => (statuses.get(status) ?? 0) / data.supplyLinks.length;
    expect(share('CONFIRMED')).toBeGreaterThan(0.8);
    expect(share('CONFIRMED')).toBeLessThan(0.9);
    for (const status of ['DECLARED', 'REJECTED', 'ENDED']) expect(share(status)).toBeGreaterThan(0);
    expect(data.supplyLinks.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.since ?? ''))).toBe(true);
    expect(data.supplyLinks.every((l) => (l.since ?? '') <= '2025-10-31')).toBe(true);
  });

  it('has single points of failure: factories with exactly one confirmed supplier of a capability', () => {
    const suppliersPerNeed = countBy(
      confirmed.filter((l) => firmsById.get(l.customerId)?.kind === 'SHOE_FACTORY'),
      (l) => `${l.customerId}:${l.capabilityId}`,
    );
    const fragileCapabilities = new Set(
      [...suppliersPerNeed].filter(([, n]) => n === 1).map(([key]) => key.split(':')[1]),
    );
    expect(fragileCapabilities.size).toBeGreaterThanOrEqual(3);
  });

  it('has confirmed upstream chains at least three tiers deep', () => {
    const suppliersOf = new Map<string, string[]>();
    for (const link of confirmed) {
      suppliersOf.set(link.customerId, [...(suppliersOf.get(link.customerId) ?? []), link.supplierId]);
    }
    const depth = (firmId: string, seen: Set<string>): number => {
      let deepest = 0;
      for (const supplier of suppliersOf.get(firmId) ?? []) {
        if (seen.has(supplier)) continue;
        deepest = Math.max(deepest, 1 + depth(supplier, new Set([...seen, supplier])));
      }
      return deepest;
    };
    const factories = data.firms.filter((f) => f.kind === 'SHOE_FACTORY');
    const deepest = Math.max(...factories.map((f) => depth(f.id, new Set([f.id]))));
    expect(deepest).toBeGreaterThanOrEqual(3);
  });

  it('has the demo factory in Segromigno in Monte, interested, with confirmed suppliers and a customer', () => {
    const demo = data.firms[0];
    expect(demo?.id).toBe(DEMO_FIRM_ID);
    expect(demo?.kind).toBe('SHOE_FACTORY');
    expect(demo?.hamlet).toBe('Segromigno in Monte');
    expect(data.adhesions.find((a) => a.firmId === DEMO_FIRM_ID)?.status).toBe('INTERESTED');
    const confirmedSuppliers = new Set(
      confirmed.filter((l) => l.customerId === DEMO_FIRM_ID).map((l) => l.supplierId),
    );
    expect(confirmedSuppliers.size).toBeGreaterThanOrEqual(5);
    expect(confirmed.some((l) => l.supplierId === DEMO_FIRM_ID)).toBe(true);
    // Something for the demo user to confirm.
    expect(
      data.supplyLinks.some(
        (l) =>
          l.status === 'DECLARED' &&
          (l.customerId === DEMO_FIRM_ID || l.supplierId === DEMO_FIRM_ID) &&
          l.declaredByFirmId !== DEMO_FIRM_ID,
      ),
    ).toBe(true);
  });
});

describe('generateDistrict (national scale)', () => {
  it('makes 50,000 firms and about 500,000 links with the same invariants', () => {
    const data = generateDistrict({ scale: 'national' });
    expect(data.firms).toHaveLength(50_000);
    expect(data.supplyLinks.length).toBeGreaterThan(475_000);
    expect(data.supplyLinks.length).toBeLessThan(525_000);
    expect(data.adhesions).toHaveLength(10_000);
    expectConsistent(data);
    expect(new Set(data.firms.map((f) => f.province)).size).toBeGreaterThanOrEqual(10);
  });
});
