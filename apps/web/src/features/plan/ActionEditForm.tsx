import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { PlanActionStatus } from '../../gql/graphql';
import { FirmSearchField, type FirmRef } from './FirmSearchField';
import { PlanFormProblem, usePlanProblem } from './usePlanProblem';

export const ACTION_STATUSES = [
  'PLANNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'DONE',
  'CANCELLED',
] as const satisfies readonly PlanActionStatus[];

export const ActionEditForm_PlanActionFragment = graphql(`
  fragment ActionEditForm_PlanActionFragment on PlanAction {
    id
    version
    axis
    title
    description
    startDate
    endDate
    status
    objective {
      id
    }
    leadFirm {
      id
      legalName
    }
    leadUser {
      id
    }
    participatingFirms {
      id
      legalName
    }
    plan {
      id
      years
      axes {
        axis
        objectives {
          id
          title
        }
      }
    }
  }
`);

const ActionLeadUsersQuery = graphql(`
  query ActionLeadUsers {
    assignableUsers {
      id
      name
    }
  }
`);

const UpdatePlanActionMutation = graphql(`
  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {
    updatePlanAction(input: $input) {
      id
      version
    }
  }
`);

const FIELDS = [
  'title',
  'description',
  'objectiveId',
  'leadFirmId',
  'leadUserId',
  'participatingFirmIds',
  'startDate',
  'endDate',
  'status',
] as const;

/** Changes an action's fields; on CONFLICT what the person typed stays in the form. */
export function ActionEditForm(props: { action: FragmentType<typeof ActionEditForm_PlanActionFragment> }) {
  const { t } = useTranslation('plan');
  const a = getFragmentData(ActionEditForm_PlanActionFragment, props.action);
  const users = useQuery(ActionLeadUsersQuery);
  const [update, { loading }] = useMutation(UpdatePlanActionMutation, {
    refetchQueries: ['PlanActionDetail'],
    awaitRefetchQueries: true,
  });
  const { problem, clear, fail, fieldError } = usePlanProblem(FIELDS);
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState({
    title: a.title,
    description: a.description ?? '',
    objectiveId: a.objective?.id ?? '',
    leadUserId: a.leadUser?.id ?? '',
    startDate: a.startDate,
    endDate: a.endDate,
    status: a.status,
  });
  const [leadFirm, setLeadFirm] = useState<FirmRef | null>(a.leadFirm ?? null);
  const [firms, setFirms] = useState<FirmRef[]>(() => a.participatingFirms.map((f) => ({ ...f })));
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const objectives = a.plan.axes.find((x) => x.axis === a.axis)?.objectives ?? [];
  const [titleMissing, setTitleMissing] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setSaved(false);
    setTitleMissing(values.title.trim() === '');
    if (values.title.trim() === '') return;
    try {
      await update({
        variables: {
          input: {
            id: a.id,
            version: a.version,
            title: values.title.trim(),
            description: values.description.trim(),
            objectiveId: values.objectiveId || null,
            leadFirmId: leadFirm?.id ?? null,
            leadUserId: values.leadUserId || null,
            participatingFirmIds: firms.map((f) => f.id),
            startDate: values.startDate,
            endDate: values.endDate,
            status: values.status,
          },
        },
      });
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  };

  const firstYear = a.plan.years[0];
  const lastYear = a.plan.years.at(-1);
  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <PlanFormProblem problem={problem} refetch={['PlanActionDetail']} />
      {saved && <Notice tone="success">{t('edit.saved')}</Notice>}
      <TextField
        label={t('form.title')}
        value={values.title}
        onChange={(e) => set({ title: e.target.value })}
        required
        maxLength={200}
        error={titleMissing ? t('form.titleRequired') : fieldError('title')}
      />
      <TextField
        label={t('form.description')}
        value={values.description}
        onChange={(e) => set({ description: e.target.value })}
        maxLength={5000}
        error={fieldError('description')}
      />
      <div className="plan-form__row">
        <Select
          label={t('form.objective')}
          value={values.objectiveId}
          placeholder={t('form.noObjective')}
          options={objectives.map((o) => ({ value: o.id, label: o.title }))}
          onChange={(e) => set({ objectiveId: e.target.value })}
          error={fieldError('objectiveId')}
        />
        <Select
          label={t('actions.status')}
          value={values.status}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
          onChange={(e) =>
            set({ status: ACTION_STATUSES.find((s) => s === e.target.value) ?? values.status })
          }
          error={fieldError('status')}
        />
      </div>
      <div className="plan-form__row">
        <DateField
          label={t('form.startDate')}
          value={values.startDate}
          min={`${firstYear}-01-01`}
          max={`${lastYear}-12-31`}
          onChange={(startDate) => set({ startDate })}
          error={fieldError('startDate')}
        />
        <DateField
          label={t('form.endDate')}
          value={values.endDate}
          min={`${firstYear}-01-01`}
          max={`${lastYear}-12-31`}
          onChange={(endDate) => set({ endDate })}
          error={fieldError('endDate')}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('actions.lead')}</legend>
        <Select
          label={t('edit.leadUser')}
          value={values.leadUserId}
          placeholder={t('edit.noLeadUser')}
          options={(users.data?.assignableUsers ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(e) => set({ leadUserId: e.target.value })}
          error={fieldError('leadUserId')}
        />
        <p>
          {t('edit.leadFirm')}: <strong>{leadFirm?.legalName ?? t('actions.noLead')}</strong>{' '}
          {leadFirm && (
            <Button variant="quiet" onClick={() => setLeadFirm(null)}>
              {t('edit.clearLeadFirm')}
            </Button>
          )}
        </p>
        {fieldError('leadFirmId') && <p className="field__error">{fieldError('leadFirmId')}</p>}
        <FirmSearchField
          label={t('edit.searchLeadFirm')}
          exclude={leadFirm ? [leadFirm] : []}
          onPick={setLeadFirm}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('action.participants')}</legend>
        {firms.length === 0 ? (
          <p className="muted">{t('action.noParticipants')}</p>
        ) : (
          <ul className="plan-chips">
            {firms.map((f) => (
              <li key={f.id}>
                {f.legalName}{' '}
                <Button
                  variant="quiet"
                  aria-label={t('edit.removeFirm', { firm: f.legalName })}
                  onClick={() => setFirms((list) => list.filter((x) => x.id !== f.id))}
                >
                  {t('edit.removeShort')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {fieldError('participatingFirmIds') && (
          <p className="field__error">{fieldError('participatingFirmIds')}</p>
        )}
        <FirmSearchField
          label={t('edit.searchParticipant')}
          exclude={firms}
          onPick={(firm) => setFirms((list) => [...list, firm])}
        />
      </fieldset>
      <Button type="submit" busy={loading}>
        {t('edit.submit')}
      </Button>
    </form>
  );
}
