import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import type { FragmentType } from '../../gql';
import type {
  ContractDocumentInput,
  ContractEditor_NetworkContractFragmentFragment,
  ContractSection,
} from '../../gql/graphql';
import { fieldAnchor } from './anchors';
import { useContractSections } from './contract-sections';
import type { SectionComments_NetworkContractFragment } from './SectionComments';

/** The sections of the contract's document after the general one: objectives to withdrawal and exclusion. */
export function ContractDocumentSections(props: {
  /** The contract as stored, shown to readers. */
  contract: ContractEditor_NetworkContractFragmentFragment;
  /** The document as the manager is editing it. */
  doc: ContractDocumentInput;
  set(patch: Partial<ContractDocumentInput>): void;
  editing: boolean;
  fieldError(field: string): string | null;
  comments: FragmentType<typeof SectionComments_NetworkContractFragment>;
}) {
  const { t } = useTranslation('contract');
  const { contract: c, doc, set, fieldError } = props;
  const { section, text, flag } = useContractSections(props.editing, props.comments);
  /** A section that is one text of the document: a text area to edit, the text to read. */
  const textSection = (name: ContractSection, field: 'joining' | 'decisionRules' | 'withdrawalExclusion') =>
    section(
      name,
      <TextArea
        id={fieldAnchor(`document.${field}`)}
        label={t(`fields.${field}`)}
        value={doc[field]}
        onChange={(e) => set({ [field]: e.target.value })}
      />,
      text(c.document[field]),
    );
  return (
    <>
      {section(
        'OBJECTIVES',
        <fieldset className="fieldset" id={fieldAnchor('document.objectives')} tabIndex={-1}>
          <legend className="visually-hidden">{t('sections.OBJECTIVES')}</legend>
          {doc.objectives.length === 0 && <p className="muted">{t('fields.noObjectives')}</p>}
          {doc.objectives.map((o, i) => (
            <div key={i} className="objective">
              <TextField
                label={t('fields.objectiveTitle', { n: i + 1 })}
                value={o.title}
                onChange={(e) =>
                  set({
                    objectives: doc.objectives.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)),
                  })
                }
              />
              <TextArea
                label={t('fields.objectiveMeasure', { n: i + 1 })}
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
                {t('fields.removeObjective', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() => set({ objectives: [...doc.objectives, { title: '', measure: '' }] })}
          >
            {t('fields.addObjective')}
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
                {t('view.measure')}: {o.measure}
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
            label={t('fields.activities')}
            value={doc.programme.activities}
            onChange={(e) => set({ programme: { ...doc.programme, activities: e.target.value } })}
          />
          <TextArea
            label={t('fields.rights')}
            value={doc.programme.rights}
            onChange={(e) => set({ programme: { ...doc.programme, rights: e.target.value } })}
          />
          <TextArea
            label={t('fields.obligations')}
            value={doc.programme.obligations}
            onChange={(e) => set({ programme: { ...doc.programme, obligations: e.target.value } })}
          />
        </>,
        <dl className="details">
          <dt>{t('fields.activities')}</dt>
          <dd>{text(c.document.programme.activities)}</dd>
          <dt>{t('fields.rights')}</dt>
          <dd>{text(c.document.programme.rights)}</dd>
          <dt>{t('fields.obligations')}</dt>
          <dd>{text(c.document.programme.obligations)}</dd>
        </dl>,
      )}
      {section(
        'DURATION',
        <>
          <TextField
            id={fieldAnchor('document.duration.years')}
            label={t('fields.years')}
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
            label={t('fields.durationNotes')}
            value={doc.duration.notes}
            rows={2}
            onChange={(e) => set({ duration: { ...doc.duration, notes: e.target.value } })}
          />
        </>,
        <dl className="details">
          <dt>{t('fields.years')}</dt>
          <dd>{c.document.duration.years ?? '—'}</dd>
          <dt>{t('fields.durationNotes')}</dt>
          <dd>{text(c.document.duration.notes)}</dd>
        </dl>,
      )}
      {textSection('JOINING', 'joining')}
      {section(
        'ORGANO_COMUNE',
        <>
          <Select
            id={fieldAnchor('document.organoComune')}
            label={t('fields.organoPresent')}
            value={
              doc.organoComune.present === null || doc.organoComune.present === undefined
                ? ''
                : String(doc.organoComune.present)
            }
            options={[
              { value: '', label: t('fields.organoUndecided') },
              { value: 'true', label: t('fields.organoYes') },
              { value: 'false', label: t('fields.organoNo') },
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
                label={t('fields.composition')}
                value={doc.organoComune.composition}
                rows={2}
                onChange={(e) => set({ organoComune: { ...doc.organoComune, composition: e.target.value } })}
              />
              <TextArea
                label={t('fields.powers')}
                value={doc.organoComune.powers}
                rows={2}
                onChange={(e) => set({ organoComune: { ...doc.organoComune, powers: e.target.value } })}
              />
              <TextArea
                label={t('fields.replacement')}
                value={doc.organoComune.replacement}
                rows={2}
                onChange={(e) => set({ organoComune: { ...doc.organoComune, replacement: e.target.value } })}
              />
            </>
          )}
        </>,
        <dl className="details">
          <dt>{t('fields.organoPresent')}</dt>
          <dd>{flag(c.document.organoComune.present)}</dd>
          {c.document.organoComune.present && (
            <>
              <dt>{t('fields.composition')}</dt>
              <dd>{text(c.document.organoComune.composition)}</dd>
              <dt>{t('fields.powers')}</dt>
              <dd>{text(c.document.organoComune.powers)}</dd>
              <dt>{t('fields.replacement')}</dt>
              <dd>{text(c.document.organoComune.replacement)}</dd>
            </>
          )}
        </dl>,
      )}
      {textSection('DECISION_RULES', 'decisionRules')}
      {section(
        'COMMON_FUND',
        <>
          <label className="checkbox" id={fieldAnchor('document.commonFund')}>
            <input
              type="checkbox"
              checked={doc.commonFund.present}
              onChange={(e) => set({ commonFund: { ...doc.commonFund, present: e.target.checked } })}
            />{' '}
            {t('fields.fundPresent')}
          </label>
          {doc.commonFund.present && (
            <>
              <TextArea
                label={t('fields.contributions')}
                value={doc.commonFund.contributions}
                rows={2}
                onChange={(e) => set({ commonFund: { ...doc.commonFund, contributions: e.target.value } })}
              />
              <TextArea
                label={t('fields.management')}
                value={doc.commonFund.management}
                rows={2}
                onChange={(e) => set({ commonFund: { ...doc.commonFund, management: e.target.value } })}
              />
            </>
          )}
        </>,
        <dl className="details">
          <dt>{t('fields.fundPresent')}</dt>
          <dd>{flag(c.document.commonFund.present)}</dd>
          {c.document.commonFund.present && (
            <>
              <dt>{t('fields.contributions')}</dt>
              <dd>{text(c.document.commonFund.contributions)}</dd>
              <dt>{t('fields.management')}</dt>
              <dd>{text(c.document.commonFund.management)}</dd>
            </>
          )}
        </dl>,
      )}
      {textSection('WITHDRAWAL_EXCLUSION', 'withdrawalExclusion')}
    </>
  );
}
