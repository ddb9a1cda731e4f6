import { describe, expect, it } from 'vitest';
import { makePartitaIva } from '@filiera/shared';
import { buildFirm } from '../../test/factories.js';
import { errorOf, useApiWithEveryRole } from '../../test/every-role.js';

const fixture = useApiWithEveryRole();
const { cookies } = fixture;

const ADD = `mutation ($input: AddFirmInput!) { addFirm(input: $input) { id legalName vatNumber municipality ceasedOn } }`;
const SIMILAR = `query ($name: String!, $municipality: String, $vat: String) {
  similarFirms(name: $name, municipality: $municipality, vatNumber: $vat) { firm { id legalName } similarity sameVatNumber } }`;
let progressive = 7_000_000 + Math.floor(Math.random() * 900_000);
const newVat = () => makePartitaIva(progressive++, 46);
const firmCount = async () =>
  (await fixture.api.ds.query(`SELECT count(*)::int AS n FROM firm`))[0].n as number;

describe('adding a firm by hand', () => {
  it('adds a firm with its fields checked, audited', async () => {
    const vatNumber = newVat();
    const res = await fixture.api.gql<{ addFirm: { id: string; vatNumber: string } }>(
      ADD,
      {
        input: {
          legalName: 'Tacchificio Nuovo S.r.l.',
          vatNumber,
          kind: 'COMPONENTS',
          municipality: 'Capannori',
        },
      },
      { cookie: cookies.CONSULTANT },
    );
    expect(res.body.data!.addFirm).toMatchObject({ vatNumber, municipality: 'Capannori', ceasedOn: null });
    const audit = await fixture.api.ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [
      res.body.data!.addFirm.id,
    ]);
    expect(audit).toEqual([{ action: 'ADD_FIRM' }]);

    const bad = await fixture.api.gql(
      ADD,
      {
        input: {
          legalName: 'Ditta',
          vatNumber: '12345678901',
          kind: 'SERVICES',
          municipality: 'Capannori',
          postcode: '5501',
        },
      },
      { cookie: cookies.ADMIN },
    );
    expect(errorOf(bad.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vatNumber' });
    expect((errorOf(bad.body)!.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'vatNumber',
      'postcode',
    ]);
  });

  it('refuses a Partita IVA already in the registry, naming the firm that has it, and adds nothing', async () => {
    const existing = await buildFirm(fixture.api.ds, { legalName: 'Suolificio Esistente S.p.A.' });
    const before = await firmCount();
    const res = await fixture.api.gql(
      ADD,
      {
        input: {
          legalName: 'Suolificio Doppio S.p.A.',
          vatNumber: `IT ${existing.vatNumber}`,
          kind: 'COMPONENTS',
          municipality: 'Capannori',
        },
      },
      { cookie: cookies.CONSULTANT },
    );
    expect(errorOf(res.body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'vatNumber',
      reason: 'taken',
      existingFirm: { id: existing.id, legalName: 'Suolificio Esistente S.p.A.' },
    });
    expect(res.body.errors![0]!.message).toContain('Suolificio Esistente S.p.A.');
    expect(await firmCount()).toBe(before);
  });

  it('finds similar names in the same municipality, and the firm with the same Partita IVA first', async () => {
    const rossi = await buildFirm(fixture.api.ds, {
      legalName: 'Calzaturificio Rossi Mario S.r.l.',
      municipality: 'Capannori',
    });
    const elsewhere = await buildFirm(fixture.api.ds, {
      legalName: 'Calzaturificio Rossi Mario S.r.l.',
      municipality: 'Lucca',
    });
    const unrelated = await buildFirm(fixture.api.ds, {
      legalName: 'Tomaificio Bianchi',
      municipality: 'Capannori',
    });
    const res = await fixture.api.gql<{
      similarFirms: { firm: { id: string }; similarity: number; sameVatNumber: boolean }[];
    }>(
      SIMILAR,
      { name: 'calzaturificio rossi mario srl', municipality: 'capannori' },
      { cookie: cookies.CONSULTANT },
    );
    const ids = res.body.data!.similarFirms.map((s) => s.firm.id);
    expect(ids).toContain(rossi.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(unrelated.id);
    expect(res.body.data!.similarFirms.find((s) => s.firm.id === rossi.id)!.similarity).toBeGreaterThan(0.5);

    const byVat = await fixture.api.gql<{ similarFirms: { firm: { id: string }; sameVatNumber: boolean }[] }>(
      SIMILAR,
      { name: 'Tutt altro nome', municipality: 'Capannori', vat: unrelated.vatNumber },
      { cookie: cookies.CONSULTANT },
    );
    expect(byVat.body.data!.similarFirms[0]).toMatchObject({
      firm: { id: unrelated.id },
      sameVatNumber: true,
    });
  });

  it('lets only ADMIN and CONSULTANT add firms and look for duplicates (FIRM and CHAMBER: FORBIDDEN)', async () => {
    const before = await firmCount();
    for (const role of ['FIRM', 'CHAMBER'] as const) {
      const add = await fixture.api.gql(
        ADD,
        { input: { legalName: 'Ditta X', vatNumber: newVat(), kind: 'SERVICES', municipality: 'Capannori' } },
        { cookie: cookies[role] },
      );
      expect(errorOf(add.body)?.code).toBe('FORBIDDEN');
      const similar = await fixture.api.gql(SIMILAR, { name: 'Calzaturificio' }, { cookie: cookies[role] });
      expect(errorOf(similar.body)?.code).toBe('FORBIDDEN');
    }
    expect(await firmCount()).toBe(before);
  });
});
