import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { describeError } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';

const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($input: CompleteSignInInput!) {
    completeSignIn(input: $input) {
      user {
        id
      }
    }
  }
`);

/** The challenge of signIn's SECOND_FACTOR_REQUIRED answer, or null for any other error. */
export function secondFactorChallenge(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  return extensions?.reason === 'SECOND_FACTOR_REQUIRED' && typeof extensions.challenge === 'string'
    ? extensions.challenge
    : null;
}

/**
 * The second step of signing in: a code from the authenticator app or a recovery code. An expired step
 * (five minutes, or already used) goes back to the password.
 */
export function SecondFactorForm({
  challenge,
  onSignedIn,
  onExpired,
}: {
  challenge: string;
  onSignedIn: () => Promise<void>;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [complete, { loading }] = useMutation(CompleteSignInMutation);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    setFormError(null);
    if (!code) {
      setCodeError(t('twoFactor.codeRequired'));
      input.current?.focus();
      return;
    }
    try {
      await complete({ variables: { input: { challenge, code } } });
    } catch (error) {
      const problem = describeError(error, ['code', 'challenge']);
      if (problem.fields.challenge) return onExpired();
      if (problem.fields.code) setCodeError(t('twoFactor.codeIncorrect'));
      else setFormError(errorMessage(problem.form));
      input.current?.select();
      return;
    }
    await onSignedIn();
  };

  return (
    <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
      <h2 className="card__title">{t('twoFactor.codeHeading')}</h2>
      <p>{t('twoFactor.codeIntro')}</p>
      {formError && (
        <Notice tone="error" role="alert">
          {formError}
        </Notice>
      )}
      <TextField
        ref={input}
        label={t('twoFactor.code')}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={codeError}
        onChange={() => setCodeError(null)}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('twoFactor.verify')}
        </Button>
      </div>
    </form>
  );
}
