import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice, type Outcome } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFailureText } from '../../lib/useErrorMessage';
import { QueryState } from '../shell/QueryState';
import { ActionBudgetForm } from './ActionBudgetForm';
import { ActionEditForm } from './ActionEditForm';
import { KpiActualForm } from './KpiActualForm';
import { KpiEditor } from './KpiEditor';
import { FUNDING_SOURCES } from './plan-helpers';
import './plan.css';

const PlanActionQuery = graphql(`
  query PlanActionDetail($id: ID!) {
    planAction(id: $id) {
      id
      title
      description
      axis
      status
      startDate
      endDate
      budgetTotal
      viewerCanRequestToJoin
      viewerCanDecideJoinRequests
      viewerCanEdit
      version
      ...ActionEditForm_PlanActionFragment
      ...ActionBudgetForm_PlanActionFragment
      objective {
        id
        title
      }
      plan {
        id
        title
        years
      }
      leadFirm {
        id
        legalName
      }
      leadUser {
        id
        name
      }
      participatingFirms {
        id
        legalName
      }
      budget {
        year
        fundingSource
        amount
      }
      kpis {
        id
        name
        unit
        baseline
        target
        attainment
        version
        actuals {
          year
          value
        }
      }
      joinRequests {
        id
        status
        note
        version
        createdAt
        firm {
          id
          legalName
        }
      }
    }
  }
`);

const RequestToJoinMutation = graphql(`
  mutation RequestToJoinPlanAction($input: RequestToJoinPlanActionInput!) {
    requestToJoinPlanAction(input: $input) {
      id
      status
    }
  }
`);

const DecideJoinMutation = graphql(`
  mutation DecidePlanJoinRequest($input: DecidePlanJoinRequestInput!) {
    decidePlanJoinRequest(input: $input) {
      id
      status
    }
  }
`);

