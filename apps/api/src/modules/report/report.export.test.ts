import { describe, expect, it } from 'vitest';
import { api, chamber, firmUser, useReportFixture } from './report.fixture.js';

useReportFixture();

describe('exports', () => {
  const get = (path: string, cookie: string | null = chamber) =>
    fetch(`${api.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('exports the filtered overview as CSV in the chosen language', async () => {
    const res = await get('/api/reports/overview.csv?hamlet=Lammari&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    // The first line says which filters made the file, the hamlet spelled as given.
    expect(text.split('\r\n').slice(0, 2)).toEqual(['Filters: Lammari', '']);
    expect(text).toContain('Firms;2\r\n');
    expect(text).toContain('Shoe factory;1\r\n');
    expect(text).toContain('Components;1\r\n');
    expect(text).not.toContain('Segromigno');

    const it = await (await get('/api/reports/overview.csv?lang=it')).text();
    expect(it).toContain('Imprese;5\r\n');
    expect(it).toContain('Quota export media pesata per addetti (%);56,3\r\n');
  });

  it('exports each report as a titled PDF', async () => {
    for (const name of ['overview', 'adhesions', 'supply-chain', 'plan', 'startup']) {
      const res = await get(`/api/reports/${name}.pdf?lang=en&kind=SHOE_FACTORY`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const pdf = Buffer.from(await (await get('/api/reports/overview.pdf?lang=it')).arrayBuffer()).toString(
      'latin1',
    );
    expect(pdf).toContain('Panoramica del distretto');
  });

  it('refuses FIRM users, anonymous visitors, unknown reports and bad filters', async () => {
    expect((await get('/api/reports/overview.csv', firmUser)).status).toBe(403);
    expect((await get('/api/reports/overview.csv', null)).status).toBe(401);
    expect((await get('/api/reports/nothing.csv')).status).toBe(404);
    const bad = await get('/api/reports/overview.csv?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { extensions: { field: string } } }).error.extensions.field).toBe(
      'filter.from',
    );
  });
});
