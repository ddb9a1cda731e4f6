import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { graphql } from '../../gql';
import type { ShowcasePassportQuery } from '../../gql/graphql';
import { useFormat, useLanguage } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { countryName } from './countries';
import { ShowcaseNav } from './ShowcaseNav';
import { usePageMeta } from './usePageMeta';
import './showcase.css';

const ShowcasePassportQueryDocument = graphql(`
  query ShowcasePassport($id: ID!) {
    passport(id: $id) {
      id
      code
      name
      productLine
      season
      gtin
      publishedAt
      countryOfAssembly
      manufacturer {
        name
        municipality
        province
        showcaseFirmId
      }
      traceability {
        tiers {
          tier
          tracedWeightPercent
        }
      }
      components {
        capability {
          id
          labelIt
          labelEn
        }
        supplier {
          name
          kind
          municipality
          showcaseFirmId
        }
        outsideCountry
        outsideRegion
        material
        composition {
          material
          percent
        }
        originCountry
        originRegion
        weightSharePercent
        certifications
        inputs {
          capability {
            id
            labelIt
            labelEn
          }
          supplier {
            name
            kind
            municipality
            showcaseFirmId
          }
          outsideCountry
          outsideRegion
          material
          originCountry
          originRegion
          sharePercent
        }
      }
    }
  }
`);

type Passport = NonNullable<ShowcasePassportQuery['passport']>;
type Party = Passport['components'][number]['supplier'];
type Sourced = { supplier: Party; outsideCountry?: string | null; outsideRegion?: string | null };

/** A published article's Digital Product Passport: what the shoe is made of and where it comes from. */
export function ShowcasePassportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const result = useQuery(ShowcasePassportQueryDocument, { variables: { id } });
  const p = result.data?.passport;
  usePageMeta(
    p ? `${p.name} · ${t('passport.heading')}` : t('passport.heading'),
    p
      ? t('passport.metaDescription', { name: p.name, maker: p.manufacturer.name ?? '' })
      : t('passport.notFound'),
  );

  const label = (c: { labelIt: string; labelEn: string }) => (language === 'en' ? c.labelEn : c.labelIt);
  const place = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ');
  const source = (s: Sourced) => {
    if (s.supplier?.name) {
      return s.supplier.showcaseFirmId ? (
        <Link to={`/showcase/firms/${s.supplier.showcaseFirmId}`}>{s.supplier.name}</Link>
      ) : (
        s.supplier.name
      );
    }
    if (s.supplier)
      return t(`passport.anonymous.${s.supplier.kind}`, { place: s.supplier.municipality ?? '' });
    if (s.outsideCountry) {
      return t('passport.outside', {
        place: place(s.outsideRegion, countryName(s.outsideCountry, language)),
      });
    }
    return t('passport.unknown');
  };
  const origin = (country?: string | null, region?: string | null) =>
    country ? place(region, countryName(country, language)) : region || '—';

  return (
    <div className="showcase">
      <ShowcaseNav />
      <QueryState result={result}>
        {({ passport }) =>
          !passport ? (
            <>
              <PageHeader title={t('passport.notFound')} />
              <EmptyState message={t('passport.notFound')}>
                <Link to="/showcase">{t('passport.back')}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <PageHeader title={passport.name} description={t('passport.heading')} />
              <Card>
                <dl className="details">
                  <dt>{t('passport.madeBy')}</dt>
                  <dd>
                    {passport.manufacturer.showcaseFirmId ? (
                      <Link to={`/showcase/firms/${passport.manufacturer.showcaseFirmId}`}>
                        {passport.manufacturer.name}
                      </Link>
                    ) : (
                      passport.manufacturer.name
                    )}
                    {` · ${place(passport.manufacturer.municipality, passport.manufacturer.province)}`}
                  </dd>
                  <dt>{t('passport.assembledIn')}</dt>
                  <dd>{countryName(passport.countryOfAssembly, language)}</dd>
                  <dt>{t('passport.code')}</dt>
                  <dd>{passport.code}</dd>
                  {passport.productLine && (
                    <>
                      <dt>{t('passport.productLine')}</dt>
                      <dd>{passport.productLine}</dd>
                    </>
                  )}
                  {passport.season && (
                    <>
                      <dt>{t('passport.season')}</dt>
                      <dd>{passport.season}</dd>
                    </>
                  )}
                  {passport.gtin && (
                    <>
                      <dt>{t('passport.gtin')}</dt>
                      <dd>{passport.gtin}</dd>
                    </>
                  )}
                </dl>
                <p className="muted">
                  {t('passport.published', { date: format.date(passport.publishedAt) })}
                </p>
              </Card>
              <Card title={t('passport.tracedHeading')}>
                <ul>
                  {passport.traceability.tiers.map((tier) => (
                    <li key={tier.tier}>
                      {t('passport.traced', { value: tier.tracedWeightPercent, tier: tier.tier })}
                    </li>
                  ))}
                </ul>
              </Card>
              <Card title={t('passport.bom')}>
                <Table caption={t('passport.bom')} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('passport.component')}</th>
                      <th scope="col">{t('passport.supplier')}</th>
                      <th scope="col">{t('passport.material')}</th>
                      <th scope="col">{t('passport.origin')}</th>
                      <th scope="col">{t('passport.weight')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {passport.components.map((c, i) => (
                      <tr key={i}>
                        <th scope="row">{label(c.capability)}</th>
                        <td>
                          {source(c)}
                          {c.inputs.length > 0 && (
                            <details>
                              <summary>{t('passport.tier2')}</summary>
                              <ul>
                                {c.inputs.map((input, j) => (
                                  <li key={j}>
                                    {label(input.capability)}
                                    {input.material ? ` (${input.material})` : ''}: {source(input)} ·{' '}
                                    {origin(input.originCountry, input.originRegion)} · {input.sharePercent}%
                                  </li>
                                ))}
                              </ul>
                            </details>
                          )}
                        </td>
                        <td>
                          {c.composition.length > 0
                            ? c.composition.map((m) => `${m.material} ${m.percent}%`).join(', ')
                            : (c.material ?? '—')}
                          {c.certifications.length > 0 && (
                            <div className="muted">
                              {t('passport.certifications')}: {c.certifications.join(', ')}
                            </div>
                          )}
                        </td>
                        <td>{origin(c.originCountry, c.originRegion)}</td>
                        <td>{c.weightSharePercent}%</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </Card>
              <Card title={t('passport.qrHeading')}>
                <img
                  src={`/api/passports/${passport.id}/qr.svg`}
                  alt={t('passport.qrAlt')}
                  width={160}
                  height={160}
                />
                <p>
                  <a href={`/api/passports/${passport.id}/qr.svg?download=1`} download>
                    {t('passport.qrSvg')}
                  </a>{' '}
                  ·{' '}
                  <a href={`/api/passports/${passport.id}/qr.png?download=1`} download>
                    {t('passport.qrPng')}
                  </a>
                </p>
              </Card>
              <p>
                <Link to="/showcase">{t('passport.back')}</Link>
              </p>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
