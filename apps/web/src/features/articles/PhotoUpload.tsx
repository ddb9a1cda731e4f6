import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ImageUpload } from '../../components/ImageUpload';
import { Notice } from '../../components/Notice';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const ArticlePhoto_ArticleFragment = graphql(`
  fragment ArticlePhoto_ArticleFragment on Article {
    id
    name
    photoUrl
    photoAlt
  }
`);

/** The API's limit for an article photo. */
const MAX_BYTES = 2 * 1024 * 1024;

/** The article's photo: shown, replaced or removed; the passport shows it with its alternative text. */
export function PhotoUpload(props: { article: FragmentType<typeof ArticlePhoto_ArticleFragment> }) {
  const { t } = useTranslation('articles');
  const client = useApolloClient();
  const article = getFragmentData(ArticlePhoto_ArticleFragment, props.article);
  const [removeProblem, setRemoveProblem] = useState(false);
  const [removing, setRemoving] = useState(false);
  const url = `/api/articles/${article.id}/photo`;
  const setPhotoUrl = (photoUrl: string | null) =>
    client.cache.modify({
      id: client.cache.identify({ __typename: 'Article', id: article.id }),
      fields: { photoUrl: () => photoUrl },
    });

  const remove = async () => {
    setRemoving(true);
    setRemoveProblem(false);
    try {
      const res = await fetch(url, { method: 'DELETE', credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      setPhotoUrl(null);
    } catch {
      setRemoveProblem(true);
    } finally {
      setRemoving(false);
    }
  };

  return (
    <>
      <ImageUpload
        current={
          article.photoUrl
            ? {
                url: article.photoUrl,
                alt: article.photoAlt || t('photo.defaultAlt', { name: article.name }),
              }
            : null
        }
        uploadUrl={url}
        maxBytes={MAX_BYTES}
        field="photo"
        labels={{
          choose: t('photo.choose'),
          hint: t('photo.hint'),
          upload: t('photo.upload'),
          uploaded: t('photo.uploaded'),
          none: t('photo.none'),
          current: t('photo.current'),
          preview: t('photo.preview'),
        }}
        reasonText={(reason) => t(`photo.reasons.${reason}`, { defaultValue: t('photo.reasons.invalid') })}
        onUploaded={(body) => {
          setPhotoUrl(typeof body.photoUrl === 'string' ? body.photoUrl : null);
        }}
      />
      {article.photoUrl && (
        <Button type="button" variant="quiet" busy={removing} onClick={() => void remove()}>
          {t('photo.remove')}
        </Button>
      )}
      {removeProblem && (
        <Notice tone="error" role="alert">
          {t('photo.removeFailed')}
        </Notice>
      )}
    </>
  );
}
