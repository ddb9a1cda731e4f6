import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { PlanFormProblem, usePlanProblem } from './usePlanProblem';

const CreateStrategicPlanMutation = graphql(`
  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {
    createStrategicPlan(input: $input) {
      id
      title
    }
  }
`);

const FIELDS = ['title', 'description', 'startYear', 'endYear'] as const;

/** Creates a plan in DRAFT over its years, then opens it. */
export function CreatePlanForm(props: { onCreated: (id: string) => void }) {
  const { t } = useTranslation('plan');
  const nextYear = new Date().getFullYear() + 1;
  const [values, setValues] = useState({
    title: '',
    description: '',
    startYear: String(nextYear),
    endYear: String(nextYear + 2),
  });
  const [local, setLocal] = useState<Partial<Record<string, string>>>({});
  const { problem, clear, fail, fieldError } = usePlanProblem(FIELDS);
  const [create, { loading }] = useMutation(CreateStrategicPlanMutation, {
    refetchQueries: ['PlanPage'],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const errors: Record<string, string> = {};
    if (!values.title.trim()) errors.title = t('form.titleRequired');
    if (!/^\d{4}$/.test(values.startYear)) errors.startYear = t('create.yearInvalid');
    if (!/^\d{4}$/.test(values.endYear)) errors.endYear = t('create.yearInvalid');
    setLocal(errors);
    if (Object.keys(errors).length) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            title: values.title.trim(),
            description: values.description.trim() || null,
            startYear: Number(values.startYear),
            endYear: Number(values.endYear),
          },
        },
      });
      if (data) props.onCreated(data.createStrategicPlan.id);
    } catch (error) {
      fail(error);
    }
  };

  const error = (field: (typeof FIELDS)[number]) => local[field] ?? fieldError(field);
  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <PlanFormProblem problem={problem} refetch={['PlanPage']} />
      <TextField
        label={t('form.title')}
        value={values.title}
        maxLength={200}
        required
        onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
        error={error('title')}
      />
      <TextField
        label={t('form.description')}
        value={values.description}
        maxLength={5000}
        onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
        error={error('description')}
      />
      <div className="plan-form__row">
        <TextField
          label={t('create.startYear')}
          inputMode="numeric"
          value={values.startYear}
          onChange={(e) => setValues((v) => ({ ...v, startYear: e.target.value }))}
          error={error('startYear')}
        />
        <TextField
          label={t('create.endYear')}
          description={t('create.endYearHint')}
          inputMode="numeric"
          value={values.endYear}
          onChange={(e) => setValues((v) => ({ ...v, endYear: e.target.value }))}
          error={error('endYear')}
        />
      </div>
      <Button type="submit" busy={loading}>
        {t('create.submit')}
      </Button>
    </form>
  );
}
