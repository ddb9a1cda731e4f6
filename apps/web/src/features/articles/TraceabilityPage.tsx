import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFailureText } from '../../lib/useErrorMessage';
import { QueryState } from '../shell/QueryState';
import { InputsCard } from './InputsCard';
import './articles.css';

const TraceabilityPageQuery = graphql(`
  query TraceabilityPage {
    me {
      user {
        id
        firm {
          id
          kind
        }
      }
    }
    traceabilitySettings {
      passportNamePublic
      ...InputsCard_SettingsFragment
    }
    capabilities {
      id
      labelIt
      labelEn
    }
  }
`);

const FactoryArticlesQuery = graphql(`
  query FactoryArticles($firmId: ID!) {
    articles(firmId: $firmId, first: 100) {
      totalCount
      edges {
        node {
          id
          code
          name
          status
          traceability {
            tiers {
              tier
              tracedWeightPercent
            }
          }
        }
      }
    }
  }
`);

const SetConsentMutation = graphql(`
  mutation SetPassportNameConsent($namePublic: Boolean!) {
    setPassportNameConsent(namePublic: $namePublic) {
      passportNamePublic
    }
  }
`);

function ArticlesCard({ firmId }: { firmId: string }) {
  const { t } = useTranslation('articles');
  const result = useQuery(FactoryArticlesQuery, { variables: { firmId }, fetchPolicy: 'cache-and-network' });
  return (
    <Card
      title={t('articles.heading')}
      actions={
        <Link className="btn btn--primary" to="/traceability/articles/new">
          {t('articles.new')}
        </Link>
      }
    >
      <QueryState result={result}>
        {({ articles }) =>
          articles.edges.length === 0 ? (
            <EmptyState message={t('articles.empty')} />
          ) : (
            <Table
              caption={t('articles.heading')}
              captionHidden
              columns={[t('articles.code'), t('articles.name'), t('articles.status'), t('articles.traced')]}
            >
              <tbody>
                {articles.edges.map(({ node: a }) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/traceability/articles/${a.id}`}>{a.code}</Link>
                    </td>
                    <td>{a.name}</td>
                    <td>{t(`articles.${a.status}`)}</td>
                    <td>
                      {t('articles.tracedValue', {
                        tier1: a.traceability.tiers[0]?.tracedWeightPercent ?? 0,
                        tier2: a.traceability.tiers[1]?.tracedWeightPercent ?? 0,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
    </Card>
  );
}

function ConsentCard({ namePublic }: { namePublic: boolean }) {
  const { t } = useTranslation('articles');
  const failureText = useFailureText();
  const [saved, setSaved] = useState(false);
  const [setConsent, { loading, error }] = useMutation(SetConsentMutation, {
    refetchQueries: [TraceabilityPageQuery],
  });
  return (
    <Card title={t('consent.heading')}>
      <p className="muted">{t('consent.help')}</p>
      <label className="articles__consent">
        <input
          type="checkbox"
          checked={namePublic}
          disabled={loading}
          onChange={(e) => {
            setSaved(false);
            void setConsent({ variables: { namePublic: e.target.checked } }).then(
              () => setSaved(true),
              () => undefined,
            );
          }}
        />
        {t('consent.label')}
      </label>
      {saved && <Notice tone="success">{t('consent.saved')}</Notice>}
      {error && (
        <Notice tone="error" role="alert">
          {failureText(error)}
        </Notice>
      )}
    </Card>
  );
}

/** A firm's traceability: a factory's articles and passports, and every firm's consent to be named. */
export function TraceabilityPage() {
  const { t } = useTranslation('articles');
  useDocumentTitle(t('title'));
  const result = useQuery(TraceabilityPageQuery);
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <QueryState result={result}>
        {({ me, traceabilitySettings, capabilities }) => (
          <div className="articles">
            {me?.user.firm?.kind === 'SHOE_FACTORY' ? (
              <ArticlesCard firmId={me.user.firm.id} />
            ) : (
              <Notice>{t('articles.notFactory')}</Notice>
            )}
            <InputsCard settings={traceabilitySettings} capabilities={capabilities} />
            <ConsentCard namePublic={traceabilitySettings.passportNamePublic} />
          </div>
        )}
      </QueryState>
    </>
  );
}
