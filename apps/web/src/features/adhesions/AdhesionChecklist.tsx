import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const AdhesionChecklist_AdhesionFragment = graphql(`
  fragment AdhesionChecklist_AdhesionFragment on Adhesion {
    stillNeeded
    documents {
      visuraCamerale
      durc
      digitalSignature
    }
  }
`);

/** The three documents with received/missing, and what is still needed before signing. */
export function AdhesionChecklist(props: {
  adhesion: FragmentType<typeof AdhesionChecklist_AdhesionFragment>;
}) {
  const { t } = useTranslation();
  const a = getFragmentData(AdhesionChecklist_AdhesionFragment, props.adhesion);
  const docs = [
    ['VISURA_CAMERALE', a.documents.visuraCamerale],
    ['DURC', a.documents.durc],
    ['DIGITAL_SIGNATURE', a.documents.digitalSignature],
  ] as const;
  return (
    <>
      <h3>{t('adhesions.detail.documents')}</h3>
      <ul className="checklist">
        {docs.map(([key, done]) => (
          <li key={key} className={done ? 'checklist__item--done' : 'checklist__item--missing'}>
            {t(`adhesions.requirements.${key}`)}:{' '}
            {done ? t('adhesions.detail.received') : t('adhesions.detail.missing')}
          </li>
        ))}
      </ul>
      <h3>{t('adhesions.detail.stillNeeded')}</h3>
      {a.stillNeeded.length === 0 ? (
        <p>{t('adhesions.detail.nothingNeeded')}</p>
      ) : (
        <ul>
          {a.stillNeeded.map((r) => (
            <li key={r}>{t(`adhesions.requirements.${r}`)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
