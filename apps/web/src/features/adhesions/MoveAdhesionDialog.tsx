import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { AdhesionStatus } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { numberForInput, useReadNumber } from '../../i18n/number';
import { useFailureText } from '../../lib/useErrorMessage';
import { useFormProblem } from '../../lib/useFormProblem';

export const MoveAdhesionDialog_AdhesionFragment = graphql(`
  fragment MoveAdhesionDialog_AdhesionFragment on Adhesion {
    id
    version
    status
    nextStatuses
    contributionEur
    legalRepresentative
    documents {
      visuraCamerale
      durc
      digitalSignature
    }
    firm {
      id
      legalName
    }
  }
`);

// The dialog reads what a move needs when it opens, so the board's list stays light.
const MoveAdhesionDialogQuery = graphql(`
  query MoveAdhesionDialog($id: ID!) {
    adhesion(id: $id) {
      id
      ...MoveAdhesionDialog_AdhesionFragment
    }
  }
`);

const MoveAdhesionMutation = graphql(`
  mutation MoveAdhesion($input: MoveAdhesionInput!) {
    moveAdhesion(input: $input) {
      id
      ...MoveAdhesionDialog_AdhesionFragment
    }
  }
`);

const DOCUMENTS = ['visuraCamerale', 'durc', 'digitalSignature'] as const;
type DocumentKey = (typeof DOCUMENTS)[number];
const DOCUMENT_REQUIREMENT = {
  visuraCamerale: 'VISURA_CAMERALE',
  durc: 'DURC',
  digitalSignature: 'DIGITAL_SIGNATURE',
} as const;
/** The fields the API may refuse a move for, each shown next to its control. */
const FIELDS = [
  'to',
  'contributionEur',
  'legalRepresentative',
  ...DOCUMENTS.map((key) => `documents.${key}` as const),
] as const;

/**
 * Asks what a move needs (note, contribution, legal representative, documents) in a modal dialog and
 * shows the server's refusal next to the field it names. `initialTo` comes from a drop on a column.
 */
export function MoveAdhesionDialog(props: {
  adhesionId: string;
  initialTo?: AdhesionStatus | null;
  onClose(moved: { firm: string; status: AdhesionStatus } | null): void;
}) {
  const { t } = useTranslation('adhesions');
  const failureText = useFailureText();
  const result = useQuery(MoveAdhesionDialogQuery, {
    variables: { id: props.adhesionId },
    fetchPolicy: 'network-only',
  });

  return (
    <Dialog labelledBy="move-adhesion-title" onCancel={() => props.onClose(null)}>
      {result.data ? (
        <MoveAdhesionForm
          adhesion={result.data.adhesion}
          initialTo={props.initialTo}
          onClose={props.onClose}
        />
      ) : (
        <>
          <h2 id="move-adhesion-title" className="dialog__title">
            {t('board.moveTo')}
          </h2>
          {result.error ? (
            <ErrorState message={failureText(result.error)} onRetry={() => void result.refetch()} />
          ) : (
            <LoadingState />
          )}
          <Button variant="secondary" onClick={() => props.onClose(null)}>
            {t('move.cancel')}
          </Button>
        </>
      )}
    </Dialog>
  );
}

