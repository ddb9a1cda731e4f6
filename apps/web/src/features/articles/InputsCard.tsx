import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage } from '../../i18n/format';
import { describeError, fieldReasonsOf } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { countryName, countryOptions } from '../showcase/countries';
import { LineFieldset, OUTSIDE, SourceFields } from './SourceFields';

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
      material
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

interface Line {
  key: number;
  inputCapabilityId: string;
  source: string;
  outsideCountry: string;
  material: string;
  share: string;
}
let nextKey = 1;
const emptyLine = (): Line => ({
  key: nextKey++,
  inputCapabilityId: '',
  source: '',
  outsideCountry: '',
  material: '',
  share: '',
});

type Capability = { id: string; labelIt: string; labelEn: string };

/**
 * Tier 2: what the firm's supplies are made of, from its own confirmed suppliers or from outside the
 * district. Customers' passports trace that part of their shoes' weight one tier further.
 */
export function InputsCard(props: {
  settings: FragmentType<typeof InputsCard_SettingsFragment>;
  capabilities: readonly Capability[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useErrorMessage();
  const settings = getFragmentData(InputsCard_SettingsFragment, props.settings);
  const [capabilityId, setCapabilityId] = useState('');
  const [lines, setLines] = useState<Line[]>([emptyLine()]);
  const [saved, setSaved] = useState(false);
  // The settings have no id to normalise by: the page's query reads them again.
  const [save, { loading, error }] = useMutation(SetSupplierInputsMutation, {
    refetchQueries: ['TraceabilityPage'],
  });
  const reasons = error ? fieldReasonsOf(error) : {};
  const label = (c: Capability) => (language === 'en' ? c.labelEn : c.labelIt);
  const capabilityOptions = props.capabilities.map((c) => ({ value: c.id, label: label(c) }));
  const countries = countryOptions(language);
  const setLine = (key: number, change: Partial<Line>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const reasonText = (field: string) => {
    const reason = reasons[field];
    return reason
      ? t(`articles.form.reasons.${reason}`, { defaultValue: t('articles.inputs.invalid') })
      : null;
  };

  const choose = (id: string) => {
    setCapabilityId(id);
    setSaved(false);
    const declared = settings.inputs.filter((i) => i.capability.id === id);
    setLines(
      declared.length
        ? declared.map((i) => ({
            key: nextKey++,
            inputCapabilityId: i.inputCapability.id,
            source: i.inputSupplier?.id ?? (i.outsideCountry ? OUTSIDE : ''),
            outsideCountry: i.outsideCountry ?? '',
            material: i.material ?? '',
            share: String(i.sharePercent),
          }))
        : [emptyLine()],
    );
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            capabilityId,
            lines: lines
              .filter((l) => l.inputCapabilityId)
              .map((l) => ({
                inputCapabilityId: l.inputCapabilityId,
                inputSupplierId: l.source && l.source !== OUTSIDE ? l.source : null,
                outsideCountry: l.source === OUTSIDE ? l.outsideCountry || null : null,
                material: l.material || null,
                sharePercent: Number(l.share.replace(',', '.')) || 0,
              })),
          },
        },
      });
      setSaved(true);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <Card title={t('articles.inputs.heading')}>
      <p className="muted">{t('articles.inputs.help')}</p>
      {settings.inputs.length > 0 && (
        <Table caption={t('articles.inputs.declared')}>
          <thead>
            <tr>
              <th scope="col">{t('articles.inputs.supplied')}</th>
              <th scope="col">{t('articles.inputs.input')}</th>
              <th scope="col">{t('articles.form.source')}</th>
              <th scope="col">{t('articles.inputs.share')}</th>
            </tr>
          </thead>
          <tbody>
            {settings.inputs.map((i) => (
              <tr key={i.id}>
                <td>{capabilityOptions.find((c) => c.value === i.capability.id)?.label}</td>
                <td>
                  {label(i.inputCapability)}
                  {i.material ? ` (${i.material})` : ''}
                </td>
                <td>
                  {i.inputSupplier?.legalName ??
                    (i.outsideCountry
                      ? countryName(i.outsideCountry, language)
                      : t('articles.form.sourceUnknown'))}
                </td>
                <td>{i.sharePercent}%</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Select
          label={t('articles.inputs.supplied')}
          value={capabilityId}
          placeholder=""
          options={capabilityOptions}
          onChange={(e) => choose(e.target.value)}
        />
        {capabilityId && (
          <>
            <ol className="bom">
              {lines.map((l, i) => {
                const n = i + 1;
                const suppliers = settings.upstreamChoices.filter(
                  (c) => c.capability.id === l.inputCapabilityId,
                );
                return (
                  <LineFieldset
                    key={l.key}
                    n={n}
                    onRemove={() => setLines((all) => all.filter((x) => x.key !== l.key))}
                  >
                    <Select
                      label={t('articles.inputs.input')}
                      value={l.inputCapabilityId}
                      placeholder=""
                      options={capabilityOptions}
                      onChange={(e) => setLine(l.key, { inputCapabilityId: e.target.value, source: '' })}
                    />
                    <SourceFields
                      source={l.source}
                      outsideCountry={l.outsideCountry}
                      suppliers={suppliers}
                      countries={countries}
                      onChange={(change) => setLine(l.key, change)}
                      sourceError={reasonText(`lines.${i}.inputSupplierId`)}
                    />
                    <TextField
                      label={t('articles.form.material')}
                      value={l.material}
                      onChange={(e) => setLine(l.key, { material: e.target.value })}
                    />
                    <TextField
                      label={t('articles.inputs.share')}
                      inputMode="decimal"
                      value={l.share}
                      onChange={(e) => setLine(l.key, { share: e.target.value })}
                    />
                  </LineFieldset>
                );
              })}
            </ol>
            {reasonText('lines') && (
              <Notice tone="error" role="alert">
                {reasonText('lines')}
              </Notice>
            )}
            {error && !Object.keys(reasons).length && (
              <Notice tone="error" role="alert">
                {message(describeError(error).form)}
              </Notice>
            )}
            {saved && <Notice tone="success">{t('articles.inputs.saved')}</Notice>}
            <div className="article-actions">
              <Button
                type="button"
                variant="secondary"
                onClick={() => setLines((all) => [...all, emptyLine()])}
              >
                {t('articles.form.addLine')}
              </Button>
              <Button type="submit" busy={loading}>
                {t('articles.inputs.save')}
              </Button>
            </div>
          </>
        )}
      </form>
    </Card>
  );
}
