import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApi, type TestApi } from '../../test/harness.js';

let api: TestApi;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  const user = await createUser(api.ds, 'CONSULTANT');
  cookie = await api.signIn(user.email, TEST_PASSWORD);
});
afterAll(async () => {
  await api.close();
});

const FILE = Buffer.from('Denominazione;Partita IVA\nDitta S.r.l.;01114601006\n', 'utf8');

/**
 * A multipart body written byte by byte, as an attacker's script sends it (a browser's FormData would
 * escape some of these characters): `disposition` is the part's Content-Disposition parameters.
 */
async function rawUpload(disposition: Buffer) {
  const boundary = '----filiera-attacco';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; `, 'latin1'),
    disposition,
    Buffer.from('\r\nContent-Type: text/csv\r\n\r\n', 'latin1'),
    FILE,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1'),
  ]);
  const res = await fetch(`${api.url}/api/registry-imports`, {
    method: 'POST',
    headers: {
      cookie,
      'x-filiera-upload': '1',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      id?: string;
      error?: { message: string; extensions: Record<string, unknown> };
    },
  };
}

const plain = (name: string) =>
  Buffer.concat([Buffer.from('filename="'), Buffer.from(name, 'utf8'), Buffer.from('"')]);
const encoded = (name: string) => Buffer.from(`filename*=UTF-8''${encodeURIComponent(name)}`, 'latin1');

const stored = async () =>
  ((await api.ds.query(`SELECT count(*)::int AS n FROM registry_import`)) as { n: number }[])[0]!.n;
const fileNameOf = async (id: string) =>
  (
    (await api.ds.query(`SELECT file_name FROM registry_import WHERE id = $1`, [id])) as {
      file_name: string;
    }[]
  )[0]!.file_name;

/** Sends the name and checks the refusal: 400 BAD_USER_INPUT on the field `file`, and nothing stored. */
async function expectRefused(name: Buffer, reason: string, says: string) {
  const before = await stored();
  const res = await rawUpload(name);
  expect(res.status).toBe(400);
  expect(res.body.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason });
  expect(res.body.error?.message).toContain(says);
  expect(await stored()).toBe(before);
}

describe('the name of an uploaded registry file', () => {
  it.each([
    ['a NUL byte', plain('registro\u0000.csv')],
    ['a bell and an escape', plain('registro\u0007\u001b[31m.csv')],
  ])('is refused as a malformed upload when %s is sent raw in the part header', async (_what, name) => {
    await expectRefused(name, 'malformed', 'not well-formed');
    // The connection is still good for the next request.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it.each([
    ['a NUL byte, percent-encoded', encoded('registro\u0000.csv'), 'NUL'],
    ['a line break, percent-encoded', encoded('registro\r\nX-Injected: 1.csv'), 'control characters'],
    ['a tab', plain('registro\t.csv'), 'control characters'],
    ['a C1 control', encoded('registro\u0085.csv'), 'control characters'],
    ['a right-to-left override (a spoofed extension)', plain('fattura\u202Evsc.exe'), 'bidirectional'],
    ['a right-to-left isolate', encoded('registro\u2067.csv'), 'bidirectional'],
  ])('is refused when it holds %s, naming the field, and nothing is stored', async (_what, name, says) => {
    await expectRefused(name, 'invalid_characters', says);
  });

  it('is kept as the person wrote it, in NFC, however the browser encoded it', async () => {
    // A browser sends the UTF-8 bytes as they are; a script may send a decomposed "à" (a + U+0300).
    const raw = await rawUpload(plain('Città di Capannori.csv'));
    expect(raw.status).toBe(201);
    expect(await fileNameOf(raw.body.id!)).toBe('Citt\u00e0 di Capannori.csv');
    const decomposed = await rawUpload(encoded('Citta\u0300 di Capannori.csv'));
    expect(decomposed.status).toBe(201);
    expect(await fileNameOf(decomposed.body.id!)).toBe('Citt\u00e0 di Capannori.csv');
    // A path is not kept: only its last part.
    const path = await rawUpload(plain('..\\..\\etc/registro.csv'));
    expect(await fileNameOf(path.body.id!)).toBe('registro.csv');
  });
});
