import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice, type Outcome } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFailureText } from '../../lib/useErrorMessage';
import { QueryState } from '../shell/QueryState';
import { CreateActionForm } from './CreateActionForm';
import { PlanBudgetTable } from './PlanBudgetTable';
import { PlanGanttSection } from './PlanGantt';
import { PlanRevisions } from './PlanRevisions';
import { CreatePlanForm } from './CreatePlanForm';
import { ObjectivesEditor } from './ObjectivesEditor';
import { AXES } from './plan-helpers';
import './plan.css';

const PlanPageQuery = graphql(`
  query PlanPage {
    me {
      permissions {
        viewerCanEditPlan
      }
    }
    strategicPlans {
      id
      title
      startYear
      endYear
    }
  }
`);

const PlanOverviewQuery = graphql(`
  query PlanOverview($id: ID!) {
    strategicPlan(id: $id) {
      id
      title
      description
      years
      status
      nextStatuses
      viewerCanEdit
      version
      ...PlanBudgetTable_PlanFragment
      axes {
        axis
        actionCount
        objectives {
          id
          axis
          title
          description
          version
        }
      }
      actions(first: 100) {
        totalCount
        edges {
          node {
            id
            title
            axis
            status
            startDate
            endDate
            budgetTotal
            leadFirm {
              id
              legalName
            }
            leadUser {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const ChangePlanStatusMutation = graphql(`
  mutation ChangePlanStatus($input: ChangePlanStatusInput!) {
    changeStrategicPlanStatus(input: $input) {
      id
      status
      version
      nextStatuses
      viewerCanEdit
    }
  }
`);

function PlanOverview({ id }: { id: string }) {
  const { t } = useTranslation('plan');
  const f = useFormat();
  const failureText = useFailureText();
  const result = useQuery(PlanOverviewQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [changeStatus, changing] = useMutation(ChangePlanStatusMutation);
  const [notice, setNotice] = useState<Outcome | null>(null);

  return (
    <QueryState result={result}>
      {({ strategicPlan: plan }) => {
        const actions = plan.actions.edges.map((e) => e.node);
        return (
          <div className="stack">
            <Card
              title={plan.title}
              actions={
                <span className="plan-status">
                  {t('statusLabel', { status: t(`status.${plan.status}`) })}
                </span>
              }
            >
              {plan.description && <p>{plan.description}</p>}
              <OutcomeNotice outcome={notice} />
              {plan.viewerCanEdit &&
                plan.nextStatuses.map((s) => (
                  <Button
                    key={s}
                    variant="secondary"
                    busy={changing.loading}
                    onClick={() => {
                      setNotice(null);
                      changeStatus({
                        variables: { input: { id: plan.id, version: plan.version, status: s } },
                      })
                        .then(() =>
                          setNotice({
                            tone: 'success',
                            text: t('statusChanged', { status: t(`status.${s}`) }),
                          }),
                        )
                        .catch((e: unknown) => setNotice({ tone: 'error', text: failureText(e) }));
                    }}
                  >
                    {t('moveTo', { status: t(`status.${s}`) })}
                  </Button>
                ))}
            </Card>
            <Card title={t('budget.heading')}>
              <PlanBudgetTable plan={plan} />
            </Card>
            <Card
              title={t('actions.heading')}
              actions={
                <span className="muted">{t('actions.count', { count: plan.actions.totalCount })}</span>
              }
            >
              {AXES.map((axis) => {
                const summary = plan.axes.find((a) => a.axis === axis);
                const inAxis = actions.filter((a) => a.axis === axis);
                return (
                  <section key={axis} className="plan-axis" aria-labelledby={`axis-${axis}`}>
                    <h3 id={`axis-${axis}`}>{t(`axis.${axis}`)}</h3>
                    {plan.viewerCanEdit ? (
                      <details className="plan-objectives">
                        <summary>
                          {t('objectives.heading', { count: summary?.objectives.length ?? 0 })}
                        </summary>
                        <ObjectivesEditor
                          planId={plan.id}
                          axis={axis}
                          objectives={summary?.objectives ?? []}
                        />
                      </details>
                    ) : (
                      summary &&
                      summary.objectives.length > 0 && (
                        <p className="muted">
                          {t('actions.objectives')}: {summary.objectives.map((o) => o.title).join(' · ')}
                        </p>
                      )
                    )}
                    {inAxis.length === 0 ? (
                      <EmptyState message={t('actions.none')} />
                    ) : (
                      <Table
                        caption={t(`axis.${axis}`)}
                        captionHidden
                        columns={[
                          t('form.title'),
                          t('actions.lead'),
                          t('actions.dates'),
                          t('actions.budget'),
                          t('actions.status'),
                        ]}
                      >
                        <tbody>
                          {inAxis.map((a) => (
                            <tr key={a.id}>
                              <th scope="row">
                                <Link to={`/plan/actions/${a.id}`}>{a.title}</Link>
                              </th>
                              <td>{a.leadFirm?.legalName ?? a.leadUser?.name ?? t('actions.noLead')}</td>
                              <td className="table__nowrap">
                                {f.day(a.startDate)} – {f.day(a.endDate)}
                              </td>
                              <td className="tabular">{f.euro(a.budgetTotal)}</td>
                              <td>{t(`actionStatus.${a.status}`)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </Table>
                    )}
                  </section>
                );
              })}
            </Card>
            <Card title={t('gantt.heading')}>
              <PlanGanttSection id={plan.id} />
            </Card>
            {plan.viewerCanEdit && (
              <Card title={t('form.heading')}>
                <CreateActionForm
                  planId={plan.id}
                  years={plan.years}
                  objectives={plan.axes.flatMap((a) => a.objectives)}
                />
              </Card>
            )}
            <Card title={t('revisions.heading')}>
              <PlanRevisions id={plan.id} />
            </Card>
          </div>
        );
      }}
    </QueryState>
  );
}

/** /plan: the strategic plan by axis, with budget per year, actions, a timeline and, for editors, a form. */
export function PlanPage() {
  const { t } = useTranslation('plan');
  const title = t('title');
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const result = useQuery(PlanPageQuery);
  return (
    <>
      <PageHeader title={title} description={t('intro')} />
      <QueryState result={result}>
        {({ me, strategicPlans }) => {
          const canCreate = me?.permissions.viewerCanEditPlan ?? false;
          const createCard = canCreate && (
            <Card title={t('create.heading')}>
              <CreatePlanForm onCreated={(id) => setParams({ id })} />
            </Card>
          );
          if (strategicPlans.length === 0)
            return (
              <div className="stack">
                <EmptyState message={t('noPlan')} />
                {createCard}
              </div>
            );
          const chosen = strategicPlans.find((p) => p.id === params.get('id')) ?? strategicPlans[0]!;
          return (
            <div className="stack">
              {strategicPlans.length > 1 && (
                <Select
                  label={t('choosePlan')}
                  value={chosen.id}
                  options={strategicPlans.map((p) => ({
                    value: p.id,
                    label: `${p.title} (${p.startYear}–${p.endYear})`,
                  }))}
                  onChange={(e) => setParams({ id: e.target.value })}
                />
              )}
              <PlanOverview id={chosen.id} />
              {createCard}
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
