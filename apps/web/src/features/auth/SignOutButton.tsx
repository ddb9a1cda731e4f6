import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { graphql } from '../../gql';
import { forgetSignedIn } from '../../lib/session-hint';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session, forgets everything cached about the person, and goes to /sign-in. */
export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);

  const onClick = async () => {
    setFailed(false);
    try {
      await signOut();
    } catch {
      setFailed(true);
      return;
    }
    forgetSignedIn();
    // The sign-in page then clears the cache (client.clearStore), after this layout has unmounted.
    await navigate('/sign-in', { replace: true });
  };

  return (
    <>
      <Button variant="secondary" busy={loading} onClick={() => void onClick()}>
        {t('header.signOut')}
      </Button>
      {failed && (
        <span role="alert" className="app-header__error">
          {t('header.signOutFailed')}
        </span>
      )}
    </>
  );
}
