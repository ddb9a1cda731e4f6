import { PASSWORD_MIN_LENGTH } from '@filiera/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

export type NewPasswordErrors = Partial<Record<'password' | 'confirm', string>>;

/** What can be told before asking the server: length and the confirmation (strength is the server's). */
export function checkNewPassword(password: string, confirm: string, t: TFunction): NewPasswordErrors {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { password: t('newPassword.tooShort', { count: PASSWORD_MIN_LENGTH }) };
  }
  return confirm === password ? {} : { confirm: t('newPassword.mismatch') };
}

/** A new password and its confirmation, wherever a password is chosen (invitation, reset). */
export function NewPasswordFields({
  label,
  errors,
  onChange,
}: {
  label: string;
  errors: NewPasswordErrors;
  onChange: (field: 'password' | 'confirm') => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={label}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        required
        description={t('newPassword.hint', { count: PASSWORD_MIN_LENGTH })}
        error={errors.password ?? null}
        onChange={() => onChange('password')}
      />
      <TextField
        label={t('newPassword.confirm')}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm ?? null}
        onChange={() => onChange('confirm')}
      />
    </>
  );
}
