import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFailureText } from '../../lib/useErrorMessage';
import { useFormProblem } from '../../lib/useFormProblem';
import { RecoveryCodes } from './RecoveryCodes';
import './two-factor.css';

const StartMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      qrCode
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($input: ConfirmTwoFactorInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      codes
    }
  }
`);

/** The base32 key in groups of four, easier to type into an app. */
const grouped = (secret: string) => secret.replace(/(.{4})(?!$)/g, '$1 ');

/**
 * Enrolling an authenticator app: starts at once (a new secret each time it is shown), shows the QR code
 * and the key, confirms with a code, then shows the recovery codes once; `onDone` after "continue".
 */
export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [start, started] = useMutation(StartMutation);
  const [confirm, { loading: confirming }] = useMutation(ConfirmMutation);
  const { fail, refuse, forget, field, notice } = useFormProblem(['code'], {
    reasons: { incorrect: { field: 'code', message: t('twoFactor.codeIncorrect') } },
    formReasons: { not_started: t('twoFactor.notStarted') },
  });
  const [codes, setCodes] = useState<readonly string[] | null>(null);

  useEffect(() => {
    start().catch(() => undefined);
  }, [start]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (refuse(event.currentTarget, { code: !code && t('twoFactor.codeRequired') })) return;
    try {
      const { data } = await confirm({ variables: { input: { code } } });
      setCodes(data?.confirmTwoFactorEnrolment.codes ?? []);
    } catch (error) {
      fail(error);
    }
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  if (started.error) {
    return (
      <Notice tone="error" role="alert">
        {failureText(started.error)}
      </Notice>
    );
  }
  const enrolment = started.data?.startTwoFactorEnrolment;
  if (!enrolment) return <LoadingState />;

  return (
    <div className="stack">
      <p>{t('twoFactor.scan')}</p>
      <img
        className="two-factor__qr"
        src={enrolment.qrCode}
        alt={t('twoFactor.qrAlt')}
        width={200}
        height={200}
      />
      <p>
        {t('twoFactor.manual')} <span className="two-factor__key">{grouped(enrolment.secret)}</span>
      </p>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {notice}
        <p>{t('twoFactor.confirmStep')}</p>
        <TextField
          label={t('twoFactor.confirmCode')}
          {...field('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={8}
          required
          onChange={() => forget('code')}
        />
        <div className="form__actions">
          <Button type="submit" busy={confirming}>
            {t('twoFactor.confirm')}
          </Button>
        </div>
      </form>
    </div>
  );
}
