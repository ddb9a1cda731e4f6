import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { BudgetLines, newBudgetLine, type BudgetLine } from './BudgetLines';
import { PlanFormProblem, usePlanProblem } from './usePlanProblem';

export const ActionBudgetForm_PlanActionFragment = graphql(`
  fragment ActionBudgetForm_PlanActionFragment on PlanAction {
    id
    version
    budget {
      year
      fundingSource
      amount
    }
    plan {
      id
      status
      years
    }
  }
`);

const SetPlanActionBudgetMutation = graphql(`
  mutation SetPlanActionBudget($input: SetPlanActionBudgetInput!) {
    setPlanActionBudget(input: $input) {
      id
      version
      budgetTotal
    }
  }
`);

/** Replaces an action's budget lines; an approved plan keeps the change as a revision (said above the form). */
export function ActionBudgetForm(props: {
  action: FragmentType<typeof ActionBudgetForm_PlanActionFragment>;
}) {
  const { t } = useTranslation('plan');
  const f = useFormat();
  const a = getFragmentData(ActionBudgetForm_PlanActionFragment, props.action);
  const [lines, setLines] = useState<BudgetLine[]>(() =>
    a.budget.map((b) => newBudgetLine(String(b.year), { source: b.fundingSource, amount: String(b.amount) })),
  );
  const [local, setLocal] = useState<Partial<Record<string, string>>>({});
  const [saved, setSaved] = useState(false);
  const fields = lines.flatMap((_, i) => [
    `lines.${i}.year`,
    `lines.${i}.fundingSource`,
    `lines.${i}.amount`,
  ]);
  const { problem, clear, fail, fieldError } = usePlanProblem(fields);
  const [save, { loading }] = useMutation(SetPlanActionBudgetMutation, {
    refetchQueries: ['PlanActionDetail', 'PlanOverview', 'PlanRevisions'],
    awaitRefetchQueries: true,
  });
  const parse = (s: string) => Number(s.trim().replace(/\./g, '').replace(',', '.'));
  const amountOf = (s: string) => (/^\d+(\.\d{1,2})?$/.test(s.trim()) ? Number(s.trim()) : parse(s));
  const total = lines.reduce(
    (sum, l) => sum + (Number.isFinite(amountOf(l.amount)) ? amountOf(l.amount) : 0),
    0,
  );
  const approved = a.plan.status === 'APPROVED' || a.plan.status === 'ACTIVE';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setSaved(false);
    const errors: Record<string, string> = {};
    lines.forEach((l, i) => {
      const n = amountOf(l.amount);
      if (l.amount.trim() === '' || !Number.isFinite(n) || n < 0)
        errors[`lines.${i}.amount`] = t('edit.amountInvalid');
    });
    setLocal(errors);
    if (Object.keys(errors).length) return;
    try {
      await save({
        variables: {
          input: {
            actionId: a.id,
            version: a.version,
            lines: lines.map((l) => ({
              year: Number(l.year),
              fundingSource: l.source,
              amount: amountOf(l.amount),
            })),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {approved && <p className="muted">{t('edit.revisionHint')}</p>}
      <PlanFormProblem problem={problem} refetch={['PlanActionDetail']} />
      {saved && <Notice tone="success">{t('edit.budgetSaved')}</Notice>}
      {lines.length === 0 && <p className="muted">{t('action.noBudget')}</p>}
      <BudgetLines
        lines={lines}
        onChange={setLines}
        years={a.plan.years}
        minLines={0}
        error={(i, field) => local[`lines.${i}.${field}`] ?? fieldError(`lines.${i}.${field}`)}
      />
      <p>
        {t('edit.newTotal')}: <strong className="tabular">{f.euro(total)}</strong>
      </p>
      <div className="plan-actions-inline">
        <Button type="submit" busy={loading}>
          {t('edit.saveBudget')}
        </Button>
      </div>
    </form>
  );
}
