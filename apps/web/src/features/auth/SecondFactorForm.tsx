import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormProblem } from '../../lib/useFormProblem';

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
  const [complete, { loading }] = useMutation(CompleteSignInMutation);
  const { fail, refuse, forget, field, notice } = useFormProblem(['code', 'challenge'], {
    fieldReason: (name) => (name === 'code' ? t('twoFactor.codeIncorrect') : null),
  });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (refuse(event.currentTarget, { code: !code && t('twoFactor.codeRequired') })) return;
    try {
      await complete({ variables: { input: { challenge, code } } });
    } catch (error) {
      if (fail(error).fields.challenge) return onExpired();
      input.current?.select();
      return;
    }
    await onSignedIn();
  };

  return (
    <form className="form card" noValidate onSubmit={(e) => void onSubmit(e)}>
      <h2 className="card__title">{t('twoFactor.codeHeading')}</h2>
      <p>{t('twoFactor.codeIntro')}</p>
      {notice}
      <TextField
        ref={input}
        label={t('twoFactor.code')}
        {...field('code')}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        onChange={() => forget('code')}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('twoFactor.verify')}
        </Button>
      </div>
    </form>
  );
}
