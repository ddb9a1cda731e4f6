import { FIRM_KINDS } from '@filiera/shared';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useConfirm } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { FirmKind } from '../../gql/graphql';
import { useFormProblem } from '../../lib/useFormProblem';

const InviteFirmsMutation = graphql(`
  mutation InviteFirmsToNetwork($input: InviteFirmsToNetworkInput!) {
    inviteFirmsToNetwork(input: $input) {
      invitedCount
    }
  }
`);

const InviteCountQuery = graphql(`
  query InviteFirmsCount($filter: AdhesionFilter!) {
    adhesions(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

/** Bulk invitation: every INTERESTED firm of a kind and hamlet becomes INVITED, after saying how many. */
export function InviteFirmsForm(props: { hamlets: readonly string[] }) {
  const { t } = useTranslation('adhesions');
  const [kind, setKind] = useState('');
  const [hamlet, setHamlet] = useState('');
  const [note, setNote] = useState('');
  const [result, setResult] = useState<number | null>(null);
  const { setProblem, fail, notice } = useFormProblem();
  const [invite, { loading }] = useMutation(InviteFirmsMutation, { refetchQueries: ['AdhesionsPage'] });
  const client = useApolloClient();
  const [ask, confirmation] = useConfirm();
  const [counting, setCounting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    const kinds = kind ? [kind as FirmKind] : null;
    const hamlets = hamlet ? [hamlet] : null;
    try {
      setCounting(true);
      const counted = await client
        .query({
          query: InviteCountQuery,
          variables: { filter: { statuses: ['INTERESTED'], kinds, hamlets } },
          fetchPolicy: 'network-only',
        })
        .finally(() => setCounting(false));
      const count = counted.data?.adhesions.totalCount ?? 0;
      if (count === 0) {
        setResult(0);
        return;
      }
      const confirmed = await ask({
        title: t('invite.confirmTitle', { count }),
        message: t('invite.confirmMessage', {
          kind: kind ? t(`enums.FirmKind.${kind as FirmKind}`) : t('filters.all'),
          hamlet: hamlet || t('filters.allHamlets'),
        }),
        confirmLabel: t('invite.confirm', { count }),
      });
      if (!confirmed) return;
      const { data } = await invite({
        variables: { input: { kinds, hamlets, note: note.trim() || null } },
      });
      setResult(data?.inviteFirmsToNetwork.invitedCount ?? 0);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="muted">{t('invite.intro')}</p>
      {notice}
      <div role="status">
        {result !== null && (
          <Notice tone={result > 0 ? 'success' : 'info'} role="none">
            {result > 0 ? t('invite.done', { count: result }) : t('invite.none')}
          </Notice>
        )}
      </div>
      <div className="filters">
        <Select
          label={t('invite.kind')}
          value={kind}
          placeholder={t('filters.all')}
          options={FIRM_KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
          onChange={(e) => setKind(e.target.value)}
        />
        <Select
          label={t('invite.hamlet')}
          value={hamlet}
          placeholder={t('filters.allHamlets')}
          options={props.hamlets.map((h) => ({ value: h, label: h }))}
          onChange={(e) => setHamlet(e.target.value)}
        />
        <TextField label={t('invite.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={loading || counting}>
          {t('invite.submit')}
        </Button>
      </div>
      {confirmation}
    </form>
  );
}
