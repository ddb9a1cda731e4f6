import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import type { Problem } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { useFormProblem } from '../../lib/useFormProblem';
import { planFieldReasons, type PlanReason } from './plan-helpers';

/**
 * A plan form's failure (useFormProblem with the plan's own messages by reason): the message above it,
 * the messages next to its fields, CONFLICT or not.
 */
export function usePlanProblem<F extends string>(fields: readonly F[]) {
  const { t } = useTranslation('plan');
  const [reasons, setReasons] = useState<Partial<Record<string, PlanReason>>>({});
  const form = useFormProblem(fields, {
    fieldReason: (field) => {
      const reason = reasons[field];
      return reason ? t(`reason.${reason}`) : null;
    },
  });
  return {
    problem: form.problem,
    clear: () => form.setProblem(null),
    fail: (error: unknown) => {
      setReasons(planFieldReasons(error));
      form.fail(error);
    },
    fieldError: form.fieldMessage,
  };
}

/**
 * Shows a form-level problem. On CONFLICT it says the input is kept and offers to load the newer data
 * (the form keeps what the person typed; saving again then applies it over the newer version).
 */
export function PlanFormProblem(props: { problem: Problem | null; refetch: readonly string[] }) {
  const { t } = useTranslation('plan');
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const [reloading, setReloading] = useState(false);
  if (!props.problem?.form) return null;
  const conflict = props.problem.code === 'CONFLICT';
  return (
    <Notice tone="error" role="alert">
      {conflict ? t('edit.conflict') : errorMessage(props.problem.form)}
      {conflict && (
        <>
          {' '}
          <Button
            variant="secondary"
            busy={reloading}
            onClick={() => {
              setReloading(true);
              void client.refetchQueries({ include: [...props.refetch] }).finally(() => setReloading(false));
            }}
          >
            {t('edit.reload')}
          </Button>
        </>
      )}
    </Notice>
  );
}
