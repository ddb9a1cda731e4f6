import iconv from 'iconv-lite';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '@filiera/shared';
import { signInEveryRole } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { importClient, type Upload } from '../../test/registry-import-client.js';
import { FirmEntity } from '../firm/firm.entity.js';
import type { RegistryField } from './registry-fields.js';

export let api: TestApi;
/** The import client, signed in as the CONSULTANT unless told otherwise. */
export let client: ReturnType<typeof importClient>;
export const cookies = {} as Record<Role, string>;

export const upload = (content: Buffer, fileName: string, role: Role | null = 'CONSULTANT') =>
  client.upload(content, fileName, role ? cookies[role] : null);
export const preview = (
  up: { id: string; version: number; mapping: Upload['mapping'] },
  role: Role = 'CONSULTANT',
) => client.preview(up, cookies[role]);
export const apply = (job: { id: string; version: number }, role: Role = 'CONSULTANT') =>
  client.apply(job, cookies[role]);

export const firmCount = async () =>
  (await api.ds.query(`SELECT count(*)::int AS n FROM firm`))[0].n as number;
export const firmByVat = (vat: string) => api.ds.getRepository(FirmEntity).findOneBy({ vatNumber: vat });

/** The columns of the Lucca extract below, each with the firm field its header names. */
export const LATIN1_COLUMNS = [
  ['Denominazione', 'LEGAL_NAME'],
  ['Codice Fiscale', 'TAX_CODE'],
  ['Partita IVA', 'VAT_NUMBER'],
  ['N. REA', 'REA_NUMBER'],
  ['Forma giuridica', 'LEGAL_FORM'],
  ['Indirizzo', 'STREET'],
  ['CAP', 'POSTCODE'],
  ['Comune', 'MUNICIPALITY'],
  ['Frazione', 'HAMLET'],
  ['Provincia', 'PROVINCE'],
  ['Codice ATECO', 'ATECO_CODE'],
  ['Addetti', 'EMPLOYEES'],
  ['Data iscrizione', 'REGISTRATION_DATE'],
] as const satisfies readonly (readonly [string, RegistryField])[];
/** A registry extract as the Chamber of Commerce of Lucca exports it: ";"-separated, Latin-1, with accents. */
export const LATIN1_HEADER = LATIN1_COLUMNS.map(([column]) => column).join(';');
const latin1Lines = [
  LATIN1_HEADER,
  // 2: new shoe factory
  'Calzaturificio Città di Lucca S.r.l.;00743110157;00743110157;LU 123456;Società a responsabilità limitata;Via della Chiesa 12;55018;Capannori;Segromigno in Monte;LU;15.20.10;24;15/03/1998',
  // 3: bad check digit
  'Tomaificio Sbagliato S.n.c.;;00743110158;;S.n.c.;Via Nuova 1;55018;Capannori;Segromigno in Piano;LU;15.20.20;5;01/01/2001',
  // 4: missing name, bad CAP, unknown ATECO
  ';;01114601006;;S.r.l.;Via Roma 3;5501;Capannori;Lammari;LU;15.29.99;3;',
  // 5: new component maker (soles)
  'Suolificio Più Bello S.p.A.;01114601006;01114601006;LU-99887;S.p.A.;Via dei Pini 4;55012;Capannori;Lammari;LU;22.12.00;40;1985-06-01',
  // 6: duplicate of line 2 within the file
  'Calzaturificio Doppione S.r.l.;;00743110157;;S.r.l.;Via X 1;55018;Capannori;;LU;15.20.10;2;',
];
export const latin1File = () => iconv.encode(latin1Lines.join('\r\n') + '\r\n', 'latin1');

/** The set-up every registry-import test file shares: call it once at the top of the file. */
export function useRegistryImportFixture(): void {
  beforeAll(async () => {
    api = await startTestApi();
    client = importClient(api, () => cookies.CONSULTANT);
    await signInEveryRole(api, cookies);
  });
  afterAll(async () => {
    await api.close();
  });
}
