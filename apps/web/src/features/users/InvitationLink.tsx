import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/format';

/**
 * The one-time link of a new invitation. The API returns it only once (it stores a hash), so the page
 * says so plainly and offers to copy it.
 */
export function InvitationLink({
  email,
  url,
  expiresAt,
  onDone,
}: {
  email: string;
  url: string;
  expiresAt: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('users');
  const format = useFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);

  // Bring keyboard and screen-reader users to the result of their action.
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };

  return (
    <div className="invitation-link">
      <h3 ref={headingRef} tabIndex={-1} className="invitation-link__title">
        {t('invite.createdHeading', { email })}
      </h3>
      <p>{t('invite.linkOnce', { date: format.dateTime(expiresAt) })}</p>
      <TextField
        label={t('invite.linkLabel')}
        value={url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        className="invitation-link__url"
      />
      <div className="form__actions">
        <Button onClick={() => void copy()}>{t('invite.copy')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('invite.another')}
        </Button>
      </div>
      <p role="status" className="muted">
        {copyStatus === 'copied' && t('invite.copied')}
        {copyStatus === 'failed' && t('invite.copyFailed')}
      </p>
    </div>
  );
}
