import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice } from '../../components/Notice';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useActionOutcome } from '../../lib/useActionOutcome';
import { useCapabilityLabel, withParties } from './labels';
import './supply-chain.css';

export const PendingRequests_SupplyLinkFragment = graphql(`
  fragment PendingRequests_SupplyLinkFragment on SupplyLink {
    id
    version
    since
    sharePercent
    yearlyVolumePairs
    note
    recordedOnBehalf
    viewerCanDecide
    ...SupplyLinkParties_SupplyLinkFragment
    declaredBy {
      id
      legalName
    }
  }
`);

/** What a decision changes on a link, for the cache (confirm and reject answer the same). */
graphql(`
  fragment PendingRequests_DecidedFragment on SupplyLink {
    id
    status
    version
    viewerCanDecide
    viewerCanEnd
  }
`);

const ConfirmSupplyLinkMutation = graphql(`
  mutation ConfirmSupplyLink($id: ID!, $version: Int!) {
    confirmSupplyLink(id: $id, version: $version) {
      ...PendingRequests_DecidedFragment
    }
  }
`);

const RejectSupplyLinkMutation = graphql(`
  mutation RejectSupplyLink($id: ID!, $version: Int!) {
    rejectSupplyLink(id: $id, version: $version) {
      ...PendingRequests_DecidedFragment
    }
  }
`);

/** Every view that shows links or requests refreshes after a decision. */
export const SUPPLY_LINK_QUERIES = [
  'FirmDashboardPending',
  'FirmSupplyChainPage',
  'FirmSupplyLinks',
  'SupplyGraph',
];

/** DECLARED links waiting for the viewer's firm, with confirm and reject on each. */
export function PendingRequests(props: {
  links: readonly FragmentType<typeof PendingRequests_SupplyLinkFragment>[];
}) {
  const { t } = useTranslation('supplyChain');
  const format = useFormat();
  const capabilityLabel = useCapabilityLabel();
  const links = getFragmentData(PendingRequests_SupplyLinkFragment, props.links).map(withParties);
  const { outcome: status, busy, run } = useActionOutcome();
  const [confirm] = useMutation(ConfirmSupplyLinkMutation, { refetchQueries: SUPPLY_LINK_QUERIES });
  const [reject] = useMutation(RejectSupplyLinkMutation, { refetchQueries: SUPPLY_LINK_QUERIES });

  const [ask, confirmation] = useConfirm();
  const decide = async (id: string, version: number, outcome: 'confirm' | 'reject', text: string) => {
    if (
      outcome === 'reject' &&
      !(await ask({
        title: t('pending.rejectConfirm', { text }),
        confirmLabel: t('pending.reject'),
        danger: true,
      }))
    )
      return;
    await run(() => (outcome === 'confirm' ? confirm : reject)({ variables: { id, version } }), {
      busy: `${id}:${outcome}`,
      done: t(outcome === 'confirm' ? 'pending.confirmed' : 'pending.rejected'),
    });
  };

  return (
    <div className="stack">
      {confirmation}
      <OutcomeNotice outcome={status} />
      {links.length === 0 ? (
        <EmptyState message={t('pending.empty')} />
      ) : (
        <ul className="sc-list stack">
          {links.map((link) => {
            const text = t('pending.supplies', {
              supplier: link.supplier.legalName,
              customer: link.customer.legalName,
              capability: capabilityLabel(link.capability),
            });
            return (
              <li key={link.id} className="sc-item">
                <p>
                  <strong>{text}</strong>
                </p>
                <p className="muted">
                  {link.declaredBy
                    ? t('pending.declaredBy', { name: link.declaredBy.legalName })
                    : t('links.onBehalf')}
                  {link.since && (
                    <>
                      {' · '}
                      {t('links.since')} <time dateTime={link.since}>{format.date(link.since)}</time>
                    </>
                  )}
                  {link.sharePercent !== null && link.sharePercent !== undefined && (
                    <>
                      {' '}
                      · {t('links.share')} {format.number(link.sharePercent)}%
                    </>
                  )}
                </p>
                {link.viewerCanDecide && (
                  <div className="form__actions">
                    <Button
                      busy={busy === `${link.id}:confirm`}
                      aria-label={t('pending.confirmLabel', { text })}
                      onClick={() => void decide(link.id, link.version, 'confirm', text)}
                    >
                      {t('pending.confirm')}
                    </Button>
                    <Button
                      variant="secondary"
                      busy={busy === `${link.id}:reject`}
                      aria-label={t('pending.rejectLabel', { text })}
                      onClick={() => void decide(link.id, link.version, 'reject', text)}
                    >
                      {t('pending.reject')}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
