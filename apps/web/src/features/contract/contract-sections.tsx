import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import type { FragmentType } from '../../gql';
import type { ContractSection } from '../../gql/graphql';
import { sectionAnchor } from './anchors';
import { SectionComments, type SectionComments_NetworkContractFragment } from './SectionComments';

/**
 * How every section of the contract is shown: its form while the manager edits a DRAFT, its text
 * otherwise, and its comments below; `text` and `flag` render a stored value for reading.
 */
export function useContractSections(
  editing: boolean,
  comments: FragmentType<typeof SectionComments_NetworkContractFragment>,
) {
  const { t } = useTranslation('contract');
  const section = (name: ContractSection, edit: ReactNode, view: ReactNode) => (
    <div id={sectionAnchor(name)} tabIndex={-1}>
      <Card title={t(`sections.${name}`)}>
        {editing ? edit : view}
        <SectionComments contract={comments} section={name} />
      </Card>
    </div>
  );
  const text = (value: string) =>
    value.trim() ? <p className="pre-line">{value}</p> : <p className="muted">{t('view.empty')}</p>;
  const flag = (v: boolean | null | undefined) =>
    v === null || v === undefined ? t('view.undecided') : v ? t('view.yes') : t('view.no');
  return { section, text, flag };
}
