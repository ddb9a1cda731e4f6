import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice } from '../../components/Notice';
import { Table } from '../../components/Table';
import { StatusBadge } from '../../components/StatusBadge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useActionOutcome } from '../../lib/useActionOutcome';
import { RoleCells } from './RoleFields';

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

// The new link goes by mail; the answer redraws the row (new status and expiry) through the cache.
const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      invitation {
        ...InvitationsTable_InvitationFragment
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
  const format = useFormat();
  const invitations = getFragmentData(InvitationsTable_InvitationFragment, props.invitations);
  // The returned id and status update the row through the normalised cache.
  const [revoke] = useMutation(RevokeInvitationMutation);
  const [resend] = useMutation(ResendInvitationMutation);
  const { outcome, busy, run } = useActionOutcome();

  const [ask, confirmation] = useConfirm();

  const onRevoke = async (id: string, email: string) => {
    const sure = await ask({
      title: t('invitations.revokeConfirm', { email }),
      confirmLabel: t('invitations.revoke'),
      danger: true,
    });
    if (!sure) return;
    await run(() => revoke({ variables: { id } }), {
      busy: `${id}:revoke`,
      done: t('invitations.revoked', { email }),
    });
  };

  const onResend = (id: string, email: string) =>
    run(() => resend({ variables: { id } }), {
      busy: `${id}:resend`,
      done: t('invitations.resent', { email }),
    });

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
                  <RoleCells role={inv.role} firm={inv.firm} />
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
                          busy={busy === `${inv.id}:resend`}
                          aria-label={t('invitations.resendLabel', { email: inv.email })}
                          onClick={() => void onResend(inv.id, inv.email)}
                        >
                          {t('invitations.resend')}
                        </Button>
                      )}
                      {inv.status === 'PENDING' && (
                        <Button
                          variant="danger"
                          busy={busy === `${inv.id}:revoke`}
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