function MoveAdhesionForm(props: {
  adhesion: FragmentType<typeof MoveAdhesionDialog_AdhesionFragment>;
  initialTo?: AdhesionStatus | null;
  onClose(moved: { firm: string; status: AdhesionStatus } | null): void;
}) {
  const { t } = useTranslation('adhesions');
  const a = getFragmentData(MoveAdhesionDialog_AdhesionFragment, props.adhesion);
  const [to, setTo] = useState<string>(
    props.initialTo && a.nextStatuses.includes(props.initialTo) ? props.initialTo : (a.nextStatuses[0] ?? ''),
  );
  const [note, setNote] = useState('');
  const language = useLanguage();
  const readNumber = useReadNumber();
  const [contribution, setContribution] = useState(numberForInput(a.contributionEur, language));
  const [legalRep, setLegalRep] = useState(a.legalRepresentative ?? '');
  const [docs, setDocs] = useState<Record<DocumentKey, boolean>>({
    // Only the three flags: the cached object also carries __typename, which the input type refuses.
    visuraCamerale: a.documents.visuraCamerale,
    durc: a.documents.durc,
    digitalSignature: a.documents.digitalSignature,
  });
  const [move, { loading }] = useMutation(MoveAdhesionMutation, {
    refetchQueries: ['AdhesionsPage', 'AdhesionDetailPage'],
  });

  const form = useFormProblem(FIELDS, {
    fieldReason: (_field, reason) => {
      if (reason === 'illegal_transition') {
        return t('move.illegal', {
          from: t(`enums.AdhesionStatus.${a.status}`),
          to: to ? t(`enums.AdhesionStatus.${to as AdhesionStatus}`) : '',
        });
      }
      return reason === 'required' ? t('move.requiredForSigning') : t('errors.field.invalid');
    },
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!to) {
      form.setProblem(null);
      return;
    }
    const { value: amount, error } = readNumber(contribution, { min: 0 });
    if (form.refuse(event.currentTarget, { contributionEur: error })) return;
    try {
      await move({
        variables: {
          input: {
            id: a.id,
            version: a.version,
            to: to as AdhesionStatus,
            note: note.trim() || null,
            contributionEur: amount,
            legalRepresentative: legalRep.trim() || null,
            documents: docs,
          },
        },
      });
      props.onClose({ firm: a.firm.legalName, status: to as AdhesionStatus });
    } catch (error) {
      form.fail(error);
    }
  };

  const showsRequirements = to === 'READY_TO_SIGN';
  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <h2 id="move-adhesion-title" className="dialog__title">
        {t('move.heading', { firm: a.firm.legalName })}
      </h2>
      <p className="muted">{t('move.current', { status: t(`enums.AdhesionStatus.${a.status}`) })}</p>
      {form.problem?.code === 'BAD_USER_INPUT' ? (
        <Notice tone="error" role="alert">
          {t('move.refused')}
        </Notice>
      ) : (
        form.notice
      )}
      {a.nextStatuses.length === 0 ? (
        <p>{t('move.none')}</p>
      ) : (
        <>
          <Select
            label={t('move.to')}
            {...form.field('to')}
            value={to}
            required
            options={a.nextStatuses.map((s) => ({ value: s, label: t(`enums.AdhesionStatus.${s}`) }))}
            onChange={(e) => setTo(e.target.value)}
          />
          <TextArea
            label={t('move.note')}
            name="note"
            value={note}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
          <TextField
            label={t('move.contribution')}
            {...form.field('contributionEur')}
            inputMode="decimal"
            value={contribution}
            description={showsRequirements ? t('move.neededForSigning') : undefined}
            onChange={(e) => setContribution(e.target.value)}
          />
          <TextField
            label={t('move.legalRepresentative')}
            {...form.field('legalRepresentative')}
            autoComplete="off"
            value={legalRep}
            onChange={(e) => setLegalRep(e.target.value)}
          />
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('move.documents')}</legend>
            {DOCUMENTS.map((key) => {
              const error = form.fieldMessage(`documents.${key}`);
              return (
                <div key={key} className={error ? 'field--invalid' : undefined}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      name={key}
                      checked={docs[key]}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `move-doc-${key}-error` : undefined}
                      onChange={(e) => setDocs((d) => ({ ...d, [key]: e.target.checked }))}
                    />{' '}
                    {t(`requirements.${DOCUMENT_REQUIREMENT[key]}`)}
                  </label>
                  {error && (
                    <p className="field__error" id={`move-doc-${key}-error`}>
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        </>
      )}
      <div className="form__actions">
        {a.nextStatuses.length > 0 && (
          <Button type="submit" busy={loading}>
            {t('move.submit')}
          </Button>
        )}
        <Button variant="secondary" onClick={() => props.onClose(null)}>
          {t('move.cancel')}
        </Button>
      </div>
    </form>
  );
}
