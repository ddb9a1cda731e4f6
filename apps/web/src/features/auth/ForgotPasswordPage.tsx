import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { EmailField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormProblem } from '../../lib/useFormProblem';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** "Forgot password": the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.requestTitle'));
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const { problem, setProblem, fail, notice } = useFormProblem(['email']);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    setMissing(email === '');
    setProblem(null);
    if (email === '') return;
    try {
      await request({ variables: { input: { email } } });
      setSentTo(email);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="auth-page">
      <PageHeader title={t('passwordReset.requestHeading')} description={t('passwordReset.requestIntro')} />
      {sentTo ? (
        <Notice tone="success" role="status">
          {t('passwordReset.sent', { email: sentTo })}
        </Notice>
      ) : (
        <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
          {notice}
          <EmailField
            label={t('passwordReset.email')}
            name="email"
            autoComplete="username"
            required
            error={
              missing
                ? t('passwordReset.emailRequired')
                : problem?.fields.email
                  ? t(problem.fields.email.key)
                  : null
            }
            onChange={() => setMissing(false)}
          />
          <div className="form__actions">
            <Button type="submit" busy={loading}>
              {t('passwordReset.send')}
            </Button>
          </div>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t('passwordReset.backToSignIn')}</Link>
      </p>
    </div>
  );
}
