import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage } from '../../i18n/format';
import { CeasedBadge } from '../firm-registry/CeasedBadge';

export const FirmCard_PublicFirmFragment = graphql(`
  fragment FirmCard_PublicFirmFragment on PublicFirm {
    id
    legalName
    tradeName
    kind
    municipality
    capacityPairsPerDay
    ceasedOn
    capabilities {
      id
      labelIt
      labelEn
    }
  }
`);

/** One firm in the showcase's results: name, kind, place and what it does, linking to its page. */
export function FirmCard(props: { firm: FragmentType<typeof FirmCard_PublicFirmFragment> }) {
  const { t } = useTranslation('showcase');
  const language = useLanguage();
  const firm = getFragmentData(FirmCard_PublicFirmFragment, props.firm);
  return (
    <li className="card showcase-firm">
      <h3 className="card__title">
        <Link to={`/showcase/firms/${firm.id}`}>{firm.tradeName ?? firm.legalName}</Link>
      </h3>
      <CeasedBadge on={firm.ceasedOn} />
      <p className="muted">
        {t(`enums.FirmKind.${firm.kind}`)}
        {firm.municipality && ` · ${firm.municipality}`}
        {firm.capacityPairsPerDay != null &&
          ` · ${t('firm.capacityValue', { count: firm.capacityPairsPerDay })}`}
      </p>
      {firm.capabilities && firm.capabilities.length > 0 && (
        <p>{firm.capabilities.map((c) => (language === 'en' ? c.labelEn : c.labelIt)).join(', ')}</p>
      )}
    </li>
  );
}
