import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { reasonKey, type ReasonKey } from './api-problems';
import { fieldId } from './profile-form';

export const LogoUpload_FirmFragment = graphql(`
  fragment LogoUpload_FirmFragment on Firm {
    id
    legalName
    logoUrl
  }
`);

const MAX_BYTES = 512 * 1024;
const TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** Chooses, previews and uploads the firm's logo; type and size are checked here and again on the server. */
export function LogoUpload(props: { firm: FragmentType<typeof LogoUpload_FirmFragment> }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const firm = getFragmentData(LogoUpload_FirmFragment, props.firm);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReasonKey | 'network' | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  // The preview's object URL is released when it is replaced or the component goes away.
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview) : undefined), [preview]);

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    setDone(false);
    setProblem(null);
    setFile(null);
    setPreview(null);
    if (!chosen) return;
    if (!TYPES.includes(chosen.type)) return setProblem('logo_type');
    if (chosen.size > MAX_BYTES) return setProblem('logo_size');
    setFile(chosen);
    setPreview(URL.createObjectURL(chosen));
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const res = await fetch(`/api/firms/${firm.id}/logo`, {
        method: 'POST',
        headers: { 'content-type': file.type },
        body: file,
        credentials: 'same-origin',
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as {
          error?: { extensions?: { reason?: string } };
        } | null;
        setProblem(reasonKey(body?.error?.extensions?.reason ?? 'invalid'));
        return;
      }
      const { logoUrl } = (await res.json()) as { logoUrl: string };
      // The new URL (its version changed) replaces the old image; completeness may change too.
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Firm', id: firm.id }),
        fields: { logoUrl: () => logoUrl },
      });
      await client.refetchQueries({ include: 'active' });
      setFile(null);
      setPreview(null);
      setDone(true);
    } catch {
      setProblem('network');
    } finally {
      setBusy(false);
    }
  };

  const error = problem === 'network' ? t('errors.network') : problem ? t(`firms.reasons.${problem}`) : null;
  return (
    <div className="logo-upload">
      <div className="logo-upload__images">
        <figure className="logo-upload__figure">
          {firm.logoUrl ? (
            <img src={firm.logoUrl} alt={t('firms.logo.alt', { name: firm.legalName })} className="logo" />
          ) : (
            <p className="muted">{t('firms.logo.none')}</p>
          )}
          <figcaption className="muted">{t('firms.logo.current')}</figcaption>
        </figure>
        {preview && (
          <figure className="logo-upload__figure">
            <img src={preview} alt={t('firms.logo.preview')} className="logo" />
            <figcaption className="muted">{t('firms.logo.preview')}</figcaption>
          </figure>
        )}
      </div>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={fieldId('logo')}>
          {t('firms.logo.choose')}
        </label>
        <p className="field__description" id={`${fieldId('logo')}-hint`}>
          {t('firms.logo.hint')}
        </p>
        <input
          id={fieldId('logo')}
          type="file"
          accept={TYPES.join(',')}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId('logo')}-hint${error ? ` ${fieldId('logo')}-error` : ''}`}
          onChange={choose}
        />
        {error && (
          <p className="field__error" id={`${fieldId('logo')}-error`}>
            {error}
          </p>
        )}
      </div>
      <Button variant="secondary" disabled={!file} busy={busy} onClick={() => void upload()}>
        {t('firms.logo.upload')}
      </Button>
      {done && (
        <Notice tone="success" role="status">
          {t('firms.logo.uploaded')}
        </Notice>
      )}
    </div>
  );
}
