import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { describeError } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { ClaimProgress_ClaimFragment } from './ClaimForm';
import { ClaimDocumentForm } from './ClaimDocumentForm';

const VerifyClaimCodeMutation = graphql(`
  mutation VerifyClaimCode($input: VerifyClaimCodeInput!) {
    verifyClaimCode(input: $input) {
      id
      ...ClaimProgress_ClaimFragment
    }
  }
`);

type ClaimRef = FragmentType<typeof ClaimProgress_ClaimFragment>;

/** Step three: the code from the PEC, or a document, then where the claim stands. */
export function ClaimProgress(props: { token: string; claim: ClaimRef; onChange(claim: ClaimRef): void }) {
  const { t } = useTranslation('claims');
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const claim = getFragmentData(ClaimProgress_ClaimFragment, props.claim);
  const [verify, { loading }] = useMutation(VerifyClaimCodeMutation);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [wantsDocument, setWantsDocument] = useState(false);
  const [uploaded, setUploaded] = useState(false);

  const onVerify = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('code.format'));
      return;
    }
    setCodeError(null);
    try {
      const { data } = await verify({ variables: { input: { token: props.token, code } } });
      if (data) props.onChange(data.verifyClaimCode);
    } catch (error) {
      const problem = describeError(error, ['code']);
      const first = (error as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0];
      const left = typeof first?.extensions?.triesLeft === 'number' ? first.extensions.triesLeft : 0;
      if (problem.reason === 'wrong') setCodeError(t('code.wrong', { count: left }));
      else if (
        problem.reason === 'expired' ||
        problem.reason === 'no_tries_left' ||
        problem.reason === 'no_code'
      ) {
        setWantsDocument(true);
        setCodeError(t(problem.reason === 'expired' ? 'code.expired' : 'code.failed'));
      } else setCodeError(errorMessage(problem.form));
    }
  };

  const email = { email: claim.email };
  if (uploaded || claim.status === 'IN_REVIEW') {
    return (
      <Notice tone="success" role="status">
        {t('status.IN_REVIEW', email)}
      </Notice>
    );
  }
  if (claim.status === 'APPROVED' || claim.status === 'AWAITING_MANAGER' || claim.status === 'REJECTED') {
    return (
      <Notice tone={claim.status === 'REJECTED' ? 'error' : 'success'} role="status">
        {t(`status.${claim.status}`, email)}
      </Notice>
    );
  }
  const codeOpen = claim.status === 'CODE_SENT' && !wantsDocument;
  return (
    <>
      {codeOpen && (
        <form className="form card" noValidate onSubmit={(e) => void onVerify(e)}>
          <Notice tone="info" role="status">
            {t('code.sent', {
              pec: claim.pecHint ?? '',
              until: claim.codeExpiresAt ? format.dateTime(claim.codeExpiresAt) : '',
            })}
          </Notice>
          <TextField
            label={t('code.label')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            error={codeError}
            onChange={() => setCodeError(null)}
          />
          <div className="form__actions">
            <Button type="submit" busy={loading}>
              {t('code.submit')}
            </Button>
            <Button type="button" variant="quiet" onClick={() => setWantsDocument(true)}>
              {t('code.pecOutdated')}
            </Button>
          </div>
        </form>
      )}
      {!codeOpen && (
        <>
          {codeError && (
            <Notice tone="error" role="alert">
              {codeError}
            </Notice>
          )}
          <ClaimDocumentForm token={props.token} onUploaded={() => setUploaded(true)} />
        </>
      )}
    </>
  );
}
