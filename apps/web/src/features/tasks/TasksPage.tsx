import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { QueryState } from '../shell/QueryState';
import { CreateTaskForm } from './CreateTaskForm';
import { MyWeek } from './MyWeek';
import { TaskBoard } from './TaskBoard';
import { TaskList } from './TaskList';
import { TaskTimeline } from './TaskTimeline';
import './tasks.css';

const VIEWS = ['board', 'list', 'timeline', 'week'] as const;
type View = (typeof VIEWS)[number];

const TasksPageQuery = graphql(`
  query TasksPage {
    me {
      permissions {
        viewerCanReadTasks
        viewerCanEditTasks
      }
    }
  }
`);

/** /tasks: the start-up tasks as a board, a list, a timeline, or "my week" (`?view=`). */
export function TasksPage() {
  const { t } = useTranslation('tasks');
  const title = t('title');
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const view: View = VIEWS.find((v) => v === params.get('view')) ?? 'board';
  const result = useQuery(TasksPageQuery);

  return (
    <QueryState result={result}>
      {(data) => {
        const permissions = data.me?.permissions;
        if (!permissions?.viewerCanReadTasks) return <ForbiddenPage />;
        return (
          <>
            <PageHeader title={title} description={t('intro')} />
            <div className="stack">
              <nav aria-label={t('views.label')} className="task-views">
                <ul>
                  {VIEWS.map((v) => (
                    <li key={v}>
                      <Link
                        to={v === 'board' ? '/tasks' : `/tasks?view=${v}`}
                        className="task-views__link"
                        aria-current={v === view ? 'page' : undefined}
                      >
                        {t(`views.${v}`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              {permissions.viewerCanEditTasks && (
                <Card title={t('create.heading')}>
                  <CreateTaskForm />
                </Card>
              )}
              {view === 'board' && <TaskBoard />}
              {view === 'list' && <TaskList />}
              {view === 'timeline' && <TaskTimeline />}
              {view === 'week' && <MyWeek />}
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
