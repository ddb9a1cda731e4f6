import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice, SuccessStatus } from '../../components/Notice';
import { StatusBadge } from '../../components/StatusBadge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useFailureText } from '../../lib/useErrorMessage';
import { AdhesionChecklist } from './AdhesionChecklist';
import './adhesions.css';

export const FirmAdhesionCard_AdhesionFragment = graphql(`
  fragment FirmAdhesionCard_AdhesionFragment on Adhesion {
    id
    version
    status
    contributionEur
    viewerCanWithdraw
    ...AdhesionChecklist_AdhesionFragment
  }
`);

const ExpressInterestMutation = graphql(`
  mutation ExpressInterest {
    expressInterest {
      id
      ...FirmAdhesionCard_AdhesionFragment
    }
  }
`);

const WithdrawOwnAdhesionMutation = graphql(`
  mutation WithdrawOwnAdhesion($input: WithdrawAdhesionInput!) {
    withdrawAdhesion(input: $input) {
      id
      ...FirmAdhesionCard_AdhesionFragment
    }
  }
`);

/** The firm's own adhesion on its dashboard: status, checklist, contribution, interest or withdrawal. */
export function FirmAdhesionCard(props: {
  adhesion: FragmentType<typeof FirmAdhesionCard_AdhesionFragment> | null;
}) {
  const { t } = useTranslation('adhesions');
  const format = useFormat();
  const failureText = useFailureText();
  const a = props.adhesion ? getFragmentData(FirmAdhesionCard_AdhesionFragment, props.adhesion) : null;
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const options = { refetchQueries: ['FirmDashboard'] };
  const [express, expressState] = useMutation(ExpressInterestMutation, options);
  const [withdraw, withdrawState] = useMutation(WithdrawOwnAdhesionMutation, options);

  const run = async (action: () => Promise<unknown>, message: string) => {
    setDone(null);
    setFailure(null);
    try {
      await action();
      setDone(message);
    } catch (error) {
      setFailure(failureText(error));
    }
  };

  const [ask, confirmation] = useConfirm();
  const onWithdraw = async (id: string, version: number) => {
    const sure = await ask({
      title: t('card.confirmWithdraw'),
      confirmLabel: t('card.withdraw'),
      danger: true,
    });
    if (sure) await run(() => withdraw({ variables: { input: { id, version } } }), t('card.withdrawn'));
  };

  const canExpress = !a || a.status === 'WITHDRAWN' || a.status === 'DECLINED';
  return (
    <Card title={t('card.heading')} className="own-adhesion">
      <SuccessStatus message={done} />
      {failure && (
        <Notice tone="error" role="alert">
          {failure}
        </Notice>
      )}
      {!a ? (
        <p>{t('card.none')}</p>
      ) : (
        <>
          <dl className="details">
            <dt>{t('card.status')}</dt>
            <dd>
              <StatusBadge kind="AdhesionStatus" status={a.status} />
            </dd>
            <dt>{t('card.contribution')}</dt>
            <dd>
              {a.contributionEur !== null && a.contributionEur !== undefined
                ? format.euro(a.contributionEur, { cents: true })
                : t('card.noContribution')}
            </dd>
          </dl>
          <AdhesionChecklist adhesion={a} />
        </>
      )}
      {confirmation}
      <div className="form__actions">
        {canExpress && (
          <Button busy={expressState.loading} onClick={() => void run(() => express(), t('card.expressed'))}>
            {t('card.express')}
          </Button>
        )}
        {a?.viewerCanWithdraw && (
          <Button
            variant="danger"
            busy={withdrawState.loading}
            onClick={() => void onWithdraw(a.id, a.version)}
          >
            {t('card.withdraw')}
          </Button>
        )}
      </div>
    </Card>
  );
}
