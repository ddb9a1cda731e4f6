import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { Notice, OutcomeNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { describeError } from '../../lib/api-errors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useErrorMessage } from '../../lib/useErrorMessage';

const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input)
  }
`);

const LINK_PROBLEMS = ['unknown', 'used', 'expired', 'taken'] as const;
type LinkProblem = (typeof LINK_PROBLEMS)[number];

/**
 * The page behind the link mailed to a new address: one button confirms it (a link that a mail scanner
 * opens changes nothing by itself), then the person signs in with the new address.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('emailChange.confirmTitle'));
  const { token = '' } = useParams();
  const [confirm, { data, error, loading }] = useMutation(ConfirmEmailChangeMutation);

  const problem = error ? describeError(error, ['token', 'newEmail']) : null;
  const reason = problem?.reason ?? null;
  const linkProblem: LinkProblem | null =
    reason && (LINK_PROBLEMS as readonly string[]).includes(reason) ? (reason as LinkProblem) : null;

  return (
    <div className="auth-page">
      <PageHeader title={t('emailChange.confirmTitle')} description={t('emailChange.confirmIntro')} />
      <OutcomeNotice
        outcome={
          data
            ? { tone: 'success', text: t('emailChange.confirmed', { email: data.confirmEmailChange }) }
            : null
        }
      />
      {problem && (
        <Notice tone="error" role="alert">
          {linkProblem ? t(`emailChange.invalid.${linkProblem}`) : errorMessage(problem.form)}
        </Notice>
      )}
      {data ? (
        <p>
          <Link to="/">{t('emailChange.continue')}</Link>
        </p>
      ) : (
        !linkProblem && (
          <div className="form__actions">
            <Button
              busy={loading}
              onClick={() => void confirm({ variables: { input: { token } } }).catch(() => undefined)}
            >
              {t('emailChange.confirm')}
            </Button>
          </div>
        )
      )}
    </div>
  );
}
