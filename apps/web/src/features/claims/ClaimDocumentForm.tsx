import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { FieldFrame } from '../../components/FieldFrame';
import { useFieldIds } from '../../components/field';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';

/** The visura or delega, sent as the raw body with the claim's token (the API checks its bytes). */
export function ClaimDocumentForm(props: { token: string; onUploaded(): void }) {
  const { t } = useTranslation('claims');
  const headingId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = useFieldIds(undefined, undefined, fileError);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('document');
    setFailed(false);
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t('document.fileRequired'));
      return;
    }
    if (file.size > 10 * 1024 * 1024) {
      setFileError(t('document.tooLarge'));
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      const res = await fetch(`/api/claims/document?kind=${String(form.get('kind'))}`, {
        method: 'POST',
        headers: { 'content-type': file.type || 'application/octet-stream', 'x-claim-token': props.token },
        body: file,
        credentials: 'same-origin',
      });
      if (res.ok) {
        props.onUploaded();
        return;
      }
      const body = (await res.json().catch(() => null)) as {
        error?: { extensions?: { reason?: string } };
      } | null;
      const reason = body?.error?.extensions?.reason;
      if (reason === 'document_type') setFileError(t('document.wrongType'));
      else if (reason === 'document_size' || res.status === 413) setFileError(t('document.tooLarge'));
      else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form card" noValidate aria-labelledby={headingId} onSubmit={(e) => void onSubmit(e)}>
      <h2 id={headingId}>{t('document.heading')}</h2>
      <p>{t('document.intro')}</p>
      {failed && (
        <Notice tone="error" role="alert">
          {t('document.failed')}
        </Notice>
      )}
      <Select
        label={t('document.kind')}
        name="kind"
        options={[
          { value: 'VISURA', label: t('document.VISURA') },
          { value: 'DELEGA', label: t('document.DELEGA') },
        ]}
      />
      <FieldFrame ids={ids} label={t('document.file')} error={fileError}>
        <input
          id={ids.controlId}
          className="field__control"
          type="file"
          name="document"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={() => setFileError(null)}
        />
      </FieldFrame>
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {t('document.submit')}
        </Button>
      </div>
    </form>
  );
}
