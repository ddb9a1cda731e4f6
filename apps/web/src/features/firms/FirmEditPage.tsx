import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { FirmEditPageQuery as FirmEditPageData } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { QueryState } from '../shell/QueryState';
import { FirmEditor } from './FirmEditor';

const FirmEditPageQuery = graphql(`
  query FirmEditPage($id: ID!) {
    firm(id: $id) {
      id
      legalName
      viewerCanEdit
      ...FirmEditor_FirmFragment
    }
    ...FirmEditor_QueryFragment
  }
`);

/** `/firms/:id/edit`: the profile editor for whoever may edit this firm (its people, ADMIN). */
export function FirmEditPage() {
  const { id = '' } = useParams();
  return <FirmEditorLoader id={id} />;
}

/**
 * Loads one firm's editor by id. "My firm" uses it too, after reading the firm's id: going through
 * `me.user.firm` would make the document deeper than the API's depth limit allows.
 */
export function FirmEditorLoader({ id, header = true }: { id: string; header?: boolean }) {
  const result = useQuery(FirmEditPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState result={result}>
      {(data) =>
        !data.firm.viewerCanEdit ? (
          <ForbiddenPage />
        ) : header ? (
          <Editor data={data} />
        ) : (
          <FirmEditor firm={data.firm} query={data} />
        )
      }
    </QueryState>
  );
}

function Editor({ data }: { data: FirmEditPageData }) {
  const { t } = useTranslation('firms');
  const title = t('profile.editTitle', { name: data.firm.legalName });
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} description={t('profile.intro')} />
      <FirmEditor firm={data.firm} query={data} />
    </>
  );
}
