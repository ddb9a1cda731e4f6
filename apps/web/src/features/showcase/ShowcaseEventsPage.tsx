import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n/format';
import { EventCard } from '../events/EventCard';
import { QueryState } from '../shell/QueryState';
import { ShowcaseNav } from './ShowcaseNav';
import { usePageMeta } from './usePageMeta';
import './showcase.css';

const ShowcaseEventsQuery = graphql(`
  query ShowcaseEvents {
    publicEvents(first: 50) {
      edges {
        node {
          id
          ...EventCard_EventFragment
        }
      }
    }
  }
`);

/** Upcoming public events, for buyers: no registration here, but the .ics to save them. */
export function ShowcaseEventsPage() {
  const { t } = useTranslation('events');
  const language = useLanguage();
  usePageMeta(t('publicTitle'), t('publicMetaDescription'));
  const result = useQuery(ShowcaseEventsQuery);
  return (
    <div className="showcase">
      <ShowcaseNav />
      <PageHeader
        title={t('publicTitle')}
        description={t('publicIntro')}
        actions={
          <a href={`/api/events.ics${language === 'en' ? '?lang=en' : ''}`} download>
            {t('calendarIcs')}
          </a>
        }
      />
      <QueryState result={result}>
        {(data) =>
          data.publicEvents.edges.length === 0 ? (
            <EmptyState message={t('empty')} />
          ) : (
            <section aria-labelledby="showcase-events-upcoming">
              {/* The cards' titles are h3: this keeps the outline h1 → h2 → h3. */}
              <h2 id="showcase-events-upcoming">{t('upcoming')}</h2>
              <div className="showcase-results">
                {data.publicEvents.edges.map(({ node }) => (
                  <EventCard key={node.id} event={node} refetchQuery="ShowcaseEvents" />
                ))}
              </div>
            </section>
          )
        }
      </QueryState>
    </div>
  );
}
