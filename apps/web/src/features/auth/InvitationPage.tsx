import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { InvitationDetails } from './InvitationDetails';
import { invalidInvitationReason, type InvalidInvitationReason } from './invitation-status';
import { useFailureText } from '../../lib/useErrorMessage';

const InvitationPageQuery = graphql(`
  query InvitationPage($token: String!) {
    invitationPreview(token: $token) {
      status
      ...InvitationDetails_InvitationPreviewFragment
    }
  }
`);

/** The page behind a one-time invitation link: who it is for, then name and password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const failureText = useFailureText();
  useDocumentTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(InvitationPageQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  // Set when accepting fails because the link stopped working meanwhile.
  const [refused, setRefused] = useState<InvalidInvitationReason | null>(null);

  if (loading && !data) return <LoadingState />;
  if (error && !data) {
    return (
      <>
        <PageHeader title={t('invitation.heading')} />
        <ErrorState message={failureText(error)} onRetry={() => void refetch()} />
      </>
    );
  }

  const preview = data?.invitationPreview ?? null;
  const invalid = refused ?? invalidInvitationReason(preview?.status ?? null);
  if (invalid || !preview) {
    const reason = invalid ?? 'unknown';
    return (
      <div className="auth-page">
        <PageHeader title={t(`invitation.invalid.${reason}.title`)} />
        {/* An alert: the person came to act on this link and must learn at once that they cannot. */}
        <Notice tone={reason === 'ACCEPTED' || reason === 'taken' ? 'info' : 'error'} role="alert">
          {t(`invitation.invalid.${reason}.body`)}
        </Notice>
        <p>
          <Link to="/sign-in">{t('invitation.goToSignIn')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <PageHeader title={t('invitation.heading')} description={t('invitation.intro')} />
      <InvitationDetails invitation={preview} />
      <AcceptInvitationForm token={token} onRefused={setRefused} />
    </div>
  );
}
