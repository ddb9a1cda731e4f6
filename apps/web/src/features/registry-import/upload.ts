/** What the upload endpoint answers on success. */
export interface UploadedImport {
  id: string;
  version: number;
}

/** Why an upload was refused, as a translation key of `registryImport.upload` or `errors`. */
export type UploadFailure =
  | 'registryImport.upload.tooLarge'
  | 'registryImport.upload.tooManyRows'
  | 'registryImport.upload.tooLargeUncompressed'
  | 'registryImport.upload.unreadable'
  | 'registryImport.upload.noHeader'
  | 'registryImport.upload.duplicateColumns'
  | 'registryImport.upload.required'
  | 'registryImport.upload.invalidFileName'
  | 'errors.signInRequired'
  | 'errors.forbidden'
  | 'errors.network'
  | 'errors.unexpected';

export class UploadError extends Error {
  constructor(readonly key: UploadFailure) {
    super(key);
  }
}

const REASONS: Record<string, UploadFailure> = {
  too_large: 'registryImport.upload.tooLarge',
  too_many_rows: 'registryImport.upload.tooManyRows',
  too_large_uncompressed: 'registryImport.upload.tooLargeUncompressed',
  unsupported_format: 'registryImport.upload.unreadable',
  unreadable: 'registryImport.upload.unreadable',
  no_header: 'registryImport.upload.noHeader',
  duplicate_columns: 'registryImport.upload.duplicateColumns',
  no_file: 'registryImport.upload.required',
  invalid_characters: 'registryImport.upload.invalidFileName',
};

/**
 * Sends a registry file to `POST /api/registry-imports` (multipart, with the session cookie and the
 * anti-CSRF header the endpoint requires); throws an UploadError naming what to tell the person.
 */
export async function uploadRegistryFile(file: File): Promise<UploadedImport> {
  const body = new FormData();
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/api/registry-imports', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-filiera-upload': '1' },
      body,
    });
  } catch {
    throw new UploadError('errors.network');
  }
  const json = (await res.json().catch(() => null)) as
    (UploadedImport & { error?: { extensions?: { code?: string; reason?: string } } }) | null;
  if (res.ok && json) return { id: json.id, version: json.version };
  const code = json?.error?.extensions?.code;
  const reason = json?.error?.extensions?.reason ?? '';
  if (res.status === 413) throw new UploadError('registryImport.upload.tooLarge');
  if (code === 'UNAUTHENTICATED') throw new UploadError('errors.signInRequired');
  if (code === 'FORBIDDEN') throw new UploadError('errors.forbidden');
  throw new UploadError(REASONS[reason] ?? 'errors.unexpected');
}
