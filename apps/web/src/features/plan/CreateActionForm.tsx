import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { useReadNumber } from '../../i18n/number';
import { graphql } from '../../gql';
import type { PlanAxis } from '../../gql/graphql';
import { useFormProblem } from '../../lib/useFormProblem';
import { BudgetLines, newBudgetLine, type BudgetLine } from './BudgetLines';
import { AXES } from './plan-helpers';

const CreatePlanActionMutation = graphql(`
  mutation CreatePlanAction($input: CreatePlanActionInput!) {
    createPlanAction(input: $input) {
      id
      title
    }
  }
`);

const FIELDS = ['axis', 'objectiveId', 'title', 'description', 'startDate', 'endDate'] as const;

/** Adds an action to the plan with its budget lines; the axis totals refresh. */
export function CreateActionForm(props: {
  planId: string;
  years: readonly number[];
  objectives: readonly { id: string; axis: PlanAxis; title: string }[];
}) {
  const { t } = useTranslation('plan');
  const readNumber = useReadNumber();
  const [create, { loading }] = useMutation(CreatePlanActionMutation, {
    refetchQueries: ['PlanOverview', 'PlanGantt'],
  });
  const firstYear = String(props.years[0] ?? '');
  const [axis, setAxis] = useState<PlanAxis>('TERRITORIAL_MARKETING');
  const [lines, setLines] = useState<BudgetLine[]>(() => [newBudgetLine(firstYear)]);
  const [formKey, setFormKey] = useState(0);
  const budgetFields = lines.flatMap((_, i) => [
    `budget.${i}.year`,
    `budget.${i}.fundingSource`,
    `budget.${i}.amount`,
  ]);
  const {
    fail,
    refuse,
    fieldMessage: fieldError,
    notice,
  } = useFormProblem<string>([...FIELDS, ...budgetFields]);
  const [created, setCreated] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const errors: Record<string, string> = {};
    if (!value('title')) errors.title = t('form.titleRequired');
    if (!value('startDate')) errors.startDate = t('form.datesRequired');
    if (!value('endDate')) errors.endDate = t('form.datesRequired');
    const amounts = lines.map((l) => readNumber(l.amount, { min: 0 }));
    amounts.forEach((a, i) => {
      if (a.error) errors[`budget.${i}.amount`] = a.error;
    });
    setCreated(null);
    if (refuse(event.currentTarget, errors)) return;
    const budget = lines.flatMap((l, i) => {
      const amount = amounts[i]?.value;
      return amount === null || amount === undefined
        ? []
        : [{ year: Number(l.year), fundingSource: l.source, amount }];
    });
    try {
      const { data } = await create({
        variables: {
          input: {
            planId: props.planId,
            axis,
            objectiveId: value('objectiveId') || null,
            title: value('title'),
            description: value('description') || null,
            startDate: value('startDate'),
            endDate: value('endDate'),
            budget,
          },
        },
      });
      if (data) {
        setCreated(data.createPlanAction.title);
        setLines([newBudgetLine(firstYear)]);
        setFormKey((k) => k + 1);
      }
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {notice}
      {created && <Notice tone="success">{t('form.created', { title: created })}</Notice>}
      <div className="plan-form__row">
        <Select
          label={t('form.axis')}
          name="axis"
          value={axis}
          options={AXES.map((a) => ({ value: a, label: t(`axis.${a}`) }))}
          onChange={(e) => setAxis(AXES.find((a) => a === e.target.value) ?? 'TERRITORIAL_MARKETING')}
        />
        <Select
          label={t('form.objective')}
          name="objectiveId"
          placeholder={t('form.noObjective')}
          options={props.objectives
            .filter((o) => o.axis === axis)
            .map((o) => ({ value: o.id, label: o.title }))}
          error={fieldError('objectiveId')}
        />
      </div>
      <TextField label={t('form.title')} name="title" required maxLength={200} error={fieldError('title')} />
      <TextField label={t('form.description')} name="description" maxLength={5000} />
      <div className="plan-form__row">
        <DateField
          label={t('form.startDate')}
          name="startDate"
          required
          min={`${props.years[0]}-01-01`}
          max={`${props.years.at(-1)}-12-31`}
          error={fieldError('startDate')}
        />
        <DateField
          label={t('form.endDate')}
          name="endDate"
          required
          min={`${props.years[0]}-01-01`}
          max={`${props.years.at(-1)}-12-31`}
          error={fieldError('endDate')}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('form.budget')}</legend>
        <BudgetLines
          lines={lines}
          onChange={setLines}
          years={props.years}
          minLines={1}
          error={(i, field) => fieldError(`budget.${i}.${field}`)}
        />
      </fieldset>
      <Button type="submit" busy={loading}>
        {t('form.submit')}
      </Button>
    </form>
  );
}
