import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { OutcomeNotice, type Outcome } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFailureText } from '../../lib/useErrorMessage';
import { useFormProblem } from '../../lib/useFormProblem';
import { checkNewPassword, NewPasswordFields, PasswordField } from '../auth/NewPasswordFields';
import { QueryState } from '../shell/QueryState';
import { ChangeEmailForm } from './ChangeEmailForm';
import { TwoFactorCard } from './TwoFactorCard';
import { lazyWithTranslations } from '../../i18n/lazy';

const NotificationPreferences = lazyWithTranslations(
  ['notifications'],
  () => import('../notifications/NotificationPreferences'),
  (m) => m.NotificationPreferences,
);

const AccountPageQuery = graphql(`
  query AccountPage {
    mySessions(first: 50) {
      id
      userAgent
      ip
      lastSeenAt
      current
    }
  }
`);

const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

const EndOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** "Chrome 131 on Linux"-like, from a User-Agent; the raw string when nothing is recognised. */
function browserName(userAgent: string | null, unknown: string): string {
  if (!userAgent) return unknown;
  const browser = /(Edg|Firefox|Chrome|Safari)\/(\d+)/.exec(userAgent);
  const os = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/.exec(userAgent);
  if (!browser) return userAgent.slice(0, 60);
  const name = browser[1] === 'Edg' ? 'Edge' : browser[1];
  return os ? `${name} ${browser[2]} · ${os[1] === 'Mac OS X' ? 'macOS' : os[1]}` : `${name} ${browser[2]}`;
}

function Sessions() {
  const { t } = useTranslation();
  const format = useFormat();
  const failureText = useFailureText();
  const result = useQuery(AccountPageQuery, { fetchPolicy: 'network-only' });
  const [endOne, { loading: endingOne }] = useMutation(EndSessionMutation);
  const [endOthers, { loading: endingOthers }] = useMutation(EndOtherSessionsMutation);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (action: () => Promise<string>) => {
    setOutcome(null);
    try {
      setOutcome({ tone: 'success', text: await action() });
    } catch (error) {
      setOutcome({ tone: 'error', text: failureText(error) });
    }
    await result.refetch();
  };

  return (
    <Card title={t('account.sessions')}>
      <OutcomeNotice outcome={outcome} />
      <QueryState result={result}>
        {(data) => (
          <>
            <Table
              caption={t('account.sessionsCaption')}
              captionHidden
              stacked
              columns={[
                t('account.browser'),
                t('account.address'),
                t('account.lastSeen'),
                t('account.actions'),
              ]}
            >
              <tbody>
                {data.mySessions.map((s) => {
                  const browser = browserName(s.userAgent ?? null, t('account.unknownBrowser'));
                  return (
                    <tr key={s.id}>
                      <th scope="row">{browser}</th>
                      <td>{s.ip ?? '—'}</td>
                      <td className="table__nowrap">
                        <time dateTime={s.lastSeenAt}>{format.dateTime(s.lastSeenAt)}</time>
                      </td>
                      <td>
                        {s.current ? (
                          t('account.thisSession')
                        ) : (
                          <Button
                            variant="secondary"
                            busy={endingOne}
                            aria-label={t('account.endLabel', { browser })}
                            onClick={() =>
                              void run(async () => {
                                await endOne({ variables: { id: s.id } });
                                return t('account.ended');
                              })
                            }
                          >
                            {t('account.end')}
                          </Button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            {data.mySessions.some((s) => !s.current) && (
              <Button
                variant="secondary"
                busy={endingOthers}
                onClick={() =>
                  void run(async () => {
                    const res = await endOthers();
                    return t('account.endedOthers', { count: res.data?.endOtherSessions ?? 0 });
                  })
                }
              >
                {t('account.endOthers')}
              </Button>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const form = useFormProblem(['currentPassword', 'newPassword', 'confirm'], {
    fieldReason: (field) => (field === 'currentPassword' ? t('account.currentIncorrect') : null),
  });
  const [done, setDone] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const data = new FormData(formElement);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const { password, confirm } = checkNewPassword(newPassword, String(data.get('confirm') ?? ''), t);
    setDone(false);
    const refused = form.refuse(formElement, {
      currentPassword: !currentPassword && t('account.currentRequired'),
      newPassword: password,
      confirm,
    });
    if (refused) return;
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
    } catch (error) {
      form.fail(error);
      return;
    }
    formElement.reset();
    setDone(true);
  };

  return (
    <Card title={t('account.changePassword')}>
      <OutcomeNotice outcome={done ? { tone: 'success', text: t('account.changed') } : null} />
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {form.notice}
        <PasswordField
          label={t('account.currentPassword')}
          form={form}
          name="currentPassword"
          autoComplete="current-password"
        />
        <NewPasswordFields label={t('account.newPassword')} form={form} name="newPassword" />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('account.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** The signed-in person's own account: where they are signed in, and their password. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.intro')} />
      <div className="stack">
        <Sessions />
        <ChangePasswordForm />
        <ChangeEmailForm />
        <TwoFactorCard />
        <NotificationPreferences />
      </div>
    </>
  );
}
