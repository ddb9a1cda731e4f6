import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { Card } from '../../components/Card';
import { EventForm } from './EventForm';
import { EventCard } from './EventCard';
import { monthKey, monthWeeks, parseMonth, sameDay } from './month';
import './events.css';

const EventsPageQuery = graphql(`
  query EventsPage($from: DateTime, $to: DateTime, $first: Int) {
    me {
      permissions {
        viewerCanManageEvents
      }
    }
    events(from: $from, to: $to, first: $first) {
      totalCount
      edges {
        node {
          id
          titleIt
          titleEn
          startsAt
          ...EventCard_EventFragment
          ...EventForm_EventFragment
        }
      }
    }
  }
`);

/** The calendar: a month grid (or the upcoming list) and each event's card with registration. */
export function EventsPage() {
  const { t } = useTranslation('events');
  const language = useLanguage();
  const format = useFormat();
  const title = t('title');
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'list' ? 'list' : 'month';
  const { year, month } = parseMonth(params.get('month'));
  const variables =
    view === 'month'
      ? {
          from: new Date(year, month, 1).toISOString(),
          to: new Date(year, month + 1, 1).toISOString(),
          first: 100,
        }
      : { from: new Date(new Date().setHours(0, 0, 0, 0)).toISOString(), to: null, first: 50 };
  const result = useQuery(EventsPageQuery, { variables, fetchPolicy: 'cache-and-network' });
  const weeks = useMemo(() => monthWeeks(year, month), [year, month]);
  const monthLabel = format.monthYear(new Date(year, month, 1));
  const weekdays = weeks[1]!.map((d) => ({
    short: format.weekday(d!, 'short'),
    long: format.weekday(d!, 'long'),
  }));
  const go = (next: Record<string, string>) => setParams({ view, month: monthKey(year, month), ...next });
  const shift = (delta: number) => {
    const d = new Date(year, month + delta, 1);
    go({ month: monthKey(d.getFullYear(), d.getMonth()) });
  };
  const ics = `/api/events.ics${language === 'en' ? '?lang=en' : ''}`;

  return (
    <>
      <PageHeader
        title={title}
        description={t('intro')}
        actions={
          <a href={ics} download>
            {t('calendarIcs')}
          </a>
        }
      />
      <div className="events-toolbar" role="group" aria-label={t('view.label')}>
        <Button
          variant={view === 'month' ? 'primary' : 'secondary'}
          aria-pressed={view === 'month'}
          onClick={() => go({ view: 'month' })}
        >
          {t('view.month')}
        </Button>
        <Button
          variant={view === 'list' ? 'primary' : 'secondary'}
          aria-pressed={view === 'list'}
          onClick={() => go({ view: 'list' })}
        >
          {t('view.list')}
        </Button>
      </div>
      <QueryState result={result}>
        {(data) => {
          const events = data.events.edges.map((e) => e.node);
          return (
            <>
              {view === 'month' ? (
                <section aria-labelledby="events-month">
                  <div className="events-month-nav">
                    <Button variant="secondary" onClick={() => shift(-1)}>
                      {t('previousMonth')}
                    </Button>
                    <h2 id="events-month">{monthLabel}</h2>
                    <Button variant="secondary" onClick={() => shift(1)}>
                      {t('nextMonth')}
                    </Button>
                  </div>
                  <table className="events-grid">
                    <caption className="visually-hidden">{monthLabel}</caption>
                    <thead>
                      <tr>
                        {weekdays.map((w) => (
                          <th key={w.long} scope="col" abbr={w.long}>
                            {w.short}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {weeks.map((week, i) => (
                        <tr key={i}>
                          {week.map((day, j) =>
                            day ? (
                              <td key={j}>
                                <span className="events-grid__day">{day.getDate()}</span>
                                {events
                                  .filter((e) => sameDay(new Date(e.startsAt), day))
                                  .map((e) => (
                                    <Link key={e.id} to={`#event-${e.id}`} className="events-grid__event">
                                      {language === 'en' ? e.titleEn : e.titleIt}
                                    </Link>
                                  ))}
                              </td>
                            ) : (
                              <td key={j} aria-hidden="true" />
                            ),
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ) : (
                <h2>{t('upcoming')}</h2>
              )}
              {data.me?.permissions.viewerCanManageEvents && (
                <details className="events-create">
                  <summary>{t('create.heading')}</summary>
                  <Card>
                    <EventForm refetchQuery="EventsPage" />
                  </Card>
                </details>
              )}
              {data.events.edges.length === 0 ? (
                <EmptyState message={t('empty')} />
              ) : (
                <div className="events-list">
                  {data.events.edges.map(({ node }) => (
                    <EventCard
                      key={node.id}
                      event={node}
                      refetchQuery="EventsPage"
                      editor={
                        data.me?.permissions.viewerCanManageEvents && (
                          <EventForm event={node} refetchQuery="EventsPage" />
                        )
                      }
                    />
                  ))}
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
