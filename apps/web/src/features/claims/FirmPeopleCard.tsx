import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useConfirm } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { EmailField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n/format';
import { useFormProblem } from '../../lib/useFormProblem';
import { QueryState } from '../shell/QueryState';
import './claims.css';

const FirmPeopleQuery = graphql(`
  query FirmPeople {
    firmPeople {
      viewerIsManager
      people {
        id
        version
        name
        email
        isManager
        viewerCanRemove
      }
    }
  }
`);

const InviteColleagueMutation = graphql(`
  mutation InviteColleague($input: InviteColleagueInput!) {
    inviteColleague(input: $input) {
      id
      email
    }
  }
`);

const RemoveColleagueMutation = graphql(`
  mutation RemoveColleague($input: RemoveColleagueInput!) {
    removeColleague(input: $input) {
      id
    }
  }
`);

/** The FIRM dashboard's people: who works for the firm; its manager invites and removes colleagues. */
export function FirmPeopleCard() {
  const { t } = useTranslation('claims');
  const language = useLanguage();
  const result = useQuery(FirmPeopleQuery, { fetchPolicy: 'cache-and-network' });
  const [invite, inviteState] = useMutation(InviteColleagueMutation);
  const [remove] = useMutation(RemoveColleagueMutation);
  const [ask, dialog] = useConfirm();
  const [notice, setNotice] = useState<string | null>(null);
  const { setProblem, fail, field, notice: refusal } = useFormProblem(['email']);

  const onInvite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get('email') ?? '').trim();
    setProblem(null);
    setNotice(null);
    try {
      await invite({ variables: { input: { email, language } } });
      setNotice(t('people.invited', { email }));
      form.reset();
    } catch (error) {
      fail(error);
    }
  };

  const onRemove = async (person: { id: string; version: number; name: string }) => {
    const confirmed = await ask({
      title: t('people.removeLabel', { name: person.name }),
      message: t('people.confirmRemove', { name: person.name }),
      confirmLabel: t('people.remove'),
      danger: true,
    });
    if (!confirmed) return;
    setProblem(null);
    try {
      await remove({ variables: { input: { userId: person.id, version: person.version } } });
      setNotice(t('people.removed', { name: person.name }));
      await result.refetch();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Card title={t('people.title')}>
      <QueryState result={result}>
        {(data) => (
          <div className="stack">
            {notice && (
              <Notice tone="success" role="status">
                {notice}
              </Notice>
            )}
            {refusal}
            <ul className="claim-list">
              {data.firmPeople.people.map((p) => (
                <li key={p.id} className="spread">
                  <span>
                    {p.name} <span className="muted">({p.email})</span>
                    {p.isManager && <> · {t('people.manager')}</>}
                  </span>
                  {p.viewerCanRemove && (
                    <Button
                      variant="quiet"
                      aria-label={t('people.removeLabel', { name: p.name })}
                      onClick={() => void onRemove(p)}
                    >
                      {t('people.remove')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
            {dialog}
            {data.firmPeople.viewerIsManager ? (
              <form className="form" noValidate onSubmit={(e) => void onInvite(e)}>
                <EmailField label={t('people.inviteEmail')} {...field('email')} autoComplete="off" />
                <div className="form__actions">
                  <Button type="submit" variant="secondary" busy={inviteState.loading}>
                    {t('people.inviteSubmit')}
                  </Button>
                </div>
              </form>
            ) : (
              <p className="muted">{t('people.onlyManager')}</p>
            )}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
