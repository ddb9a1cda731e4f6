import { PASSWORD_MIN_LENGTH } from '@filiera/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../components/TextField';
import type { FormProblem } from '../../lib/useFormProblem';

export type NewPasswordErrors = Partial<Record<'password' | 'confirm', string>>;

/** What can be told before asking the server: length and the confirmation (strength is the server's). */
export function checkNewPassword(password: string, confirm: string, t: TFunction): NewPasswordErrors {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { password: t('newPassword.tooShort', { count: PASSWORD_MIN_LENGTH }) };
  }
  return confirm === password ? {} : { confirm: t('newPassword.mismatch') };
}

/** A required password input that is its form's field: the form's message beside it, forgotten as it changes. */
export function PasswordField<F extends string>({
  form,
  name,
  ...input
}: Omit<TextFieldProps, 'form' | 'name' | 'type' | 'onChange'> & {
  form: Pick<FormProblem<F>, 'field' | 'forget'>;
  name: F;
}) {
  return (
    <TextField {...input} {...form.field(name)} type="password" required onChange={() => form.forget(name)} />
  );
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
      <PasswordField
        label={label}
        form={form}
        name={name}
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        description={t('newPassword.hint', { count: PASSWORD_MIN_LENGTH })}
      />
      <PasswordField
        label={t('newPassword.confirm')}
        form={form}
        name="confirm"
        autoComplete="new-password"
      />
    </>
  );
}
