import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { FirmKind } from '../../gql/graphql';
import { describeError, type Problem } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';

const InviteFirmsMutation = graphql(`
  mutation InviteFirmsToNetwork($input: InviteFirmsToNetworkInput!) {
    inviteFirmsToNetwork(input: $input) {
      invitedCount
    }
  }
`);

const KINDS = ['SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES'] as const satisfies readonly FirmKind[];

/** Bulk invitation: every INTERESTED firm of a kind and hamlet becomes INVITED. */
export function InviteFirmsForm(props: { hamlets: readonly string[] }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState('');
  const [hamlet, setHamlet] = useState('');
  const [note, setNote] = useState('');
  const [result, setResult] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invite, { loading }] = useMutation(InviteFirmsMutation, { refetchQueries: ['AdhesionsPage'] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    try {
      const { data } = await invite({
        variables: {
          input: {
            kinds: kind ? [kind as FirmKind] : null,
            hamlets: hamlet ? [hamlet] : null,
            note: note.trim() || null,
          },
        },
      });
      setResult(data?.inviteFirmsToNetwork.invitedCount ?? 0);
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="muted">{t('adhesions.invite.intro')}</p>
      {problem?.form && (
        <Notice tone="error" role="alert">
          {errorMessage(problem.form)}
        </Notice>
      )}
      <div role="status">
        {result !== null && (
          <Notice tone={result > 0 ? 'success' : 'info'} role="none">
            {result > 0 ? t('adhesions.invite.done', { count: result }) : t('adhesions.invite.none')}
          </Notice>
        )}
      </div>
      <div className="filters">
        <Select
          label={t('adhesions.invite.kind')}
          value={kind}
          placeholder={t('adhesions.filters.all')}
          options={KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
          onChange={(e) => setKind(e.target.value)}
        />
        <Select
          label={t('adhesions.invite.hamlet')}
          value={hamlet}
          placeholder={t('adhesions.filters.allHamlets')}
          options={props.hamlets.map((h) => ({ value: h, label: h }))}
          onChange={(e) => setHamlet(e.target.value)}
        />
        <TextField
          label={t('adhesions.invite.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('adhesions.invite.submit')}
        </Button>
      </div>
    </form>
  );
}
