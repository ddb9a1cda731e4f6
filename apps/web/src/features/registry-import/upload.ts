/** What the upload endpoint answers on success. */
export interface UploadedImport {
  id: string;
  version: number;
}

/** Why an upload was refused, as a translation key of `upload` or `errors`. */
export type UploadFailure =
  | 'upload.tooLarge'
  | 'upload.tooManyRows'
  | 'upload.tooLargeUncompressed'
  | 'upload.unreadable'
  | 'upload.noHeader'
  | 'upload.duplicateColumns'
  | 'upload.required'
  | 'upload.invalidFileName'
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
  too_large: 'upload.tooLarge',
  too_many_rows: 'upload.tooManyRows',
  too_large_uncompressed: 'upload.tooLargeUncompressed',
  unsupported_format: 'upload.unreadable',
  unreadable: 'upload.unreadable',
  no_header: 'upload.noHeader',
  duplicate_columns: 'upload.duplicateColumns',
  no_file: 'upload.required',
  invalid_characters: 'upload.invalidFileName',
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
  if (res.status === 413) throw new UploadError('upload.tooLarge');
  if (code === 'UNAUTHENTICATED') throw new UploadError('errors.signInRequired');
  if (code === 'FORBIDDEN') throw new UploadError('errors.forbidden');
  throw new UploadError(REASONS[reason] ?? 'errors.unexpected');
}
