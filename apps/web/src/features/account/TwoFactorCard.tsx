import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { OutcomeNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useFormProblem } from '../../lib/useFormProblem';
import { QueryState } from '../shell/QueryState';
import { RegenerateRecoveryCodes } from './RegenerateRecoveryCodes';
import { TwoFactorSetup } from './TwoFactorSetup';

const TwoFactorQuery = graphql(`
  query AccountTwoFactor {
    myTwoFactor {
      enabled
      enabledAt
      required
      recoveryCodesLeft
    }
  }
`);

const DisableMutation = graphql(`
  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input)
  }
`);

/**
 * "Il mio account": whether two-factor sign-in is on; turning it on (enrolment) or off (with the password);
 * new recovery codes while it is on.
 */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const result = useQuery(TwoFactorQuery, { fetchPolicy: 'network-only' });
  const [disable, { loading: disabling }] = useMutation(DisableMutation, {
    refetchQueries: ['AccountTwoFactor', 'AppLayout'],
    awaitRefetchQueries: true,
  });
  const [enrolling, setEnrolling] = useState(false);
  const { fail, refuse, forget, field, notice } = useFormProblem(['password'], {
    fieldReason: () => t('twoFactor.passwordIncorrect'),
  });
  const [done, setDone] = useState(false);

  const onDisable = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setDone(false);
    if (refuse(event.currentTarget, { password: !password && t('account.currentRequired') })) return;
    try {
      await disable({ variables: { input: { password } } });
      setDone(true);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Card title={t('twoFactor.title')}>
      <OutcomeNotice outcome={done ? { tone: 'success', text: t('twoFactor.disabled') } : null} />
      <QueryState result={result}>
        {({ myTwoFactor: status }) =>
          status.enabled ? (
            <>
              <p>
                {t('twoFactor.statusOn', {
                  date: status.enabledAt ? format.date(status.enabledAt) : '—',
                  count: status.recoveryCodesLeft,
                })}
              </p>
              <RegenerateRecoveryCodes />
              <form className="form" noValidate onSubmit={(e) => void onDisable(e)}>
                <p className="muted">
                  {t('twoFactor.disableIntro')} {status.required && t('twoFactor.disableRequired')}
                </p>
                {notice}
                <TextField
                  label={t('account.currentPassword')}
                  {...field('password')}
                  type="password"
                  autoComplete="current-password"
                  required
                  onChange={() => forget('password')}
                />
                <div className="form__actions">
                  <Button type="submit" variant="danger" busy={disabling}>
                    {t('twoFactor.disable')}
                  </Button>
                </div>
              </form>
            </>
          ) : enrolling ? (
            <TwoFactorSetup
              onDone={() => {
                setEnrolling(false);
                void result.refetch();
              }}
            />
          ) : (
            <>
              <p>{t(status.required ? 'twoFactor.statusRequired' : 'twoFactor.statusOff')}</p>
              <div className="form__actions">
                <Button
                  onClick={() => {
                    setDone(false);
                    setEnrolling(true);
                  }}
                >
                  {t('twoFactor.enable')}
                </Button>
              </div>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
