import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormProblem } from '../../lib/useFormProblem';
import { PasswordField } from '../auth/NewPasswordFields';
import { RecoveryCodes } from './RecoveryCodes';

const RegenerateMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      codes
    }
  }
`);

type Proof = 'password' | 'code';

/**
 * "Generate new recovery codes" (some were used, or may have been seen): proven with the current password
 * or a code from the app, the ten new codes are shown once and the count of codes left is read again.
 */
export function RegenerateRecoveryCodes() {
  const { t } = useTranslation();
  const [regenerate, { loading }] = useMutation(RegenerateMutation, {
    refetchQueries: ['AccountTwoFactor'],
    awaitRefetchQueries: true,
  });
  const form = useFormProblem<Proof>(['password', 'code'], {
    fieldReason: (field, reason) =>
      reason === 'incorrect'
        ? t(field === 'password' ? 'twoFactor.passwordIncorrect' : 'twoFactor.appCodeIncorrect')
        : null,
  });
  const [open, setOpen] = useState(false);
  const [proof, setProof] = useState<Proof>('password');
  const [codes, setCodes] = useState<readonly string[] | null>(null);

  if (codes) {
    return (
      <RecoveryCodes
        codes={codes}
        intro={t('twoFactor.newCodesIntro')}
        onDone={() => {
          setCodes(null);
          setOpen(false);
        }}
      />
    );
  }
  if (!open) {
    return (
      <div className="form__actions">
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('twoFactor.regenerate')}
        </Button>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get(proof) ?? '').trim();
    const required = proof === 'password' ? t('account.currentRequired') : t('twoFactor.codeRequired');
    if (form.refuse(event.currentTarget, { [proof]: !value && required })) return;
    try {
      const { data } = await regenerate({ variables: { input: { [proof]: value } } });
      setCodes(data?.regenerateRecoveryCodes.codes ?? []);
    } catch (error) {
      form.fail(error);
    }
  };
  const switchTo = (next: Proof) => {
    form.forget(proof);
    setProof(next);
  };

  return (
    <form
      className="form"
      noValidate
      aria-label={t('twoFactor.regenerate')}
      onSubmit={(e) => void onSubmit(e)}
    >
      <p className="muted">{t('twoFactor.regenerateIntro')}</p>
      {form.notice}
      {proof === 'password' ? (
        <PasswordField
          label={t('account.currentPassword')}
          form={form}
          name="password"
          autoComplete="current-password"
        />
      ) : (
        <TextField
          label={t('twoFactor.confirmCode')}
          {...form.field('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          onChange={() => form.forget('code')}
        />
      )}
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('twoFactor.regenerate')}
        </Button>
        <Button variant="secondary" onClick={() => switchTo(proof === 'password' ? 'code' : 'password')}>
          {t(proof === 'password' ? 'twoFactor.useAppCode' : 'twoFactor.usePassword')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('twoFactor.cancel')}
        </Button>
      </div>
    </form>
  );
}
