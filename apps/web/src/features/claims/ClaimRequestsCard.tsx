import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { graphql } from '../../gql';
import { useFailureText } from '../../lib/useErrorMessage';
import './claims.css';

const FirmClaimRequestsQuery = graphql(`
  query FirmClaimRequests {
    firmClaimRequests {
      id
      version
      name
      roleInFirm
      email
    }
  }
`);

const DecideClaimMutation = graphql(`
  mutation DecideClaim($input: ReviewClaimInput!) {
    decideClaim(input: $input) {
      id
      version
      status
    }
  }
`);

/** The manager's card: newcomers asking to join the firm (shown only while someone waits). */
export function ClaimRequestsCard() {
  const { t } = useTranslation('claims');
  const failureText = useFailureText();
  const result = useQuery(FirmClaimRequestsQuery, { fetchPolicy: 'cache-and-network' });
  const [decide, { loading }] = useMutation(DecideClaimMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const requests = result.data?.firmClaimRequests ?? [];
  if (requests.length === 0 && !notice) return null;

  const onDecide = async (claim: (typeof requests)[number], approve: boolean) => {
    setProblem(null);
    try {
      await decide({
        variables: {
          input: {
            id: claim.id,
            version: claim.version,
            approve,
            reason: approve ? null : t('requests.rejectReason'),
          },
        },
      });
      setNotice(t(approve ? 'requests.approved' : 'requests.rejected', { name: claim.name }));
      await result.refetch();
    } catch (error) {
      setProblem(failureText(error));
    }
  };

  return (
    <Card title={t('requests.title')}>
      <p>{t('requests.intro')}</p>
      {notice && (
        <Notice tone="success" role="status">
          {notice}
        </Notice>
      )}
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      <ul className="claim-list">
        {requests.map((claim) => (
          <li key={claim.id} className="spread">
            <span>{t('requests.who', { name: claim.name, role: claim.roleInFirm, email: claim.email })}</span>
            <span className="claim-row__actions">
              <Button
                busy={loading}
                aria-label={t('requests.approveLabel', { name: claim.name })}
                onClick={() => void onDecide(claim, true)}
              >
                {t('requests.approve')}
              </Button>
              <Button
                variant="secondary"
                aria-label={t('requests.rejectLabel', { name: claim.name })}
                onClick={() => void onDecide(claim, false)}
              >
                {t('requests.reject')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
