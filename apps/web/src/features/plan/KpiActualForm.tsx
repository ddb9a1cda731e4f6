import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../i18n/format';
import { parseLocaleNumber } from '../../i18n/number';
import { graphql } from '../../gql';
import { useFormProblem } from '../../lib/useFormProblem';

const SetKpiActualMutation = graphql(`
  mutation SetKpiActual($input: SetKpiActualInput!) {
    setKpiActual(input: $input) {
      id
      version
      attainment
      actuals {
        year
        value
      }
    }
  }
`);

const FIELDS = ['year', 'value'] as const;

/** Records a KPI's measured value for a year; the attainment is recomputed by the API. */
export function KpiActualForm(props: {
  kpis: readonly { id: string; name: string; version: number }[];
  years: readonly number[];
}) {
  const { t } = useTranslation('plan');
  const language = useLanguage();
  const [save, { loading }] = useMutation(SetKpiActualMutation);
  const { fail, refuse, field, notice } = useFormProblem(FIELDS);
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kpi = props.kpis.find((k) => k.id === form.get('kpiId'));
    const value = parseLocaleNumber(String(form.get('value') ?? ''), language);
    setSaved(false);
    const invalid = !kpi || value === null || Number.isNaN(value);
    if (refuse(event.currentTarget, { value: invalid && t('kpiForm.valueRequired') }) || invalid) return;
    try {
      await save({
        variables: {
          input: { kpiId: kpi.id, version: kpi.version, year: Number(form.get('year')), value },
        },
      });
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {notice}
      {saved && <Notice tone="success">{t('kpiForm.saved')}</Notice>}
      <div className="plan-form__row">
        <Select
          label={t('action.kpiName')}
          name="kpiId"
          options={props.kpis.map((k) => ({ value: k.id, label: k.name }))}
        />
        <Select
          label={t('form.year')}
          {...field('year')}
          options={props.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <TextField label={t('kpiForm.value')} {...field('value')} inputMode="decimal" />
      </div>
      <Button type="submit" variant="secondary" busy={loading}>
        {t('kpiForm.submit')}
      </Button>
    </form>
  );
}
