import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { useFormProblem } from '../../lib/useFormProblem';
import { FirmSearchField, type FirmRef } from '../plan/FirmSearchField';

export const TaskLinksForm_TaskFragment = graphql(`
  fragment TaskLinksForm_TaskFragment on Task {
    id
    version
    firms {
      id
      legalName
    }
    planAction {
      id
      title
    }
  }
`);

const TaskPlanActionsQuery = graphql(`
  query TaskPlanActions {
    strategicPlans {
      id
      title
      actions(first: 100) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`);

const UpdateTaskLinksMutation = graphql(`
  mutation UpdateTaskLinks($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskLinksForm_TaskFragment
    }
  }
`);

/** Links firms (found by a directory search) and a plan action to a task; the choice survives a CONFLICT. */
export function TaskLinksForm(props: { task: FragmentType<typeof TaskLinksForm_TaskFragment> }) {
  const { t } = useTranslation('tasks');
  const errorMessage = useErrorMessage();
  const task = getFragmentData(TaskLinksForm_TaskFragment, props.task);
  const [firms, setFirms] = useState<FirmRef[]>(() => task.firms.map((f) => ({ ...f })));
  const [planActionId, setPlanActionId] = useState(task.planAction?.id ?? '');
  const actions = useQuery(TaskPlanActionsQuery);
  const [update, { loading }] = useMutation(UpdateTaskLinksMutation, { refetchQueries: ['TaskDetail'] });
  const { problem, setProblem, fail, fieldMessage } = useFormProblem(['firmIds', 'planActionId']);
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    try {
      await update({
        variables: {
          input: {
            id: task.id,
            version: task.version,
            firmIds: firms.map((f) => f.id),
            planActionId: planActionId || null,
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
      {problem?.form && (
        <Notice tone="error" role="alert">
          {errorMessage(problem.form)}
          {problem.code === 'CONFLICT' && ` ${t('links.conflictHint')}`}
        </Notice>
      )}
      {saved && <Notice tone="success">{t('links.saved')}</Notice>}
      <fieldset className="fieldset">
        <legend>{t('detail.firms')}</legend>
        {firms.length === 0 ? (
          <p className="muted">{t('links.noFirms')}</p>
        ) : (
          <ul className="task-links">
            {firms.map((f) => (
              <li key={f.id}>
                {f.legalName}{' '}
                <Button
                  variant="quiet"
                  onClick={() => setFirms((list) => list.filter((x) => x.id !== f.id))}
                  aria-label={t('links.unlink', { firm: f.legalName })}
                >
                  {t('links.unlinkShort')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {fieldMessage('firmIds') && <p className="field__error">{fieldMessage('firmIds')}</p>}
        <FirmSearchField
          label={t('links.search')}
          exclude={firms}
          onPick={(firm) => setFirms((list) => [...list, firm])}
        />
      </fieldset>
      {actions.data && (
        <Select
          label={t('detail.planAction')}
          value={planActionId}
          onChange={(e) => setPlanActionId(e.target.value)}
          placeholder={t('links.noAction')}
          options={actions.data.strategicPlans.flatMap((p) =>
            p.actions.edges.map(({ node }) => ({ value: node.id, label: `${node.title} — ${p.title}` })),
          )}
          error={fieldMessage('planActionId')}
        />
      )}
      <Button type="submit" variant="secondary" busy={loading}>
        {t('links.submit')}
      </Button>
    </form>
  );
}
