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
  const { t } = useTranslation('adhesions');
  const a = getFragmentData(AdhesionChecklist_AdhesionFragment, props.adhesion);
  const docs = [
    ['VISURA_CAMERALE', a.documents.visuraCamerale],
    ['DURC', a.documents.durc],
    ['DIGITAL_SIGNATURE', a.documents.digitalSignature],
  ] as const;
  // The documents have their own list above: "still needed" names only what that list does not.
  const others = a.stillNeeded.filter((r) => !docs.some(([key]) => key === r));
  const documentsMissing = docs.some(([, done]) => !done);
  return (
    <>
      <h3 className="checklist__heading">{t('detail.documents')}</h3>
      <ul className="checklist">
        {docs.map(([key, done]) => (
          <li key={key} className={done ? 'checklist__item--done' : 'checklist__item--missing'}>
            {t(`requirements.${key}`)}: {done ? t('detail.received') : t('detail.missing')}
          </li>
        ))}
      </ul>
      <h3 className="checklist__heading">{t('detail.stillNeeded')}</h3>
      {a.stillNeeded.length === 0 ? (
        <p>{t('detail.nothingNeeded')}</p>
      ) : (
        <ul>
          {documentsMissing && <li>{t('detail.missingDocuments')}</li>}
          {others.map((r) => (
            <li key={r}>{t(`requirements.${r}`)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
