import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadRegistryFile, UploadError } from './upload';

const file = () => new File(['Denominazione;Partita IVA\n'], 'registro.csv', { type: 'text/csv' });

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploadRegistryFile', () => {
  it('posts the file as multipart with the anti-CSRF header and returns the new import', async () => {
    const fetchMock = answer(201, { id: 'abc', version: 1, columns: [] });
    await expect(uploadRegistryFile(file())).resolves.toEqual({ id: 'abc', version: 1 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/registry-imports');
    expect(init.headers).toEqual({ 'x-filiera-upload': '1' });
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it.each([
    [413, { error: { extensions: { code: 'BAD_USER_INPUT', reason: 'too_large' } } }, 'upload.tooLarge'],
    [
      400,
      { error: { extensions: { code: 'BAD_USER_INPUT', reason: 'unsupported_format' } } },
      'upload.unreadable',
    ],
    [
      400,
      { error: { extensions: { code: 'BAD_USER_INPUT', reason: 'duplicate_columns' } } },
      'upload.duplicateColumns',
    ],
    [
      400,
      { error: { extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'invalid_characters' } } },
      'upload.invalidFileName',
    ],
    [403, { error: { extensions: { code: 'FORBIDDEN' } } }, 'errors.forbidden'],
    [401, { error: { extensions: { code: 'UNAUTHENTICATED' } } }, 'errors.signInRequired'],
    [500, { error: { extensions: { code: 'INTERNAL_SERVER_ERROR' } } }, 'errors.unexpected'],
  ])('turns HTTP %i into the message %#', async (status, body, key) => {
    answer(status, body);
    await expect(uploadRegistryFile(file())).rejects.toEqual(new UploadError(key as UploadError['key']));
  });

  it('says so when the network is down', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await expect(uploadRegistryFile(file())).rejects.toMatchObject({ key: 'errors.network' });
  });
});
