import { useQuery } from '@apollo/client/react';
import { PRODUCT_LINES, type ProductLine } from '@filiera/shared';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { LocalizedText } from '../../components/LocalizedText';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { QueryState } from '../shell/QueryState';
import { CeasedBadge } from '../firm-registry/CeasedBadge';
import { MergeThisFirmLink } from '../firm-registry/RegistryActions';
import { firmsIt } from './firms.i18n';
import './firms.css';

const FirmPageQuery = graphql(`
  query FirmPage($id: ID!) {
    firm(id: $id) {
      id
      legalName
      ceasedOn
      viewerCanEdit
      ...FirmDetails_FirmFragment
      suppliers {
        ...FirmLinks_GroupFragment
      }
      customers {
        ...FirmLinks_GroupFragment
      }
    }
  }
`);

const FirmDetails_FirmFragment = graphql(`
  fragment FirmDetails_FirmFragment on Firm {
    id
    ...FirmProfileFields_FirmFragment @unmask
    logoUrl
    adhesionStatus
    viewerCanReadPrivate
    capabilities {
      id
      labelIt
      labelEn
    }
  }
`);

const FirmLinks_GroupFragment = graphql(`
  fragment FirmLinks_GroupFragment on FirmLinkGroup {
    capability {
      id
      labelIt
      labelEn
    }
    links {
      sharePercent
      yearlyVolumePairs
      firm {
        id
        legalName
        hamlet
      }
    }
  }
`);

/** `/firms/:id`: a firm's profile (the fields this viewer may read) with its suppliers and customers. */
export function FirmPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('firms');
  const result = useQuery(FirmPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(result.data?.firm.legalName ?? t('directory.title'));
  // A merged record's old address answers the surviving firm: show it at its own address.
  const navigate = useNavigate();
  const survivorId = result.data?.firm.id;
  useEffect(() => {
    if (survivorId && survivorId !== id) void navigate(`/firms/${survivorId}`, { replace: true });
  }, [survivorId, id, navigate]);
  return (
    <QueryState result={result}>
      {(data) => (
        <>
          <PageHeader
            title={data.firm.legalName}
            actions={
              data.firm.viewerCanEdit && (
                <Link className="btn btn--primary" to={`/firms/${data.firm.id}/edit`}>
                  {t('page.edit')}
                </Link>
              )
            }
          />
          {data.firm.ceasedOn && (
            <Notice tone="info" role="none">
              <CeasedBadge on={data.firm.ceasedOn} />
            </Notice>
          )}
          <p className="cluster">
            <Link to="/firms">{t('page.back')}</Link>
            <Link to={`/firms/${data.firm.id}/supply-chain`}>{t('page.supplyChain')}</Link>
            <MergeThisFirmLink id={data.firm.id} legalName={data.firm.legalName} />
          </p>
          <div className="stack">
            <FirmDetails firm={data.firm} />
            <FirmLinks
              title={t('page.suppliers')}
              empty={t('page.noSuppliers')}
              groups={data.firm.suppliers}
            />
            <FirmLinks
              title={t('page.customers')}
              empty={t('page.noCustomers')}
              groups={data.firm.customers}
            />
          </div>
        </>
      )}
    </QueryState>
  );
}

type RevenueBand = keyof typeof firmsIt.revenueBands;

