import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

/**
 * The ten recovery codes, shown once after enrolment or after new ones were generated (`intro` says which):
 * to copy or download as a text file, then "continue". Focus moves to the heading so the codes are read first.
 */
export function RecoveryCodes({
  codes,
  intro,
  onDone,
}: {
  codes: readonly string[];
  intro?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const text = `${t('twoFactor.codesCaption')} - Filiera\n\n${codes.join('\n')}\n`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;

  return (
    <div className="stack">
      <h3 ref={headingRef} tabIndex={-1} className="card__title">
        {t('twoFactor.codesHeading')}
      </h3>
      <p>{intro ?? t('twoFactor.codesIntro')}</p>
      <ol className="recovery-codes" aria-label={t('twoFactor.codesCaption')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form__actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('twoFactor.copy')}
        </Button>
        <a className="btn btn--secondary" href={href} download="filiera-recovery-codes.txt">
          {t('twoFactor.download')}
        </a>
        <Button onClick={onDone}>{t('twoFactor.done')}</Button>
      </div>
      <p role="status" className="muted">
        {copyStatus === 'copied' && t('twoFactor.copied')}
        {copyStatus === 'failed' && t('twoFactor.copyFailed')}
      </p>
    </div>
  );
}
