import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { ShowMore } from '../../components/ShowMoreButton';
import { PageHeader } from '../../components/PageHeader';
import { getFragmentData, graphql } from '../../gql';
import { describeError } from '../../lib/api-errors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { QueryState } from '../shell/QueryState';
import { RegistryImportJob } from './RegistryImportJob';
import { RegistryImportsTable } from './RegistryImportsTable';
import { UploadForm } from './UploadForm';
import './registry-import.css';

// A "show more" page is read with the same selection as the first page.
const ImportPageFragment = graphql(`
  fragment RegistryImportPage_ImportPage on RegistryImportConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        ...RegistryImportsTable_RegistryImportFragment
      }
    }
  }
`);

// `first` is part of the cache key of the list: keep it the same in the "more" query below.
const RegistryImportPageQuery = graphql(`
  query RegistryImportPage($id: ID!, $withImport: Boolean!) {
    me {
      permissions {
        viewerCanImportRegistry
      }
    }
    registryImport(id: $id) @include(if: $withImport) {
      id
      fileName
      ...RegistryImportJob_RegistryImportFragment
    }
    registryImports(first: 20) {
      ...RegistryImportPage_ImportPage
    }
  }
`);

const MoreImportsQuery = graphql(`
  query RegistryImportPageMore($after: String!) {
    registryImports(first: 20, after: $after) {
      ...RegistryImportPage_ImportPage
    }
  }
`);

/** ADMIN and CONSULTANT: upload a Chamber of Commerce registry extract, match, dry-run and apply it. */
export function RegistryImportPage() {
  const { t } = useTranslation('registryImport');
  const title = t('title');
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const result = useQuery(RegistryImportPageQuery, {
    variables: { id: importId ?? '', withImport: importId !== null },
    fetchPolicy: 'cache-and-network',
  });

  // FIRM and CHAMBER people are refused by the API; say so instead of showing an error.
  if (result.data?.me && !result.data.me.permissions.viewerCanImportRegistry) return <ForbiddenPage />;
  if (!result.data && result.error && describeError(result.error).code === 'FORBIDDEN')
    return <ForbiddenPage />;

  return (
    <>
      <PageHeader title={title} description={t('intro')} />
      <div className="stack">
        <QueryState result={result}>
          {(data) => {
            const imports = getFragmentData(ImportPageFragment, data.registryImports);
            return (
              <>
                <Card title={t('upload.heading')}>
                  <UploadForm onUploaded={(id) => setParams({ import: id })} />
                </Card>
                {data.registryImport && (
                  <Card title={t('job.heading', { fileName: data.registryImport.fileName })}>
                    <RegistryImportJob key={data.registryImport.id} job={data.registryImport} />
                  </Card>
                )}
                <Card title={t('list.heading')}>
                  <RegistryImportsTable imports={imports.edges.map((e) => e.node)} />
                  <ShowMore
                    label={t('list.more')}
                    pageInfo={imports.pageInfo}
                    loadMore={(after) => result.fetchMore({ query: MoreImportsQuery, variables: { after } })}
                  />
                </Card>
              </>
            );
          }}
        </QueryState>
      </div>
    </>
  );
}