function FirmDetails(props: { firm: FragmentType<typeof FirmDetails_FirmFragment> }) {
  const { t } = useTranslation('firms');
  const language = useLanguage();
  const format = useFormat();
  const f = getFragmentData(FirmDetails_FirmFragment, props.firm);
  const country = format.country;
  const unset = t('profile.notSet');
  const num = (n: number | null | undefined) => (n === null || n === undefined ? unset : format.number(n));
  const row = (label: string, value: React.ReactNode) => (
    <div key={label}>
      <dt>{label}</dt>
      <dd>{value === '' || value === null || value === undefined ? unset : value}</dd>
    </div>
  );
  const address = [f.street, [f.postcode, f.hamlet ?? f.municipality].filter(Boolean).join(' '), f.province]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <Card title={t('page.identity')}>
        <div className="firm-details">
          {f.logoUrl && <img className="logo" src={f.logoUrl} alt={t('logo.alt', { name: f.legalName })} />}
          <div>
            <LocalizedText it={f.descriptionIt} en={f.descriptionEn} />
          </div>
        </div>
        <dl className="details">
          {row(t('fields.tradeName'), f.tradeName)}
          {row(t('fields.vatNumber'), <span className="tabular">{f.vatNumber}</span>)}
          {row(t('fields.taxCode'), f.taxCode)}
          {row(t('fields.reaNumber'), f.reaNumber)}
          {row(t('fields.legalForm'), f.legalForm)}
          {row(t('fields.kind'), t(`enums.FirmKind.${f.kind}`))}
          {row(t('fields.atecoCodes'), f.atecoCodes.join(', '))}
          {row(t('fields.foundedYear'), f.foundedYear ? String(f.foundedYear) : null)}
          {row(
            t('directory.membership'),
            f.adhesionStatus ? t(`enums.AdhesionStatus.${f.adhesionStatus}`) : t('directory.noAdhesion'),
          )}
          {row(t('fields.street'), address || null)}
          {row(
            t('fields.website'),
            f.website ? (
              <a href={f.website} rel="noopener noreferrer" target="_blank">
                {f.website}
              </a>
            ) : null,
          )}
          {row(t('fields.email'), f.email ? <a href={`mailto:${f.email}`}>{f.email}</a> : t('page.hidden'))}
          {row(t('fields.phone'), f.phone ?? t('page.hidden'))}
          {f.viewerCanReadPrivate &&
            row(
              `${t('fields.revenueBand')} (${t('hints.private')})`,
              f.revenueBand && Object.hasOwn(firmsIt.revenueBands, f.revenueBand)
                ? t(`revenueBands.${f.revenueBand as RevenueBand}`)
                : null,
            )}
        </dl>
      </Card>
      <Card title={t('page.activity')}>
        <dl className="details">
          {row(
            t('fields.capabilities'),
            f.capabilities.map((c) => (language === 'en' ? c.labelEn : c.labelIt)).join(', '),
          )}
          {row(
            t('fields.productLines'),
            f.productLines
              .map((p) =>
                (PRODUCT_LINES as readonly string[]).includes(p) ? t(`productLines.${p as ProductLine}`) : p,
              )
              .join(', '),
          )}
          {row(t('fields.employees'), num(f.employees))}
          {row(t('fields.capacityPairsPerDay'), num(f.capacityPairsPerDay))}
          {row(
            t('fields.exportShare'),
            f.exportShare === null || f.exportShare === undefined ? null : `${format.number(f.exportShare)}%`,
          )}
          {row(t('fields.exportMarkets'), f.exportMarkets.map(country).join(', '))}
          {row(t('fields.certifications'), f.certifications.join(', '))}
        </dl>
      </Card>
    </>
  );
}

function FirmLinks(props: {
  title: string;
  empty: string;
  groups: readonly FragmentType<typeof FirmLinks_GroupFragment>[];
}) {
  const { t } = useTranslation('firms');
  const language = useLanguage();
  const format = useFormat();
  const groups = getFragmentData(FirmLinks_GroupFragment, props.groups);
  return (
    <Card title={props.title}>
      {groups.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        groups.map((g) => {
          const capability = language === 'en' ? g.capability.labelEn : g.capability.labelIt;
          return (
            <Table key={g.capability.id} caption={t('page.linksCaption', { capability })}>
              {/* The same column widths in every capability's table, so their columns line up. */}
              <colgroup className="firm-links__columns">
                <col />
                <col />
                <col />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('page.firm')}</th>
                  <th scope="col">{t('directory.place')}</th>
                  <th scope="col">{t('page.share')}</th>
                  <th scope="col">{t('page.volume')}</th>
                </tr>
              </thead>
              <tbody>
                {g.links.map((l) => (
                  <tr key={l.firm.id}>
                    <th scope="row">
                      <Link to={`/firms/${l.firm.id}`}>{l.firm.legalName}</Link>
                    </th>
                    <td>{l.firm.hamlet ?? '—'}</td>
                    <td className="tabular">
                      {l.sharePercent === null || l.sharePercent === undefined
                        ? '—'
                        : `${format.number(l.sharePercent)}%`}
                    </td>
                    <td className="tabular">
                      {l.yearlyVolumePairs === null || l.yearlyVolumePairs === undefined
                        ? '—'
                        : format.number(l.yearlyVolumePairs)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          );
        })
      )}
    </Card>
  );
}
