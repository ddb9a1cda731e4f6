import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type {
  ContractDocumentInput,
  ContractEditor_NetworkContractFragmentFragment,
  ContractSection,
  NetworkType,
} from '../../gql/graphql';
import { describeError, type Problem } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { fieldAnchor, sectionAnchor } from './anchors';
import type { SectionComments_NetworkContractFragment } from './SectionComments';
import { SectionComments } from './SectionComments';

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
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const c = getFragmentData(ContractEditor_NetworkContractFragment, props.contract);
  const editing = c.viewerCanEdit && c.status === 'DRAFT';
  const [doc, setDoc] = useState<ContractDocumentInput>(() => toInput(c.document));
  const [type, setType] = useState<string>(c.type ?? '');
  const [referenceFirmId, setReferenceFirmId] = useState(c.referenceFirm?.id ?? '');
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(null);
    if (!summary.trim()) {
      setProblem({
        code: 'LOCAL',
        form: null,
        fields: { changeSummary: { key: 'errors.field.required' } },
        reason: null,
      });
      document.getElementById(fieldAnchor('changeSummary'))?.focus();
      return;
    }
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
        setSaved(
          t('contract.fields.saved', { n: data.saveContractDraft.revisions.edges[0]?.node.number ?? '' }),
        );
      }
    } catch (error) {
      // On CONFLICT the form keeps what the person typed: nothing is lost, they reapply it on the latest.
      setProblem(describeError(error, FIELDS));
    }
  };

  const reload = async () => {
    await props.onReload();
    setProblem(null);
  };

  const fieldError = (field: string) => {
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };
  const set = (patch: Partial<ContractDocumentInput>) => setDoc((d) => ({ ...d, ...patch }));

  const section = (name: ContractSection, edit: ReactNode, view: ReactNode) => (
    <div id={sectionAnchor(name)} tabIndex={-1}>
      <Card title={t(`contract.sections.${name}`)}>
        {editing ? edit : view}
        <SectionComments contract={props.comments} section={name} />
      </Card>
    </div>
  );
  const text = (value: string) =>
    value.trim() ? <p className="pre-line">{value}</p> : <p className="muted">{t('contract.view.empty')}</p>;
  const flag = (v: boolean | null | undefined) =>
    v === null || v === undefined
      ? t('contract.view.undecided')
      : v
        ? t('contract.view.yes')
        : t('contract.view.no');

  const body = (
    <div className="stack">
      {section(
        'GENERAL',
        <>
          <TextField
            id={fieldAnchor('document.title')}
            label={t('contract.fields.title')}
            value={doc.title}
            required
            error={fieldError('document.title')}
            onChange={(e) => set({ title: e.target.value })}
          />
          <Select
            id={fieldAnchor('type')}
            label={t('contract.fields.type')}
            value={type}
            placeholder={t('contract.fields.chooseType')}
            options={(['RETE_CONTRATTO', 'RETE_SOGGETTO'] as const).map((v) => ({
              value: v,
              label: t(`contract.types.${v}`),
            }))}
            error={fieldError('type')}
            onChange={(e) => setType(e.target.value)}
          />
          <Select
            id={fieldAnchor('referenceFirmId')}
            label={t('contract.fields.referenceFirm')}
            description={t('contract.fields.referenceFirmHelp')}
            value={referenceFirmId}
            placeholder={t('contract.fields.chooseFirm')}
            options={firmOptions}
            error={fieldError('referenceFirmId')}
            onChange={(e) => setReferenceFirmId(e.target.value)}
          />
        </>,
        <dl className="details">
          <dt>{t('contract.fields.title')}</dt>
          <dd>{c.document.title}</dd>
          <dt>{t('contract.fields.type')}</dt>
          <dd>{c.type ? t(`contract.types.${c.type}`) : '—'}</dd>
          <dt>{t('contract.fields.referenceFirm')}</dt>
          <dd>{c.referenceFirm?.legalName ?? '—'}</dd>
        </dl>,
      )}
      <div id={sectionAnchor('PARTICIPANTS')} tabIndex={-1}>
        <Card title={t('contract.sections.PARTICIPANTS')}>
          {participants.length === 0 ? (
            <EmptyState message={t('contract.participants.none')} />
          ) : (
            <>
              <p>{t('contract.participants.count', { count: c.participants.totalCount })}</p>
              <Table caption={t('contract.participants.caption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('contract.participants.name')}</th>
                    <th scope="col">{t('contract.participants.hamlet')}</th>
                    <th scope="col">{t('contract.participants.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {participants.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">{f.legalName}</th>
                      <td>{f.hamlet ?? '—'}</td>
                      <td>{t(`enums.FirmKind.${f.kind}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {c.participants.totalCount > participants.length && (
                <p className="muted">
                  {t('contract.participants.more', {
                    count: c.participants.totalCount - participants.length,
                  })}
                </p>
              )}
            </>
          )}
          <SectionComments contract={props.comments} section="PARTICIPANTS" />
        </Card>
      </div>
      {section(
        'OBJECTIVES',
        <fieldset className="fieldset" id={fieldAnchor('document.objectives')} tabIndex={-1}>
          <legend className="visually-hidden">{t('contract.sections.OBJECTIVES')}</legend>
          {doc.objectives.length === 0 && <p className="muted">{t('contract.fields.noObjectives')}</p>}
          {doc.objectives.map((o, i) => (
            <div key={i} className="objective">
              <TextField
                label={t('contract.fields.objectiveTitle', { n: i + 1 })}
                value={o.title}
                onChange={(e) =>
                  set({
                    objectives: doc.objectives.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)),
                  })
                }
              />
              <TextArea
                label={t('contract.fields.objectiveMeasure', { n: i + 1 })}
                value={o.measure}
                rows={2}
                onChange={(e) =>
                  set({
                    objectives: doc.objectives.map((x, j) =>
                      j === i ? { ...x, measure: e.target.value } : x,
                    ),
                  })
                }
              />
              <Button
                variant="quiet"
                onClick={() => set({ objectives: doc.objectives.filter((_x, j) => j !== i) })}
              >
                {t('contract.fields.removeObjective', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() => set({ objectives: [...doc.objectives, { title: '', measure: '' }] })}
          >
            {t('contract.fields.addObjective')}
          </Button>
        </fieldset>,
        c.document.objectives.length === 0 ? (
          text('')
        ) : (
          <ol>
            {c.document.objectives.map((o, i) => (
              <li key={i}>
                <strong>{o.title}</strong>
                <br />
                {t('contract.view.measure')}: {o.measure}
              </li>
            ))}
          </ol>
        ),
      )}
      {section(
        'PROGRAMME',
        <>
          <TextArea
            id={fieldAnchor('document.programme')}
            label={t('contract.fields.activities')}
            value={doc.programme.activities}
            onChange={(e) => set({ programme: { ...doc.programme, activities: e.target.value } })}
          />
          <TextArea
            label={t('contract.fields.rights')}
            value={doc.programme.rights}
            onChange={(e) => set({ programme: { ...doc.programme, rights: e.target.value } })}
          />
          <TextArea
            label={t('contract.fields.obligations')}
            value={doc.programme.obligations}
            onChange={(e) => set({ programme: { ...doc.programme, obligations: e.target.value } })}
          />
        </>,
        <dl className="details">
          <dt>{t('contract.fields.activities')}</dt>
          <dd>{text(c.document.programme.activities)}</dd>
          <dt>{t('contract.fields.rights')}</dt>
          <dd>{text(c.document.programme.rights)}</dd>
          <dt>{t('contract.fields.obligations')}</dt>
          <dd>{text(c.document.programme.obligations)}</dd>
        </dl>,
      )}
      {section(
        'DURATION',
        <>
          <TextField
            id={fieldAnchor('document.duration.years')}
            label={t('contract.fields.years')}
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            value={doc.duration.years ?? ''}
            error={fieldError('document.duration.years')}
            onChange={(e) =>
              set({
                duration: { ...doc.duration, years: e.target.value === '' ? null : Number(e.target.value) },
              })
            }
          />
          <TextArea
            label={t('contract.fields.durationNotes')}
            value={doc.duration.notes}
            rows={2}
            onChange={(e) => set({ duration: { ...doc.duration, notes: e.target.value } })}
          />
        </>,
        <dl className="details">
          <dt>{t('contract.fields.years')}</dt>
          <dd>{c.document.duration.years ?? '—'}</dd>
          <dt>{t('contract.fields.durationNotes')}</dt>
          <dd>{text(c.document.duration.notes)}</dd>
        </dl>,
      )}
      {section(
        'JOINING',
        <TextArea
          id={fieldAnchor('document.joining')}
          label={t('contract.fields.joining')}
          value={doc.joining}
          onChange={(e) => set({ joining: e.target.value })}
        />,
        text(c.document.joining),
      )}
      {section(
        'ORGANO_COMUNE',
        <>
          <Select
            id={fieldAnchor('document.organoComune')}
            label={t('contract.fields.organoPresent')}
            value={
              doc.organoComune.present === null || doc.organoComune.present === undefined
                ? ''
                : String(doc.organoComune.present)
            }
            options={[
              { value: '', label: t('contract.fields.organoUndecided') },
              { value: 'true', label: t('contract.fields.organoYes') },
              { value: 'false', label: t('contract.fields.organoNo') },
            ]}
            onChange={(e) =>
              set({
                organoComune: {
                  ...doc.organoComune,
                  present: e.target.value === '' ? null : e.target.value === 'true',
                },
              })
            }
          />
          {doc.organoComune.present && (
            <>
              <TextArea
                label={t('contract.fields.composition')}
                value={doc.organoComune.composition}
                rows={2}
                onChange={(e) => set({ organoComune: { ...doc.organoComune, composition: e.target.value } })}
              />
              <TextArea
                label={t('contract.fields.powers')}
                value={doc.organoComune.powers}
                rows={2}
                onChange={(e) => set({ organoComune: { ...doc.organoComune, powers: e.target.value } })}
              />
              <TextArea
                label={t('contract.fields.replacement')}
                value={doc.organoComune.replacement}
                rows={2}
                onChange={(e) => set({ organoComune: { ...doc.organoComune, replacement: e.target.value } })}
              />
            </>
          )}
        </>,
        <dl className="details">
          <dt>{t('contract.fields.organoPresent')}</dt>
          <dd>{flag(c.document.organoComune.present)}</dd>
          {c.document.organoComune.present && (
            <>
              <dt>{t('contract.fields.composition')}</dt>
              <dd>{text(c.document.organoComune.composition)}</dd>
              <dt>{t('contract.fields.powers')}</dt>
              <dd>{text(c.document.organoComune.powers)}</dd>
              <dt>{t('contract.fields.replacement')}</dt>
              <dd>{text(c.document.organoComune.replacement)}</dd>
            </>
          )}
        </dl>,
      )}
      {section(
        'DECISION_RULES',
        <TextArea
          id={fieldAnchor('document.decisionRules')}
          label={t('contract.fields.decisionRules')}
          value={doc.decisionRules}
          onChange={(e) => set({ decisionRules: e.target.value })}
        />,
        text(c.document.decisionRules),
      )}
      {section(
        'COMMON_FUND',
        <>
          <label className="checkbox" id={fieldAnchor('document.commonFund')}>
            <input
              type="checkbox"
              checked={doc.commonFund.present}
              onChange={(e) => set({ commonFund: { ...doc.commonFund, present: e.target.checked } })}
            />{' '}
            {t('contract.fields.fundPresent')}
          </label>
          {doc.commonFund.present && (
            <>
              <TextArea
                label={t('contract.fields.contributions')}
                value={doc.commonFund.contributions}
                rows={2}
                onChange={(e) => set({ commonFund: { ...doc.commonFund, contributions: e.target.value } })}
              />
              <TextArea
                label={t('contract.fields.management')}
                value={doc.commonFund.management}
                rows={2}
                onChange={(e) => set({ commonFund: { ...doc.commonFund, management: e.target.value } })}
              />
            </>
          )}
        </>,
        <dl className="details">
          <dt>{t('contract.fields.fundPresent')}</dt>
          <dd>{flag(c.document.commonFund.present)}</dd>
          {c.document.commonFund.present && (
            <>
              <dt>{t('contract.fields.contributions')}</dt>
              <dd>{text(c.document.commonFund.contributions)}</dd>
              <dt>{t('contract.fields.management')}</dt>
              <dd>{text(c.document.commonFund.management)}</dd>
            </>
          )}
        </dl>,
      )}
      {section(
        'WITHDRAWAL_EXCLUSION',
        <TextArea
          id={fieldAnchor('document.withdrawalExclusion')}
          label={t('contract.fields.withdrawalExclusion')}
          value={doc.withdrawalExclusion}
          onChange={(e) => set({ withdrawalExclusion: e.target.value })}
        />,
        text(c.document.withdrawalExclusion),
      )}
    </div>
  );

  if (!editing) return body;
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label={t('contract.title')}>
      {body}
      <div className="card contract-save">
        {problem?.code === 'CONFLICT' ? (
          <Notice tone="error" role="alert">
            {t('contract.fields.conflict')}{' '}
            <Button variant="quiet" onClick={() => void reload()}>
              {t('contract.fields.reload')}
            </Button>
          </Notice>
        ) : (
          problem?.form && (
            <Notice tone="error" role="alert">
              {errorMessage(problem.form)}
            </Notice>
          )
        )}
        <div role="status">
          {saved && (
            <Notice tone="success" role="none">
              {saved}
            </Notice>
          )}
        </div>
        <TextField
          id={fieldAnchor('changeSummary')}
          label={t('contract.fields.changeSummary')}
          description={t('contract.fields.changeSummaryHelp')}
          value={summary}
          required
          error={fieldError('changeSummary')}
          onChange={(e) => setSummary(e.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('contract.fields.save')}
          </Button>
        </div>
      </div>
    </form>
  );
}
