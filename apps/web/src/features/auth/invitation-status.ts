import type { InvitationStatus } from '../../gql/graphql';

/** Why an invitation link cannot be used: its status, "unknown" for no such link, "taken" for an existing account. */
export type InvalidInvitationReason = Exclude<InvitationStatus, 'PENDING'> | 'unknown' | 'taken';

/** From the preview: null while the link can still be used. */
export function invalidInvitationReason(status: InvitationStatus | null): InvalidInvitationReason | null {
  if (status === null) return 'unknown';
  return status === 'PENDING' ? null : status;
}

/** From acceptInvitation's BAD_USER_INPUT on `token`, whose reason is the status in lower case. */
export function refusedInvitationReason(reason: string | null): InvalidInvitationReason {
  switch (reason) {
    case 'expired':
      return 'EXPIRED';
    case 'revoked':
      return 'REVOKED';
    case 'accepted':
      return 'ACCEPTED';
    case 'taken':
      return 'taken';
    default:
      return 'unknown';
  }
}
