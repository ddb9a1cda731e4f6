import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useFieldIds } from '../../components/field';
import { UploadError, uploadRegistryFile } from './upload';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 20 * 1024 * 1024;

/** Step 1: choose a CSV or XLSX registry file and upload it; the new import opens below. */
export function UploadForm({ onUploaded }: { onUploaded: (id: string) => void }) {
  const { t } = useTranslation('registryImport');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useFieldIds(undefined, true, error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!file) {
      setError(t('upload.required'));
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t('upload.tooLarge'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const uploaded = await uploadRegistryFile(file);
      onUploaded(uploaded.id);
    } catch (e) {
      setError(t(e instanceof UploadError ? e.key : 'errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={ids.controlId}>
          {t('upload.file')}
        </label>
        <p className="field__description" id={ids.descriptionId}>
          {t('upload.fileHelp')}
        </p>
        <input
          id={ids.controlId}
          name="file"
          type="file"
          accept={ACCEPT}
          required
          className="field__control"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={() => setError(null)}
        />
        {error && (
          <p className="field__error" id={ids.errorId} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {t('upload.submit')}
        </Button>
      </div>
    </form>
  );
}
