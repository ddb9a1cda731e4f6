import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirm } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { ReportFilter } from '../../gql/graphql';
import { useFormProblem } from '../../lib/useFormProblem';
import { QueryState } from '../shell/QueryState';
import { filterFromJson, paramsFromFilter, SECTIONS, type ReportSectionInfo } from './filter';

const SavedViewsQuery = graphql(`
  query SavedReportViews {
    savedReportViews {
      id
      name
      section
      filter
      version
    }
  }
`);

const SaveViewMutation = graphql(`
  mutation SaveReportView($input: SaveReportViewInput!) {
    saveReportView(input: $input) {
      id
      name
    }
  }
`);

const DeleteViewMutation = graphql(`
  mutation DeleteReportView($id: ID!, $version: Int!) {
    deleteReportView(id: $id, version: $version)
  }
`);

const FIELDS = ['name'] as const;

/** The person's saved views: save the current filters under a name, open one, delete one. */
export function SavedViews({ filter, section }: { filter: ReportFilter; section: ReportSectionInfo }) {
  const { t } = useTranslation('reports');
  const result = useQuery(SavedViewsQuery);
  const refetchQueries = ['SavedReportViews'];
  const [save, saving] = useMutation(SaveViewMutation, { refetchQueries, awaitRefetchQueries: true });
  const [remove] = useMutation(DeleteViewMutation, { refetchQueries, awaitRefetchQueries: true });
  const { setProblem, fail, refuse, field, notice } = useFormProblem(FIELDS);
  const [status, setStatus] = useState<string | null>(null);

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    setStatus(null);
    if (refuse(form, { name: !name && t('views.nameRequired') })) return;
    try {
      await save({ variables: { input: { name, section: section.section, filter } } });
      form.reset();
      setStatus(t('views.saved', { name }));
    } catch (error) {
      fail(error);
    }
  };

  const [ask, confirmation] = useConfirm();
  const onDelete = async (id: string, version: number, name: string) => {
    const sure = await ask({
      title: t('views.deleteConfirm', { name }),
      confirmLabel: t('views.delete'),
      danger: true,
    });
    if (!sure) return;
    setProblem(null);
    try {
      await remove({ variables: { id, version } });
      setStatus(t('views.deleted'));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Card title={t('views.heading')}>
      {confirmation}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {notice}
      <form className="report-views__form" noValidate onSubmit={(e) => void onSave(e)}>
        <TextField label={t('views.name')} {...field('name')} maxLength={80} />
        <Button type="submit" variant="secondary" busy={saving.loading}>
          {t('views.save')}
        </Button>
      </form>
      <QueryState result={result}>
        {(data) =>
          data.savedReportViews.length === 0 ? (
            <p className="muted">{t('views.none')}</p>
          ) : (
            <ul className="report-views__list">
              {data.savedReportViews.map((v) => {
                const target = SECTIONS.find((s) => s.section === v.section) ?? SECTIONS[0];
                const search = paramsFromFilter(filterFromJson(v.filter)).toString();
                return (
                  <li key={v.id}>
                    <Link
                      to={`/reports${target.path ? `/${target.path}` : ''}${search ? `?${search}` : ''}`}
                      aria-label={t('views.open', { name: v.name })}
                    >
                      {v.name}
                    </Link>{' '}
                    <span className="muted">({t(`sections.${target.key}`)})</span>{' '}
                    <Button
                      variant="quiet"
                      aria-label={t('views.deleteLabel', { name: v.name })}
                      onClick={() => void onDelete(v.id, v.version, v.name)}
                    >
                      {t('views.delete')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </Card>
  );
}
