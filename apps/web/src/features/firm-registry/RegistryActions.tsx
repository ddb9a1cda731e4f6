import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';

const RegistryActionsQuery = graphql(`
  query RegistryActions {
    me {
      permissions {
        viewerCanManageRegistry
        viewerCanReviewClaims
      }
    }
  }
`);

/**
 * The directory's "Add firm", "Merge duplicates" and "Firm claims" links, for the people who keep the
 * registry (the claims' review queue lives with the directory rather than in the main navigation).
 */
export function RegistryActions() {
  const { t } = useTranslation('firmRegistry');
  const { data } = useQuery(RegistryActionsQuery);
  const permissions = data?.me?.permissions;
  if (!permissions) return null;
  return (
    <>
      {permissions.viewerCanManageRegistry && (
        <>
          <Link className="btn btn--primary" to="/firms/new">
            {t('actions.add')}
          </Link>
          <Link className="btn btn--secondary" to="/firms/merge">
            {t('actions.merge')}
          </Link>
        </>
      )}
      {permissions.viewerCanReviewClaims && (
        <Link className="btn btn--secondary" to="/claims">
          {t('nav.claims')}
        </Link>
      )}
    </>
  );
}

/** On a firm's page: start a merge with this firm as the record that stays. */
export function MergeThisFirmLink(props: { id: string; legalName: string }) {
  const { t } = useTranslation('firmRegistry');
  const { data } = useQuery(RegistryActionsQuery);
  if (!data?.me?.permissions.viewerCanManageRegistry) return null;
  const query = new URLSearchParams({ survivor: props.id, survivorName: props.legalName });
  return <Link to={`/firms/merge?${query.toString()}`}>{t('actions.mergeThis')}</Link>;
}
