import { describe, expect, it } from 'vitest';
import { makePartitaIva } from '@filiera/shared';
import { createFirm } from '../../test/factories.js';
import { FirmEntity } from '../firm/firm.entity.js';
import { checkRow, suggestMapping } from './registry-fields.js';
import { api, apply, preview, upload, useRegistryImportFixture } from './registry-import.fixture.js';

useRegistryImportFixture();

const firmById = (id: string) => api.ds.getRepository(FirmEntity).findOneByOrFail({ id });

/** Uploads, dry-runs and applies a CSV with the suggested mapping; answers the applied import. */
async function importCsv(lines: string[]) {
  const up = await upload(Buffer.from(lines.join('\n'), 'utf8'), 'registro.csv');
  expect(up.status).toBe(201);
  const dry = (await preview(up.body)).data!.previewRegistryImport;
  const applied = (await apply(dry)).data!.applyRegistryImport;
  return { dry, applied };
}

describe('PEC and cessation from the registry', () => {
  it('maps the PEC (domicilio digitale) and the cessation columns from their Italian headers', () => {
    expect(
      suggestMapping(['Domicilio digitale (PEC)', 'Stato attività', 'Data cessazione']).map((m) => m.field),
    ).toEqual(['PEC', 'STATUS', 'CEASED_ON']);
    expect(suggestMapping(['Domicilio digitale', 'Stato', 'Cessazione']).map((m) => m.field)).toEqual([
      'PEC',
      'STATUS',
      'CEASED_ON',
    ]);
  });

  it('reads a ceased status with its day, a day alone, an active status, and refuses a ceased status without a day', () => {
    const mapping = [
      { column: 'n', field: 'LEGAL_NAME' as const },
      { column: 'v', field: 'VAT_NUMBER' as const },
      { column: 's', field: 'STATUS' as const },
      { column: 'd', field: 'CEASED_ON' as const },
    ];
    const ateco = { known: () => true, from2007: () => null };
    const row = (s: string, d: string) => checkRow({ n: 'Ditta', v: '00743110157', s, d }, mapping, ateco);
    expect(row('CESSATA', '31/03/2024')).toMatchObject({ ok: true, values: { ceasedOn: '2024-03-31' } });
    expect(row('Inattiva', '2023-01-15')).toMatchObject({ ok: true, values: { ceasedOn: '2023-01-15' } });
    expect(row('', '01.02.2022')).toMatchObject({ ok: true, values: { ceasedOn: '2022-02-01' } });
    expect(row('ATTIVA', '')).toMatchObject({ ok: true, values: { ceasedOn: null } });
    expect(row('', '')).toMatchObject({ ok: true, values: { ceasedOn: null } });
    expect(row('cessata', '')).toEqual({
      ok: false,
      problems: [{ code: 'CEASED_ON_MISSING', column: 'd', value: 'cessata' }],
    });
    expect(row('cessata', '31/02/2024')).toEqual({
      ok: false,
      problems: [{ code: 'CEASED_ON_INVALID', column: 'd', value: '31/02/2024' }],
    });
  });

  it('ceases firms by import (status with a day, or a day alone), stores the PEC, and un-ceases a firm re-imported as active', async () => {
    const active = await createFirm(api.ds, { legalName: 'Tomaificio Attivo S.r.l.' });
    const byDay = await createFirm(api.ds, { legalName: 'Suolificio Chiuso S.r.l.' });
    const first = await importCsv([
      'Denominazione;Partita IVA;Domicilio digitale;Stato attività;Data cessazione',
      `Tomaificio Attivo S.r.l.;${active.vatNumber};Tomaificio@PEC.it;cessata;30/06/2025`,
      `Suolificio Chiuso S.r.l.;${byDay.vatNumber};;;15/01/2024`,
    ]);
    expect(first.dry).toMatchObject({ updatedCount: 2, invalidCount: 0 });
    expect(first.applied).toMatchObject({ status: 'APPLIED', updatedCount: 2 });
    expect(await firmById(active.id)).toMatchObject({
      pec: 'tomaificio@pec.it',
      ceasedOn: '2025-06-30',
      version: 2,
    });
    expect(await firmById(byDay.id)).toMatchObject({ ceasedOn: '2024-01-15', pec: null });
    const audit = await api.ds.query(
      `SELECT action, changes FROM audit_entry WHERE entity_id = $1 AND action = 'IMPORT_UPDATE_FIRM'`,
      [active.id],
    );
    expect(audit[0].changes.ceasedOn).toEqual({ before: null, after: '2025-06-30' });

    // The next extract says the firm trades again: the cessation is cleared, the PEC kept.
    const second = await importCsv([
      'Denominazione;Partita IVA;Domicilio digitale;Stato attività;Data cessazione',
      `Tomaificio Attivo S.r.l.;${active.vatNumber};tomaificio@pec.it;ATTIVA;`,
      `Suolificio Chiuso S.r.l.;${byDay.vatNumber};;;15/01/2024`,
    ]);
    expect(second.dry).toMatchObject({ updatedCount: 1, unchangedCount: 1 });
    expect(await firmById(active.id)).toMatchObject({ ceasedOn: null, pec: 'tomaificio@pec.it', version: 3 });
    expect(await firmById(byDay.id)).toMatchObject({ ceasedOn: '2024-01-15', version: 2 });
  });

  it('adds a new firm already ceased, and lists a bad PEC and a ceased row without a day as problems', async () => {
    const progressive = 8_000_000 + Math.floor(Math.random() * 900_000);
    const [ceased, noDay, badPec] = [0, 1, 2].map((i) => makePartitaIva(progressive + i, 46));
    const { dry } = await importCsv([
      'Denominazione;Partita IVA;PEC;Stato;Data cessazione',
      `Calzaturificio Cessato S.r.l.;${ceased};cessato@pec.it;Cessata;2020-12-31`,
      `Ditta Senza Giorno S.r.l.;${noDay};;cessata;`,
      `Ditta Pec Rotta S.r.l.;${badPec};non-una-pec;;`,
    ]);
    expect(dry).toMatchObject({ newCount: 1, invalidCount: 2 });
    expect(dry.problems.edges.map((e) => e.node.reasons[0]!.code)).toEqual([
      'CEASED_ON_MISSING',
      'PEC_INVALID',
    ]);
    const firm = await api.ds.getRepository(FirmEntity).findOneByOrFail({ vatNumber: ceased! });
    expect(firm).toMatchObject({ ceasedOn: '2020-12-31', pec: 'cessato@pec.it' });
  });
});
