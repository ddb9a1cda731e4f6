import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice, SuccessStatus } from '../../components/Notice';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ContractStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useFormProblem } from '../../lib/useFormProblem';

export const ContractStatusBar_NetworkContractFragment = graphql(`
  fragment ContractStatusBar_NetworkContractFragment on NetworkContract {
    id
    version
    status
    nextStatuses
    registrationNumber
    registrationDate
    viewerCanEdit
  }
`);

const ChangeContractStatusMutation = graphql(`
  mutation ChangeContractStatus($input: ChangeContractStatusInput!) {
    changeContractStatus(input: $input) {
      id
      ...ContractStatusBar_NetworkContractFragment
    }
  }
`);

/** How many elements the API said were missing when it refused to leave DRAFT. */
function missingCount(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const list = error.errors[0]?.extensions?.missingElements;
  return Array.isArray(list) ? list.length : null;
}

/** The status, the registration, and a button for each status the contract may move to. */
export function ContractStatusBar(props: {
  contract: FragmentType<typeof ContractStatusBar_NetworkContractFragment>;
}) {
  const { t } = useTranslation('contract');
  const format = useFormat();
  const c = getFragmentData(ContractStatusBar_NetworkContractFragment, props.contract);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const { setProblem, fail, field, notice } = useFormProblem(['registrationNumber', 'registrationDate']);
  const [missing, setMissing] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangeContractStatusMutation, {
    refetchQueries: ['ContractPage'],
  });

  const move = async (status: ContractStatus) => {
    setProblem(null);
    setMissing(null);
    setDone(null);
    try {
      await change({
        variables: {
          input: {
            version: c.version,
            status,
            registrationNumber: status === 'REGISTERED' ? number.trim() || null : null,
            registrationDate: status === 'REGISTERED' ? date || null : null,
          },
        },
      });
      setDone(t('status.moved', { status: t(`statuses.${status}`) }));
    } catch (error) {
      setMissing(missingCount(error));
      fail(error);
    }
  };

  return (
    <Card title={t('status.heading')}>
      <p>
        {t('status.current')}: <strong className="badge">{t(`statuses.${c.status}`)}</strong>
        {c.registrationNumber && c.registrationDate && (
          <>
            {' · '}
            {t('status.registration', {
              number: c.registrationNumber,
              date: format.date(c.registrationDate),
            })}
          </>
        )}
      </p>
      <SuccessStatus message={done} />
      {missing !== null ? (
        <Notice tone="error" role="alert">
          {t('status.incomplete', { count: missing })}
        </Notice>
      ) : (
        notice
      )}
      {c.viewerCanEdit &&
        (c.nextStatuses.length === 0 ? (
          <p className="muted">{t('status.none')}</p>
        ) : (
          <>
            {c.nextStatuses.includes('REGISTERED') && (
              <div className="filters">
                <TextField
                  label={t('status.registrationNumber')}
                  {...field('registrationNumber')}
                  value={number}
                  onChange={(e) => setNumber(e.target.value)}
                />
                <DateField
                  label={t('status.registrationDate')}
                  {...field('registrationDate')}
                  value={date}
                  onChange={setDate}
                />
              </div>
            )}
            <div className="form__actions">
              {c.nextStatuses.map((s) => (
                <Button
                  key={s}
                  variant={s === 'DRAFT' ? 'secondary' : 'primary'}
                  busy={loading}
                  onClick={() => void move(s)}
                >
                  {t('status.moveTo', { status: t(`statuses.${s}`) })}
                </Button>
              ))}
            </div>
          </>
        ))}
    </Card>
  );
}
