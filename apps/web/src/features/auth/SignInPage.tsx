import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { EmailField, TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { focusField } from '../../lib/focus-field';
import { forgetSignedIn, rememberSignedIn } from '../../lib/session-hint';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormProblem } from '../../lib/useFormProblem';
import { useHydrated } from '../../lib/useHydrated';
import { readSignInRedirect } from './redirect';
import { SecondFactorForm, secondFactorChallenge } from './SecondFactorForm';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { ClaimEntry } from '../claims/ClaimEntry';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** E-mail and password; afterwards back to the page the person wanted, or the dashboard. */
export function SignInPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('signIn.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const redirect = readSignInRedirect(location.state);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const { problem, setProblem, fail } = useFormProblem(FIELDS);
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [challenge, setChallenge] = useState<string | null>(null);
  const [challengeExpired, setChallengeExpired] = useState(false);
  const hydrated = useHydrated();

  // Whoever lands here is signed out: forget what was cached for the previous person, and the expiry hint
  // has served its purpose. Done here, once the signed-in layout and its queries are gone, so that no
  // active query refetches into an anonymous cache meanwhile.
  useEffect(() => {
    forgetSignedIn();
    void client.clearStore();
  }, [client]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const nowMissing = { email: email === '', password: password === '' };
    setMissing(nowMissing);
    setProblem(null);
    if (nowMissing.email || nowMissing.password) {
      focusField(event.currentTarget, nowMissing.email ? 'email' : 'password');
      return;
    }
    setChallengeExpired(false);
    try {
      await signIn({ variables: { input: { email, password } } });
    } catch (error) {
      const next = secondFactorChallenge(error);
      if (next) setChallenge(next);
      else fail(error);
      return;
    }
    await signedIn();
  };

  const signedIn = async () => {
    rememberSignedIn();
    await client.clearStore();
    await navigate(redirect.from ?? '/', { replace: true });
  };

  // A field's message goes away as soon as the person changes that field.
  const clearError = (field: Field) => {
    setMissing((m) => (m[field] ? { ...m, [field]: false } : m));
    setProblem((p) => {
      if (!p?.fields[field]) return p;
      const { [field]: _removed, ...fields } = p.fields;
      return { ...p, fields };
    });
  };

  const formError = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem?.form) formError.current?.focus();
  }, [problem]);

  const fieldError = (field: Field): string | null => {
    if (missing[field]) return t(field === 'email' ? 'signIn.emailRequired' : 'signIn.passwordRequired');
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };

  const showRequired = redirect.reason === 'required' && redirect.from !== undefined && redirect.from !== '/';

  if (challenge) {
    return (
      <div className="auth-page">
        <PageHeader title={t('signIn.heading')} description={t('signIn.intro')} />
        <SecondFactorForm
          challenge={challenge}
          onSignedIn={signedIn}
          onExpired={() => {
            setChallenge(null);
            setChallengeExpired(true);
          }}
        />
        <p>
          <Button variant="quiet" onClick={() => setChallenge(null)}>
            {t('twoFactor.back')}
          </Button>
        </p>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <PageHeader title={t('signIn.heading')} description={t('signIn.intro')} />
      {challengeExpired && !problem && <Notice tone="info">{t('twoFactor.challengeExpired')}</Notice>}
      {redirect.reason === 'expired' && !problem && <Notice tone="info">{t('signIn.sessionExpired')}</Notice>}
      {showRequired && !problem && <Notice tone="info">{t('signIn.signInRequired')}</Notice>}
      {problem?.form && (
        // Focus moves here after a refused sign-in, so the reason is read and the page does not sit still.
        <div ref={formError} tabIndex={-1} className="focus-target">
          <Notice tone="error" role="alert">
            {errorMessage(problem.form)}
          </Notice>
        </div>
      )}
      <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
        <EmailField
          label={t('signIn.email')}
          name="email"
          autoComplete="username"
          required
          error={fieldError('email')}
          onChange={() => clearError('email')}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldError('password')}
          onChange={() => clearError('password')}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading} disabled={!hydrated}>
            {t('signIn.submit')}
          </Button>
        </div>
      </form>
      <p>
        <Link to="/forgot-password">{t('passwordReset.forgot')}</Link>
      </p>
      <p className="auth-page__aside">
        {t('signIn.visitor')} <Link to="/showcase">{t('signIn.showcase')}</Link>
      </p>
      <ClaimEntry />
    </div>
  );
}
