import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { describeError, type Problem } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { planFieldReasons, type PlanReason } from './plan-helpers';

/** A plan form's failure: the message above it, the messages next to its fields, CONFLICT or not. */
export function usePlanProblem(fields: readonly string[]) {
  const { t } = useTranslation('plan');
  const [state, setState] = useState<{
    problem: Problem;
    reasons: Partial<Record<string, PlanReason>>;
  } | null>(null);
  return {
    problem: state?.problem ?? null,
    clear: () => setState(null),
    fail: (error: unknown) =>
      setState({ problem: describeError(error, fields), reasons: planFieldReasons(error) }),
    fieldError: (field: string): string | null => {
      const reason = state?.reasons[field];
      if (reason && state?.problem.fields[field]) return t(`reason.${reason}`);
      const message = state?.problem.fields[field];
      return message ? t(message.key, message.params ?? {}) : null;
    },
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
