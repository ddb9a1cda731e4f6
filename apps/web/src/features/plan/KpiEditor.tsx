import { useMutation } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { Language } from '../../i18n';
import { useLanguage } from '../../i18n/format';
import { parseLocaleNumber } from '../../i18n/number';
import { PlanFormProblem, usePlanProblem } from './usePlanProblem';

const AddPlanKpiMutation = graphql(`
  mutation AddPlanKpi($input: AddPlanKpiInput!) {
    addPlanKpi(input: $input) {
      id
      version
    }
  }
`);

const UpdatePlanKpiMutation = graphql(`
  mutation UpdatePlanKpi($input: UpdatePlanKpiInput!) {
    updatePlanKpi(input: $input) {
      id
      version
      name
      unit
      baseline
      target
      attainment
    }
  }
`);

interface KpiValues {
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

/** A KPI figure typed in the interface language ("12,5" in Italian); NaN when it is not a number. */
const toNumber = (s: string, language: Language) => parseLocaleNumber(s, language) ?? Number.NaN;

/** Checks a KPI's fields in the browser first, so a typo is named next to its field at once. */
function localErrors(v: KpiValues, t: TFunction<'plan'>, language: Language): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.name.trim()) errors.name = t('edit.kpiNameRequired');
  if (!v.unit.trim()) errors.unit = t('edit.kpiUnitRequired');
  for (const field of ['baseline', 'target'] as const) {
    if (v[field].trim() === '' || Number.isNaN(toNumber(v[field], language)))
      errors[field] = t('kpiForm.valueRequired');
  }
  return errors;
}

/** The four fields of a KPI, shared by the "add" and "edit" forms. */
function KpiFields(props: {
  values: KpiValues;
  onChange: (patch: Partial<KpiValues>) => void;
  error: (field: keyof KpiValues) => string | null;
}) {
  const { t } = useTranslation('plan');
  return (
    <div className="plan-form__row">
      <TextField
        label={t('action.kpiName')}
        value={props.values.name}
        maxLength={200}
        onChange={(e) => props.onChange({ name: e.target.value })}
        error={props.error('name')}
      />
      <TextField
        label={t('action.unit')}
        value={props.values.unit}
        maxLength={40}
        onChange={(e) => props.onChange({ unit: e.target.value })}
        error={props.error('unit')}
      />
      <TextField
        label={t('action.baseline')}
        inputMode="decimal"
        value={props.values.baseline}
        onChange={(e) => props.onChange({ baseline: e.target.value })}
        error={props.error('baseline')}
      />
      <TextField
        label={t('action.target')}
        inputMode="decimal"
        value={props.values.target}
        onChange={(e) => props.onChange({ target: e.target.value })}
        error={props.error('target')}
      />
    </div>
  );
}

/** Edits one KPI; a stale version gets CONFLICT and the typed values stay. */
function EditKpiForm(props: {
  kpi: { id: string; version: number; name: string; unit: string; baseline: number; target: number };
}) {
  const { t } = useTranslation('plan');
  const language = useLanguage();
  const { kpi } = props;
  const [values, setValues] = useState<KpiValues>({
    name: kpi.name,
    unit: kpi.unit,
    baseline: String(kpi.baseline),
    target: String(kpi.target),
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const { problem, clear, fail, fieldError } = usePlanProblem(['name', 'unit', 'baseline', 'target']);
  const [update, { loading }] = useMutation(UpdatePlanKpiMutation, { refetchQueries: ['PlanActionDetail'] });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setSaved(false);
    const errors = localErrors(values, t, language);
    setLocal(errors);
    if (Object.keys(errors).length) return;
    try {
      await update({
        variables: {
          input: {
            id: kpi.id,
            version: kpi.version,
            name: values.name.trim(),
            unit: values.unit.trim(),
            baseline: toNumber(values.baseline, language),
            target: toNumber(values.target, language),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form
      className="form"
      noValidate
      aria-label={t('edit.kpiFormLabel', { name: kpi.name })}
      onSubmit={(e) => void onSubmit(e)}
    >
      <PlanFormProblem problem={problem} refetch={['PlanActionDetail']} />
      {saved && <Notice tone="success">{t('edit.kpiSaved')}</Notice>}
      <KpiFields
        values={values}
        onChange={(p) => setValues((v) => ({ ...v, ...p }))}
        error={(field) => local[field] ?? fieldError(field)}
      />
      <Button type="submit" variant="secondary" busy={loading}>
        {t('edit.saveKpi', { name: kpi.name })}
      </Button>
    </form>
  );
}

const EMPTY: KpiValues = { name: '', unit: '', baseline: '', target: '' };

/** Edits an action's KPIs and adds new ones. */
export function KpiEditor(props: {
  actionId: string;
  actionVersion: number;
  kpis: readonly {
    id: string;
    version: number;
    name: string;
    unit: string;
    baseline: number;
    target: number;
  }[];
}) {
  const { t } = useTranslation('plan');
  const language = useLanguage();
  const [values, setValues] = useState<KpiValues>(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [added, setAdded] = useState(false);
  const { problem, clear, fail, fieldError } = usePlanProblem([
    'kpi.name',
    'kpi.unit',
    'kpi.baseline',
    'kpi.target',
  ]);
  const [add, { loading }] = useMutation(AddPlanKpiMutation, {
    refetchQueries: ['PlanActionDetail'],
    awaitRefetchQueries: true,
  });

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setAdded(false);
    const errors = localErrors(values, t, language);
    setLocal(errors);
    if (Object.keys(errors).length) return;
    try {
      await add({
        variables: {
          input: {
            actionId: props.actionId,
            actionVersion: props.actionVersion,
            kpi: {
              name: values.name.trim(),
              unit: values.unit.trim(),
              baseline: toNumber(values.baseline, language),
              target: toNumber(values.target, language),
            },
          },
        },
      });
      setValues(EMPTY);
      setAdded(true);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="stack">
      {props.kpis.map((k) => (
        <EditKpiForm key={k.id} kpi={k} />
      ))}
      <form className="form" noValidate aria-label={t('edit.addKpi')} onSubmit={(e) => void onAdd(e)}>
        <h3>{t('edit.addKpi')}</h3>
        <PlanFormProblem problem={problem} refetch={['PlanActionDetail']} />
        {added && <Notice tone="success">{t('edit.kpiAdded')}</Notice>}
        <KpiFields
          values={values}
          onChange={(p) => setValues((v) => ({ ...v, ...p }))}
          error={(field) => local[field] ?? fieldError(`kpi.${field}`)}
        />
        <Button type="submit" variant="secondary" busy={loading}>
          {t('edit.addKpi')}
        </Button>
      </form>
    </div>
  );
}
