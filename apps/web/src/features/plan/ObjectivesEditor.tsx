import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { PlanAxis } from '../../gql/graphql';
import { PlanFormProblem, usePlanProblem } from './usePlanProblem';

const CreatePlanObjectiveMutation = graphql(`
  mutation CreatePlanObjective($input: CreatePlanObjectiveInput!) {
    createPlanObjective(input: $input) {
      id
      title
    }
  }
`);

const UpdatePlanObjectiveMutation = graphql(`
  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {
    updatePlanObjective(input: $input) {
      id
      version
      title
      description
    }
  }
`);

interface Objective {
  id: string;
  version: number;
  title: string;
  description?: string | null;
}

/** Renames an objective; a stale version gets CONFLICT and the typed text stays. */
function EditObjective({ objective, onDone }: { objective: Objective; onDone: () => void }) {
  const { t } = useTranslation('plan');
  const [title, setTitle] = useState(objective.title);
  const [description, setDescription] = useState(objective.description ?? '');
  const [missing, setMissing] = useState(false);
  const { problem, clear, fail, fieldError } = usePlanProblem(['title', 'description']);
  const [update, { loading }] = useMutation(UpdatePlanObjectiveMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setMissing(!title.trim());
    if (!title.trim()) return;
    try {
      await update({
        variables: {
          input: { id: objective.id, version: objective.version, title: title.trim(), description },
        },
      });
      onDone();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <PlanFormProblem problem={problem} refetch={['PlanOverview']} />
      <TextField
        label={t('objectives.title')}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={missing ? t('form.titleRequired') : fieldError('title')}
      />
      <TextField
        label={t('form.description')}
        value={description}
        maxLength={5000}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldError('description')}
      />
      <div className="plan-actions-inline">
        <Button type="submit" variant="secondary" busy={loading}>
          {t('objectives.save')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('objectives.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Adds an objective to one axis. */
function AddObjective({ planId, axis }: { planId: string; axis: PlanAxis }) {
  const { t } = useTranslation('plan');
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const { problem, clear, fail, fieldError } = usePlanProblem(['title']);
  const [create, { loading }] = useMutation(CreatePlanObjectiveMutation, {
    refetchQueries: ['PlanOverview'],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setAdded(null);
    setMissing(!title.trim());
    if (!title.trim()) return;
    try {
      await create({ variables: { input: { planId, axis, title: title.trim() } } });
      setAdded(title.trim());
      setTitle('');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form className="form plan-form__row" noValidate onSubmit={(e) => void onSubmit(e)}>
      <PlanFormProblem problem={problem} refetch={['PlanOverview']} />
      {added && <Notice tone="success">{t('objectives.added', { title: added })}</Notice>}
      <TextField
        label={t('objectives.new', { axis: t(`axis.${axis}`) })}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={missing ? t('form.titleRequired') : fieldError('title')}
      />
      <Button type="submit" variant="secondary" busy={loading}>
        {t('objectives.add')}
      </Button>
    </form>
  );
}

/** An axis's objectives for an editor: each can be renamed, and new ones added. */
export function ObjectivesEditor(props: {
  planId: string;
  axis: PlanAxis;
  objectives: readonly Objective[];
}) {
  const { t } = useTranslation('plan');
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="stack">
      {props.objectives.length === 0 ? (
        <p className="muted">{t('objectives.none')}</p>
      ) : (
        <ul className="plan-chips">
          {props.objectives.map((o) => (
            <li key={o.id}>
              {editing === o.id ? (
                <EditObjective objective={o} onDone={() => setEditing(null)} />
              ) : (
                <>
                  {o.title}{' '}
                  <Button
                    variant="quiet"
                    aria-label={t('objectives.edit', { title: o.title })}
                    onClick={() => setEditing(o.id)}
                  >
                    {t('objectives.editShort')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <AddObjective planId={props.planId} axis={props.axis} />
    </div>
  );
}
