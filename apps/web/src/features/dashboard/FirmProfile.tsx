import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Stat, StatGrid } from '../../components/Stat';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';

export const FirmProfile_FirmFragment = graphql(`
  fragment FirmProfile_FirmFragment on Firm {
    id
    legalName
    tradeName
    vatNumber
    kind
    hamlet
    municipality
    province
    adhesionStatus
    supplierCount
    customerCount
    capabilities {
      id
      code
      labelIt
      labelEn
    }
  }
`);

/** A firm's own profile as its people see it on their landing page. */
export function FirmProfile(props: { firm: FragmentType<typeof FirmProfile_FirmFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const firm = getFragmentData(FirmProfile_FirmFragment, props.firm);
  const town = [firm.hamlet, firm.municipality].filter(Boolean).join(', ');
  const place = firm.province ? `${town} (${firm.province})`.trim() : town;
  return (
    <div className="stack">
      <Card title={firm.legalName}>
        {firm.tradeName && firm.tradeName !== firm.legalName && <p className="muted">{firm.tradeName}</p>}
        <dl className="details">
          <div>
            <dt>{t('firm.vatNumber')}</dt>
            <dd className="tabular">{firm.vatNumber}</dd>
          </div>
          <div>
            <dt>{t('firm.kind')}</dt>
            <dd>{t(`enums.FirmKind.${firm.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('firm.location')}</dt>
            <dd>{place || t('firm.notSet')}</dd>
          </div>
          <div>
            <dt>{t('firm.adhesionStatus')}</dt>
            <dd>
              {firm.adhesionStatus ? (
                <span className={`badge badge--${firm.adhesionStatus.toLowerCase()}`}>
                  {t(`enums.AdhesionStatus.${firm.adhesionStatus}`)}
                </span>
              ) : (
                t('firm.noAdhesion')
              )}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title={t('firm.capabilities')}>
        {firm.capabilities.length === 0 ? (
          <p className="muted">{t('firm.noCapabilities')}</p>
        ) : (
          <ul className="tags">
            {firm.capabilities.map((c) => (
              <li key={c.id} className="tag">
                {language === 'en' ? c.labelEn : c.labelIt}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('firm.linksHeading')}>
        <StatGrid>
          <Stat label={t('firm.suppliers')} value={format.number(firm.supplierCount)} />
          <Stat label={t('firm.customers')} value={format.number(firm.customerCount)} />
        </StatGrid>
      </Card>
    </div>
  );
}
