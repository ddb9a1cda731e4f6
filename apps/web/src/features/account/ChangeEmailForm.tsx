import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { OutcomeNotice } from '../../components/Notice';
import { EmailField, TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormProblem } from '../../lib/useFormProblem';

const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input)
  }
`);

/** "Il mio account": a new sign-in address, which changes once the link mailed to it is opened. */
export function ChangeEmailForm() {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(RequestEmailChangeMutation);
  const [local, setLocal] = useState<{ newEmail?: string; password?: string }>({});
  const { problem, setProblem, fail, notice } = useFormProblem(['newEmail', 'password']);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newEmail = String(form.get('newEmail') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors = {
      ...(newEmail ? {} : { newEmail: t('emailChange.emailRequired') }),
      ...(password ? {} : { password: t('account.currentRequired') }),
    };
    setLocal(errors);
    setProblem(null);
    setSentTo(null);
    if (errors.newEmail || errors.password) return;
    try {
      await request({ variables: { input: { newEmail, password } } });
    } catch (error) {
      fail(error);
      return;
    }
    formElement.reset();
    setSentTo(newEmail);
  };

  const newEmailReason = problem?.fields.newEmail ? problem.reason : null;
  const apiNewEmail =
    newEmailReason === 'taken'
      ? t('emailChange.taken')
      : newEmailReason === 'unchanged'
        ? t('emailChange.unchanged')
        : problem?.fields.newEmail
          ? t('emailChange.invalidEmail')
          : null;

  return (
    <Card title={t('emailChange.title')}>
      <OutcomeNotice
        outcome={sentTo ? { tone: 'success', text: t('emailChange.sent', { email: sentTo }) } : null}
      />
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="muted">{t('emailChange.intro')}</p>
        {notice}
        <EmailField
          label={t('emailChange.newEmail')}
          name="newEmail"
          required
          error={local.newEmail ?? apiNewEmail}
          onChange={() => setLocal(({ newEmail: _gone, ...rest }) => rest)}
        />
        <TextField
          label={t('account.currentPassword')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={local.password ?? (problem?.fields.password ? t('account.currentIncorrect') : null)}
          onChange={() => setLocal(({ password: _gone, ...rest }) => rest)}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('emailChange.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
