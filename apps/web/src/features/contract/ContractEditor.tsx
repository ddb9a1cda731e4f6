import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice, SuccessStatus } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type {
  ContractDocumentInput,
  ContractEditor_NetworkContractFragmentFragment,
  NetworkType,
} from '../../gql/graphql';
import { useFormProblem } from '../../lib/useFormProblem';
import { fieldAnchor } from './anchors';
import { useContractSections } from './contract-sections';
import { ContractDocumentSections } from './ContractDocumentSections';
import { ContractParticipants } from './ContractParticipants';
import type { SectionComments_NetworkContractFragment } from './SectionComments';

export const ContractEditor_NetworkContractFragment = graphql(`
  fragment ContractEditor_NetworkContractFragment on NetworkContract {
    id
    version
    status
    type
    viewerCanEdit
    referenceFirm {
      id
      legalName
    }
    document {
      title
      objectives {
        title
        measure
      }
      programme {
        activities
        rights
        obligations
      }
      duration {
        years
        notes
      }
      joining
      organoComune {
        present
        composition
        powers
        replacement
      }
      decisionRules
      commonFund {
        present
        contributions
        management
      }
      withdrawalExclusion
    }
    participants(first: 20) {
      totalCount
      edges {
        node {
          id
          legalName
          hamlet
          kind
        }
      }
    }
  }
`);

const SaveContractDraftMutation = graphql(`
  mutation SaveContractDraft($input: SaveContractDraftInput!) {
    saveContractDraft(input: $input) {
      id
      version
      revisions(first: 1) {
        edges {
          node {
            id
            number
          }
        }
      }
    }
  }
`);

type Contract = ContractEditor_NetworkContractFragmentFragment;

/** The document as the form edits it: the API's input shape without GraphQL's __typename. */
function toInput(d: Contract['document']): ContractDocumentInput {
  return {
    title: d.title,
    objectives: d.objectives.map((o) => ({ title: o.title, measure: o.measure })),
    programme: {
      activities: d.programme.activities,
      rights: d.programme.rights,
      obligations: d.programme.obligations,
    },
    duration: { years: d.duration.years ?? null, notes: d.duration.notes },
    joining: d.joining,
    organoComune: {
      present: d.organoComune.present ?? null,
      composition: d.organoComune.composition,
      powers: d.organoComune.powers,
      replacement: d.organoComune.replacement,
    },
    decisionRules: d.decisionRules,
    commonFund: {
      present: d.commonFund.present,
      contributions: d.commonFund.contributions,
      management: d.commonFund.management,
    },
    withdrawalExclusion: d.withdrawalExclusion,
  };
}

const FIELDS = [
  'type',
  'referenceFirmId',
  'changeSummary',
  'document.title',
  'document.duration.years',
] as const;

/**
 * Every section of the contract: a structured form for the manager while it is a DRAFT, the text for
 * everyone else; the comments of each section below it.
 */
