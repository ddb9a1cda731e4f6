import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice, type Outcome } from '../../components/Notice';
import { Table } from '../../components/Table';
import { StatusBadge } from '../../components/StatusBadge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useFailureText } from '../../lib/useErrorMessage';

export const InvitationsTable_InvitationFragment = graphql(`
  fragment InvitationsTable_InvitationFragment on Invitation {
    id
    email
    role
    status
    expiresAt
    firm {
      id
      legalName
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      acceptUrl
      invitation {
        id
        status
        expiresAt
      }
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

/** Invitations with their status; a pending one can be revoked. */
export function InvitationsTable(props: {
  invitations: readonly FragmentType<typeof InvitationsTable_InvitationFragment>[];
}) {
  const { t } = useTranslation('users');
  const failureText = useFailureText();
  const format = useFormat();
  const invitations = getFragmentData(InvitationsTable_InvitationFragment, props.invitations);
  // The returned id and status update the row through the normalised cache.
  const [revoke] = useMutation(RevokeInvitationMutation);
  const [resend] = useMutation(ResendInvitationMutation);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const [ask, confirmation] = useConfirm();

  const onRevoke = async (id: string, email: string) => {
    const sure = await ask({
      title: t('invitations.revokeConfirm', { email }),
      confirmLabel: t('invitations.revoke'),
      danger: true,
    });
    if (!sure) return;
    setRevoking(id);
    setOutcome(null);
    try {
      await revoke({ variables: { id } });
      setOutcome({ tone: 'success', text: t('invitations.revoked', { email }) });
    } catch (error) {
      setOutcome({ tone: 'error', text: failureText(error) });
    } finally {
      setRevoking(null);
    }
  };

  const onResend = async (id: string, email: string) => {
    setResending(id);
    setOutcome(null);
    try {
      await resend({ variables: { id } });
      setOutcome({ tone: 'success', text: t('invitations.resent', { email }) });
    } catch (error) {
      setOutcome({ tone: 'error', text: failureText(error) });
    } finally {
      setResending(null);
    }
  };

  const pending = invitations.filter((i) => i.status === 'PENDING').length;

  return (
    <>
      {confirmation}
      <OutcomeNotice outcome={outcome} />
      {invitations.length === 0 ? (
        <EmptyState message={t('invitations.noPending')} />
      ) : (
        <>
          <p className="muted">
            {pending === 0 ? t('invitations.noPending') : t('invitations.pending', { count: pending })}
          </p>
          <Table
            caption={t('invitations.caption')}
            captionHidden
            columns={[
              t('invitations.email'),
              t('invitations.role'),
              t('invitations.firm'),
              t('invitations.status'),
              t('invitations.expires'),
              t('invitations.actions'),
            ]}
          >
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <th scope="row">{inv.email}</th>
                  <td>{t(`enums.Role.${inv.role}`)}</td>
                  <td>{inv.firm?.legalName ?? '—'}</td>
                  <td>
                    <StatusBadge kind="InvitationStatus" status={inv.status} />
                  </td>
                  <td className="table__nowrap">
                    <time dateTime={inv.expiresAt}>{format.date(inv.expiresAt)}</time>
                  </td>
                  <td>
                    <div className="form__actions">
                      {(inv.status === 'PENDING' || inv.status === 'EXPIRED') && (
                        <Button
                          variant="secondary"
                          busy={resending === inv.id}
                          aria-label={t('invitations.resendLabel', { email: inv.email })}
                          onClick={() => void onResend(inv.id, inv.email)}
                        >
                          {t('invitations.resend')}
                        </Button>
                      )}
                      {inv.status === 'PENDING' && (
                        <Button
                          variant="danger"
                          busy={revoking === inv.id}
                          aria-label={t('invitations.revokeLabel', { email: inv.email })}
                          onClick={() => void onRevoke(inv.id, inv.email)}
                        >
                          {t('invitations.revoke')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
