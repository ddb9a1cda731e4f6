import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { materialLabel } from '@filiera/shared';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useFormProblem } from '../../lib/useFormProblem';
import { countryName, countryOptions } from '../showcase/countries';
import { emptyLine, lineForApi, lineFromStored, type LineValue } from './lines';
import { LineList, useLineProblems } from './LineList';

export const InputsCard_SettingsFragment = graphql(`
  fragment InputsCard_SettingsFragment on TraceabilitySettings {
    inputs {
      id
      capability {
        id
      }
      inputCapability {
        id
        labelIt
        labelEn
      }
      inputSupplier {
        id
        legalName
      }
      outsideCountry
      outsideRegion
      material
      originCountry
      originRegion
      sharePercent
    }
    upstreamChoices {
      supplier {
        id
        legalName
        tradeName
      }
      capability {
        id
      }
    }
  }
`);

const SetSupplierInputsMutation = graphql(`
  mutation SetSupplierInputs($input: SetSupplierInputsInput!) {
    setSupplierInputs(input: $input) {
      ...InputsCard_SettingsFragment
    }
  }
`);

/** The API's field below `lines.<n>.` for a field of LineList. */
const inputField = (field: string) =>
  field
    .replace(/\.share$/, '.sharePercent')
    .replace(/\.supplierId$/, '.inputSupplierId')
    .replace(/\.capabilityId$/, '.inputCapabilityId');

type Capability = { id: string; labelIt: string; labelEn: string };

/**
 * Tier 2: what the firm's supplies are made of, from its own confirmed suppliers or from outside the
 * district. Customers' passports trace that part of their shoes' weight one tier further.
 */
export function InputsCard(props: {
  settings: FragmentType<typeof InputsCard_SettingsFragment>;
  capabilities: readonly Capability[];
}) {
  const { t } = useTranslation('articles');
  const language = useLanguage();
  const format = useFormat();
  const settings = getFragmentData(InputsCard_SettingsFragment, props.settings);
  const [capabilityId, setCapabilityId] = useState('');
  const [lines, setLines] = useState<LineValue[]>([emptyLine()]);
  const checkLines = useLineProblems();
  const problems = checkLines(lines);
  const [saved, setSaved] = useState(false);
  // The settings have no id to normalise by: the page's query reads them again.
  const [save, { loading }] = useMutation(SetSupplierInputsMutation, {
    refetchQueries: ['TraceabilityPage'],
  });
  const refusal = useFormProblem<string>([], {
    fieldReason: (_field, reason) => t(`form.reasons.${reason}`, { defaultValue: t('inputs.invalid') }),
  });
  const reasonText = refusal.fieldMessage;
  const label = (c: Capability) => (language === 'en' ? c.labelEn : c.labelIt);
  const capabilityOptions = props.capabilities.map((c) => ({ value: c.id, label: label(c) }));
  const countries = countryOptions(language);

  const choose = (id: string) => {
    setCapabilityId(id);
    setSaved(false);
    const declared = settings.inputs.filter((i) => i.capability.id === id);
    setLines(
      declared.length
        ? declared.map((i) =>
            lineFromStored(
              {
                ...i,
                capabilityId: i.inputCapability.id,
                supplierId: i.inputSupplier?.id ?? null,
                share: i.sharePercent,
              },
              language,
            ),
          )
        : [emptyLine()],
    );
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (problems.any) return;
    refusal.setProblem(null);
    try {
      await save({
        variables: {
          input: {
            capabilityId,
            lines: lines
              .filter((l) => l.capabilityId)
              .map((l) => {
                const line = lineForApi(l, language);
                return {
                  inputCapabilityId: line.capabilityId,
                  inputSupplierId: line.supplierId,
                  outsideCountry: line.outsideCountry,
                  outsideRegion: line.outsideRegion,
                  material: line.material,
                  originCountry: line.originCountry,
                  originRegion: line.originRegion,
                  sharePercent: line.share,
                };
              }),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      refusal.fail(error);
    }
  };

  return (
    <Card title={t('inputs.heading')}>
      <p className="muted">{t('inputs.help')}</p>
      {settings.inputs.length > 0 && (
        <Table
          caption={t('inputs.declared')}
          columns={[t('inputs.supplied'), t('inputs.input'), t('form.source'), t('inputs.share')]}
        >
          <tbody>
            {settings.inputs.map((i) => (
              <tr key={i.id}>
                <td>{capabilityOptions.find((c) => c.value === i.capability.id)?.label}</td>
                <td>
                  {label(i.inputCapability)}
                  {i.material ? ` (${materialLabel(i.material, language)})` : ''}
                </td>
                <td>
                  {i.inputSupplier?.legalName ??
                    (i.outsideCountry ? countryName(i.outsideCountry, language) : t('form.sourceUnknown'))}
                </td>
                <td>{format.number(i.sharePercent)}%</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Select
          label={t('inputs.supplied')}
          {...refusal.field('capabilityId')}
          value={capabilityId}
          placeholder=""
          options={capabilityOptions}
          onChange={(e) => choose(e.target.value)}
        />
        {capabilityId && (
          <>
            <LineList
              lines={lines}
              onChange={setLines}
              capabilities={capabilityOptions}
              choices={settings.upstreamChoices}
              capabilityLabel={t('inputs.input')}
              shareLabel={t('inputs.share')}
              problems={problems}
              serverError={(f) => reasonText(`lines.${inputField(f)}`)}
              countries={countries}
            />
            {reasonText('lines') && (
              <Notice tone="error" role="alert">
                {reasonText('lines')}
              </Notice>
            )}
            {refusal.notice}
            {saved && <Notice tone="success">{t('inputs.saved')}</Notice>}
            <div className="article-actions">
              <Button type="submit" busy={loading}>
                {t('inputs.save')}
              </Button>
            </div>
          </>
        )}
      </form>
    </Card>
  );
}
