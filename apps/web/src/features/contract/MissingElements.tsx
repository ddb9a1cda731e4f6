import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { fieldAnchor, sectionAnchor } from './anchors';

export const MissingElements_NetworkContractFragment = graphql(`
  fragment MissingElements_NetworkContractFragment on NetworkContract {
    status
    viewerCanEdit
    missingElements {
      element
      field
      section
    }
  }
`);

/** What the law still asks for, each item a link to the field (for the editor) or the section. */
export function MissingElements(props: {
  contract: FragmentType<typeof MissingElements_NetworkContractFragment>;
}) {
  const { t } = useTranslation('contract');
  const c = getFragmentData(MissingElements_NetworkContractFragment, props.contract);
  const editing = c.viewerCanEdit && c.status === 'DRAFT';
  return (
    <Card title={t('missing.heading')}>
      {c.missingElements.length === 0 ? (
        <p>{t('missing.none')}</p>
      ) : (
        <>
          <p>{t('missing.intro')}</p>
          <ul>
            {c.missingElements.map((m) => (
              <li key={m.element}>
                <a
                  href={`#${editing && m.section !== 'PARTICIPANTS' ? fieldAnchor(m.field) : sectionAnchor(m.section)}`}
                >
                  {t(`elements.${m.element}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
