import { PASSWORD_MIN_LENGTH } from '@filiera/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { FormProblem } from '../../lib/useFormProblem';

export type NewPasswordErrors = Partial<Record<'password' | 'confirm', string>>;

/** What can be told before asking the server: length and the confirmation (strength is the server's). */
export function checkNewPassword(password: string, confirm: string, t: TFunction): NewPasswordErrors {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { password: t('newPassword.tooShort', { count: PASSWORD_MIN_LENGTH }) };
  }
  return confirm === password ? {} : { confirm: t('newPassword.mismatch') };
}

/**
 * A new password and its confirmation, wherever a password is chosen (invitation, reset, account): their
 * messages are the form's (`useFormProblem`), forgotten as the person changes a field. `name` is the
 * password's field, as the API names it (`password` unless told).
 */
export function NewPasswordFields<P extends string = 'password'>({
  label,
  form,
  name = 'password' as P,
}: {
  label: string;
  form: Pick<FormProblem<P | 'confirm'>, 'field' | 'forget'>;
  name?: P;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={label}
        {...form.field(name)}
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        required
        description={t('newPassword.hint', { count: PASSWORD_MIN_LENGTH })}
        onChange={() => form.forget(name)}
      />
      <TextField
        label={t('newPassword.confirm')}
        {...form.field('confirm')}
        type="password"
        autoComplete="new-password"
        required
        onChange={() => form.forget('confirm')}
      />
    </>
  );
}
