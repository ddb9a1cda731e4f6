import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { rememberSignedIn } from '../../lib/session-hint';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormProblem } from '../../lib/useFormProblem';
import { checkNewPassword, NewPasswordFields } from './NewPasswordFields';
import { SecondFactorForm, secondFactorChallenge } from './SecondFactorForm';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
      }
    }
  }
`);

const LINK_PROBLEMS = ['unknown', 'used', 'expired'] as const;
type LinkProblem = (typeof LINK_PROBLEMS)[number];

/** The page behind a reset link: a new password, then straight into the app. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const form = useFormProblem(['password', 'confirm']);
  const [linkProblem, setLinkProblem] = useState<LinkProblem | null>(null);
  const [challenge, setChallenge] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    const errors = checkNewPassword(password, String(data.get('confirm') ?? ''), t);
    if (form.refuse(event.currentTarget, errors)) return;
    try {
      await reset({ variables: { input: { token, password } } });
    } catch (error) {
      // With two-factor sign-in on, the new password is set and the code step follows.
      const next = secondFactorChallenge(error);
      if (next) return setChallenge(next);
      const described = form.fail(error);
      const reason = described.reason as LinkProblem;
      if (
        described.code === 'BAD_USER_INPUT' &&
        !described.fields.password &&
        LINK_PROBLEMS.includes(reason)
      ) {
        setLinkProblem(reason);
      }
      return;
    }
    await signedIn();
  };

  const signedIn = async () => {
    rememberSignedIn();
    await client.clearStore();
    await navigate('/', { replace: true });
  };

  return (
    <div className="auth-page">
      <PageHeader title={t('passwordReset.heading')} description={t('passwordReset.intro')} />
      {challenge ? (
        <SecondFactorForm
          challenge={challenge}
          onSignedIn={signedIn}
          onExpired={() => void navigate('/sign-in')}
        />
      ) : linkProblem ? (
        <>
          <Notice tone="error" role="alert">
            {t(`passwordReset.invalid.${linkProblem}`)}
          </Notice>
          <p>
            <Link to="/forgot-password">{t('passwordReset.askAgain')}</Link>
          </p>
        </>
      ) : (
        <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
          {form.notice}
          <NewPasswordFields label={t('passwordReset.password')} form={form} />
          <div className="form__actions">
            <Button type="submit" busy={loading}>
              {t('passwordReset.submit')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