export function ContractEditor(props: {
  contract: FragmentType<typeof ContractEditor_NetworkContractFragment>;
  /** The same contract, read by the comments (spread at the page level to keep the query's cost down). */
  comments: FragmentType<typeof SectionComments_NetworkContractFragment>;
  onReload(): Promise<unknown>;
}) {
  const { t } = useTranslation('contract');
  const c = getFragmentData(ContractEditor_NetworkContractFragment, props.contract);
  const editing = c.viewerCanEdit && c.status === 'DRAFT';
  const [doc, setDoc] = useState<ContractDocumentInput>(() => toInput(c.document));
  const [type, setType] = useState<string>(c.type ?? '');
  const [referenceFirmId, setReferenceFirmId] = useState(c.referenceFirm?.id ?? '');
  const [summary, setSummary] = useState('');
  const {
    problem,
    setProblem,
    fail,
    refuse,
    field,
    fieldMessage: fieldError,
    notice,
  } = useFormProblem(FIELDS);
  const [saved, setSaved] = useState<string | null>(null);
  const [version, setVersion] = useState(c.version);
  const [save, { loading }] = useMutation(SaveContractDraftMutation, { refetchQueries: ['ContractPage'] });

  const participants = c.participants.edges.map((e) => e.node);
  const firmOptions = [
    ...participants.map((f) => ({ value: f.id, label: f.legalName })),
    ...(c.referenceFirm && !participants.some((f) => f.id === c.referenceFirm?.id)
      ? [{ value: c.referenceFirm.id, label: c.referenceFirm.legalName }]
      : []),
  ];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    if (refuse(event.currentTarget, { changeSummary: !summary.trim() && t('errors.field.required') })) return;
    try {
      const { data } = await save({
        variables: {
          input: {
            version,
            type: type ? (type as NetworkType) : null,
            referenceFirmId: referenceFirmId || null,
            document: doc,
            changeSummary: summary.trim(),
          },
        },
      });
      if (data) {
        setVersion(data.saveContractDraft.version);
        setSummary('');
        setSaved(t('fields.saved', { n: data.saveContractDraft.revisions.edges[0]?.node.number ?? '' }));
      }
    } catch (error) {
      // On CONFLICT the form keeps what the person typed: nothing is lost, they reapply it on the latest.
      fail(error);
    }
  };

  const reload = async () => {
    await props.onReload();
    setProblem(null);
  };

  const set = (patch: Partial<ContractDocumentInput>) => setDoc((d) => ({ ...d, ...patch }));

  const { section } = useContractSections(editing, props.comments);

  const body = (
    <div className="stack">
      {section(
        'GENERAL',
        <>
          <TextField
            id={fieldAnchor('document.title')}
            label={t('fields.title')}
            value={doc.title}
            required
            error={fieldError('document.title')}
            onChange={(e) => set({ title: e.target.value })}
          />
          <Select
            id={fieldAnchor('type')}
            label={t('fields.type')}
            value={type}
            placeholder={t('fields.chooseType')}
            options={(['RETE_CONTRATTO', 'RETE_SOGGETTO'] as const).map((v) => ({
              value: v,
              label: t(`types.${v}`),
            }))}
            error={fieldError('type')}
            onChange={(e) => setType(e.target.value)}
          />
          <Select
            id={fieldAnchor('referenceFirmId')}
            label={t('fields.referenceFirm')}
            description={t('fields.referenceFirmHelp')}
            value={referenceFirmId}
            placeholder={t('fields.chooseFirm')}
            options={firmOptions}
            error={fieldError('referenceFirmId')}
            onChange={(e) => setReferenceFirmId(e.target.value)}
          />
        </>,
        <dl className="details">
          <dt>{t('fields.title')}</dt>
          <dd>{c.document.title}</dd>
          <dt>{t('fields.type')}</dt>
          <dd>{c.type ? t(`types.${c.type}`) : '—'}</dd>
          <dt>{t('fields.referenceFirm')}</dt>
          <dd>{c.referenceFirm?.legalName ?? '—'}</dd>
        </dl>,
      )}
      <ContractParticipants contract={c} comments={props.comments} />
      <ContractDocumentSections
        contract={c}
        doc={doc}
        set={set}
        editing={editing}
        fieldError={fieldError}
        comments={props.comments}
      />
    </div>
  );

  if (!editing) return body;
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label={t('title')}>
      {body}
      <div className="card contract-save">
        {problem?.code === 'CONFLICT' ? (
          <Notice tone="error" role="alert">
            {t('fields.conflict')}{' '}
            <Button variant="quiet" onClick={() => void reload()}>
              {t('fields.reload')}
            </Button>
          </Notice>
        ) : (
          notice
        )}
        <SuccessStatus message={saved} />
        <TextField
          id={fieldAnchor('changeSummary')}
          label={t('fields.changeSummary')}
          description={t('fields.changeSummaryHelp')}
          {...field('changeSummary')}
          value={summary}
          required
          onChange={(e) => setSummary(e.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('fields.save')}
          </Button>
        </div>
      </div>
    </form>
  );
}
