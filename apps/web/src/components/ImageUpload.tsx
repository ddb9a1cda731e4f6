import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Notice } from './Notice';
import './ImageUpload.css';

/** Image types the API accepts for uploads (it checks the file's first bytes too). */
const TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export interface ImageUploadProps {
  /** The stored image's address and what it shows; null when there is none. */
  current: { url: string; alt: string } | null;
  /** Where the file is POSTed (raw body, Content-Type of the file). */
  uploadUrl: string;
  maxBytes: number;
  labels: {
    choose: string;
    hint: string;
    upload: string;
    uploaded: string;
    none: string;
    current: string;
    preview: string;
  };
  /** The message for a refusal reason (`<field>_type`, `<field>_size`, or the API's reason). */
  reasonText(reason: string): string;
  /** The field the API names in its errors, e.g. `photo`. */
  field: string;
  /** The file input's id, when something links to it (e.g. "what is missing" lists). */
  inputId?: string;
  /** After a successful upload, with the address the API answered. */
  onUploaded(body: Record<string, unknown>): Promise<void> | void;
}

/**
 * Chooses, previews and uploads an image: type and size are checked here and again by the server, whose
 * refusal is shown with the field's reason. Labels come from the feature that uses it.
 */
export function ImageUpload(props: ImageUploadProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const id = props.inputId ?? generatedId;
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
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
    if (!TYPES.includes(chosen.type)) return setProblem(props.reasonText(`${props.field}_type`));
    if (chosen.size > props.maxBytes) return setProblem(props.reasonText(`${props.field}_size`));
    setFile(chosen);
    setPreview(URL.createObjectURL(chosen));
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const res = await fetch(props.uploadUrl, {
        method: 'POST',
        headers: { 'content-type': file.type },
        body: file,
        credentials: 'same-origin',
      });
      const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
      if (!res.ok) {
        const reason = (body?.error as { extensions?: { reason?: string } } | undefined)?.extensions?.reason;
        setProblem(props.reasonText(reason ?? 'invalid'));
        return;
      }
      await props.onUploaded(body ?? {});
      setFile(null);
      setPreview(null);
      setDone(true);
    } catch {
      setProblem(t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="image-upload">
      <div className="image-upload__images">
        <figure className="image-upload__figure">
          {props.current ? (
            <img src={props.current.url} alt={props.current.alt} className="image-upload__image" />
          ) : (
            <p className="muted">{props.labels.none}</p>
          )}
          <figcaption className="muted">{props.labels.current}</figcaption>
        </figure>
        {preview && (
          <figure className="image-upload__figure">
            <img src={preview} alt={props.labels.preview} className="image-upload__image" />
            <figcaption className="muted">{props.labels.preview}</figcaption>
          </figure>
        )}
      </div>
      <div className={problem ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {props.labels.choose}
        </label>
        <p className="field__description" id={`${id}-hint`}>
          {props.labels.hint}
        </p>
        <input
          id={id}
          type="file"
          accept={TYPES.join(',')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
          onChange={choose}
        />
        {problem && (
          <p className="field__error" id={`${id}-error`}>
            {problem}
          </p>
        )}
      </div>
      <Button type="button" variant="secondary" disabled={!file} busy={busy} onClick={() => void upload()}>
        {props.labels.upload}
      </Button>
      {done && (
        <Notice tone="success" role="status">
          {props.labels.uploaded}
        </Notice>
      )}
    </div>
  );
}