/** /plan/actions/:id — an action's budget per year and source, its KPIs, its firms and join requests. */
export function PlanActionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('plan');
  const f = useFormat();
  const failureText = useFailureText();
  const result = useQuery(PlanActionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [requestJoin, requesting] = useMutation(RequestToJoinMutation, {
    refetchQueries: ['PlanActionDetail'],
  });
  const [decide, deciding] = useMutation(DecideJoinMutation, { refetchQueries: ['PlanActionDetail'] });
  const [notice, setNotice] = useState<Outcome | null>(null);
  useDocumentTitle(result.data?.planAction.title ?? t('title'));

  const fail = (e: unknown) => setNotice({ tone: 'error', text: failureText(e) });

  const onJoin = async (event: FormEvent<HTMLFormElement>, actionId: string) => {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    try {
      await requestJoin({ variables: { input: { actionId, note: note || null } } });
      setNotice({ tone: 'success', text: t('action.joinSent') });
    } catch (e) {
      fail(e);
    }
  };

  return (
    <QueryState result={result}>
      {({ planAction: a }) => {
        const years = a.plan.years;
        const usedSources = FUNDING_SOURCES.filter((s) => a.budget.some((b) => b.fundingSource === s));
        const amount = (year: number, source: string) =>
          a.budget.find((b) => b.year === year && b.fundingSource === source)?.amount ?? 0;
        return (
          <>
            <p>
              <Link to={`/plan?id=${a.plan.id}`}>{t('action.back')}</Link>
            </p>
            <PageHeader title={a.title} description={a.description ?? undefined} />
            <div className="stack">
              <OutcomeNotice outcome={notice} />
              <Card title={t('action.details')}>
                <dl className="term-rows">
                  <dt>{t('form.axis')}</dt>
                  <dd>{t(`axis.${a.axis}`)}</dd>
                  {a.objective && (
                    <>
                      <dt>{t('form.objective')}</dt>
                      <dd>{a.objective.title}</dd>
                    </>
                  )}
                  <dt>{t('actions.lead')}</dt>
                  <dd>{a.leadFirm?.legalName ?? a.leadUser?.name ?? t('actions.noLead')}</dd>
                  <dt>{t('actions.dates')}</dt>
                  <dd>
                    {f.day(a.startDate)} – {f.day(a.endDate)}
                  </dd>
                  <dt>{t('actions.status')}</dt>
                  <dd>{t(`actionStatus.${a.status}`)}</dd>
                  <dt>{t('actions.budget')}</dt>
                  <dd className="tabular">{f.euro(a.budgetTotal)}</dd>
                </dl>
              </Card>
              <Card title={t('action.budgetHeading')}>
                {a.budget.length === 0 ? (
                  <EmptyState message={t('action.noBudget')} />
                ) : (
                  <Table caption={t('action.budgetCaption')} captionHidden>
                    <thead>
                      <tr>
                        <th scope="col">{t('form.source')}</th>
                        {years.map((y) => (
                          <th key={y} scope="col">
                            {y}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {usedSources.map((s) => (
                        <tr key={s}>
                          <th scope="row">{t(`funding.${s}`)}</th>
                          {years.map((y) => (
                            <td key={y} className="tabular">
                              {f.euro(amount(y, s))}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
              </Card>
              <Card title={t('action.kpis')}>
                {a.kpis.length === 0 ? (
                  <EmptyState message={t('action.noKpis')} />
                ) : (
                  <Table caption={t('action.kpiCaption')} captionHidden>
                    <thead>
                      <tr>
                        <th scope="col">{t('action.kpiName')}</th>
                        <th scope="col">{t('action.unit')}</th>
                        <th scope="col">{t('action.baseline')}</th>
                        <th scope="col">{t('action.target')}</th>
                        {years.map((y) => (
                          <th key={y} scope="col">
                            {y}
                          </th>
                        ))}
                        <th scope="col">{t('action.attainment')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.kpis.map((k) => (
                        <tr key={k.id}>
                          <th scope="row">{k.name}</th>
                          <td>{k.unit}</td>
                          <td className="tabular">{f.number(k.baseline, 2)}</td>
                          <td className="tabular">{f.number(k.target, 2)}</td>
                          {years.map((y) => {
                            const actual = k.actuals.find((x) => x.year === y);
                            return (
                              <td key={y} className="tabular">
                                {actual ? f.number(actual.value, 2) : '—'}
                              </td>
                            );
                          })}
                          <td className="tabular">
                            {k.attainment === null || k.attainment === undefined
                              ? t('action.notMeasured')
                              : f.percent(k.attainment)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
              </Card>
              {a.viewerCanEdit && a.kpis.length > 0 && (
                <Card title={t('kpiForm.heading')}>
                  <KpiActualForm kpis={a.kpis} years={years} />
                </Card>
              )}
              {a.viewerCanEdit && (
                <>
                  <Card title={t('edit.actionHeading')}>
                    <ActionEditForm action={a} />
                  </Card>
                  <Card title={t('edit.budgetHeading')}>
                    <ActionBudgetForm action={a} />
                  </Card>
                  <Card title={t('edit.kpisHeading')}>
                    <KpiEditor actionId={a.id} actionVersion={a.version} kpis={a.kpis} />
                  </Card>
                </>
              )}
              <Card title={t('action.participants')}>
                {a.participatingFirms.length === 0 ? (
                  <EmptyState message={t('action.noParticipants')} />
                ) : (
                  <ul className="plan-list">
                    {a.participatingFirms.map((firm) => (
                      <li key={firm.id}>{firm.legalName}</li>
                    ))}
                  </ul>
                )}
                {a.viewerCanRequestToJoin && (
                  <form className="form" onSubmit={(e) => void onJoin(e, a.id)}>
                    <TextField label={t('action.joinNote')} name="note" maxLength={1000} />
                    <Button type="submit" busy={requesting.loading}>
                      {t('action.join')}
                    </Button>
                  </form>
                )}
              </Card>
              {(a.viewerCanDecideJoinRequests || a.joinRequests.length > 0) && (
                <Card title={t('action.requests')}>
                  {a.joinRequests.length === 0 ? (
                    <EmptyState message={t('action.noRequests')} />
                  ) : (
                    <ul className="plan-list">
                      {a.joinRequests.map((r) => (
                        <li key={r.id}>
                          <strong>{r.firm.legalName}</strong> — {t(`joinStatus.${r.status}`)}
                          {r.note && <span className="muted"> · {r.note}</span>}
                          {a.viewerCanDecideJoinRequests && r.status === 'PENDING' && (
                            <span className="plan-actions-inline">
                              <Button
                                variant="secondary"
                                busy={deciding.loading}
                                aria-label={t('action.accept', { firm: r.firm.legalName })}
                                onClick={() =>
                                  void decide({
                                    variables: { input: { id: r.id, version: r.version, accept: true } },
                                  }).catch(fail)
                                }
                              >
                                {t('action.acceptShort')}
                              </Button>
                              <Button
                                variant="quiet"
                                busy={deciding.loading}
                                aria-label={t('action.decline', { firm: r.firm.legalName })}
                                onClick={() =>
                                  void decide({
                                    variables: { input: { id: r.id, version: r.version, accept: false } },
                                  }).catch(fail)
                                }
                              >
                                {t('action.declineShort')}
                              </Button>
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </Card>
              )}
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
