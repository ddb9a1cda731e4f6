import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ProgressBar } from '../../components/ProgressBar';
import { materialLabel, PRODUCT_LINES, type ProductLine } from '@filiera/shared';
import { graphql } from '../../gql';
import type { ShowcasePassportQuery } from '../../gql/graphql';
import { useFormat, useLanguage } from '../../i18n/format';
import { QueryState } from '../shell/QueryState';
import { namesFrom } from './countries';
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
      photoUrl
      photoAlt
      countryOfAssembly
      countryNames {
        code
        nameIt
        nameEn
      }
      manufacturer {
        name
        municipality
        province
        showcaseFirmId
      }
      traceability {
        declaredWeightPercent
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

/**
 * A stored address as a path on this site (the API gives absolute addresses for crawlers). Only the path
 * and query are kept, so the base merely completes a relative address (no `window`: the server renders
 * this page too).
 */
const localPath = (url: string) => {
  const u = new URL(url, 'http://localhost');
  return `${u.pathname}${u.search}`;
};

/** A published article's Digital Product Passport: what the shoe is made of and where it comes from. */
export function ShowcasePassportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('passport');
  const language = useLanguage();
  const format = useFormat();
  const result = useQuery(ShowcasePassportQueryDocument, { variables: { id } });
  const p = result.data?.passport;
  const countryName = namesFrom(p?.countryNames, language);
  usePageMeta(
    p ? `${p.name} · ${t('heading')}` : t('heading'),
    p ? t('metaDescription', { name: p.name, maker: p.manufacturer.name ?? '' }) : t('notFound'),
  );

  const label = (c: { labelIt: string; labelEn: string }) => (language === 'en' ? c.labelEn : c.labelIt);
  const place = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ');
  const material = (name: string) => materialLabel(name, language);
  const percent = (value: number) => `${format.number(value)}%`;
  const productLine = (line: string) =>
    (PRODUCT_LINES as readonly string[]).includes(line) ? t(`productLines.${line as ProductLine}`) : line;
  const source = (s: Sourced) => {
    if (s.supplier?.name) {
      return s.supplier.showcaseFirmId ? (
        <Link to={`/showcase/firms/${s.supplier.showcaseFirmId}`}>{s.supplier.name}</Link>
      ) : (
        s.supplier.name
      );
    }
    if (s.supplier) return t(`anonymous.${s.supplier.kind}`, { place: s.supplier.municipality ?? '' });
    if (s.outsideCountry) {
      return t('outside', {
        place: place(s.outsideRegion, countryName(s.outsideCountry)),
      });
    }
    return t('unknown');
  };
  const origin = (country?: string | null, region?: string | null) =>
    country ? place(region, countryName(country)) : region || '—';
  // An input from outside the district usually comes from where its supplier is: said once.
  const sameOrigin = (s: Sourced & { originCountry?: string | null; originRegion?: string | null }) =>
    Boolean(s.outsideCountry) &&
    s.outsideCountry === s.originCountry &&
    (s.originRegion ?? '') === (s.outsideRegion ?? '');
  const fact = (term: string, value: ReactNode) => (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <div className="showcase">
      <ShowcaseNav />
      <QueryState result={result}>
        {({ passport }) =>
          !passport ? (
            <>
              <PageHeader title={t('notFound')} />
              <EmptyState message={t('notFound')}>
                <Link to="/showcase">{t('back')}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <PageHeader
                title={passport.name}
                description={`${t('heading')} · ${t('published', { date: format.date(passport.publishedAt) })}`}
              />
              <div className="passport">
                <Card className="passport__product">
                  <div className="passport__identity">
                    {passport.photoUrl && (
                      <img
                        className="passport__photo"
                        src={localPath(passport.photoUrl)}
                        alt={passport.photoAlt || t('photoAlt', { name: passport.name })}
                      />
                    )}
                    <dl className="details">
                      {fact(
                        t('madeBy'),
                        <>
                          {passport.manufacturer.showcaseFirmId ? (
                            <Link to={`/showcase/firms/${passport.manufacturer.showcaseFirmId}`}>
                              {passport.manufacturer.name}
                            </Link>
                          ) : (
                            passport.manufacturer.name
                          )}
                          {` · ${place(passport.manufacturer.municipality, passport.manufacturer.province)}`}
                        </>,
                      )}
                      {fact(t('assembledIn'), countryName(passport.countryOfAssembly))}
                      {fact(t('code'), passport.code)}
                      {passport.productLine && fact(t('productLine'), productLine(passport.productLine))}
                      {passport.season && fact(t('season'), passport.season)}
                      {passport.gtin && fact(t('gtin'), passport.gtin)}
                    </dl>
                  </div>
                </Card>
                <Card title={t('tracedHeading')} className="passport__traced">
                  <p className="muted">{t('tierHelp')}</p>
                  {passport.traceability.tiers.map((tier) => (
                    <ProgressBar
                      key={tier.tier}
                      label={t('tierLabel', { tier: tier.tier })}
                      value={tier.tracedWeightPercent}
                      max={100}
                      valueText={t('tracedShare', {
                        value: format.number(tier.tracedWeightPercent),
                      })}
                    />
                  ))}
                  <p className="muted">
                    {t('declared', {
                      value: format.number(passport.traceability.declaredWeightPercent),
                    })}
                  </p>
                </Card>
                <Card title={t('bom')} className="passport__bom">
                  <ol className="passport__components">
                    {passport.components.map((c, i) => (
                      <li key={i} className="passport__component">
                        <h3 className="passport__component-title">
                          {label(c.capability)}
                          <span className="muted passport__share">
                            {c.weightSharePercent > 0
                              ? t('weightShare', { value: format.number(c.weightSharePercent) })
                              : t('processing')}
                          </span>
                        </h3>
                        <dl className="passport__facts">
                          {fact(t('supplier'), source(c))}
                          {(c.material || c.composition.length > 0) &&
                            fact(
                              c.composition.length > 0 ? t('composition') : t('material'),
                              c.composition.length > 0
                                ? c.composition
                                    .map((m) => `${material(m.material)} ${percent(m.percent)}`)
                                    .join(', ')
                                : material(c.material ?? ''),
                            )}
                          {(c.originCountry || c.originRegion) &&
                            fact(t('origin'), origin(c.originCountry, c.originRegion))}
                          {c.certifications.length > 0 &&
                            fact(t('certifications'), c.certifications.join(', '))}
                        </dl>
                        {c.inputs.length > 0 && (
                          <details className="passport__inputs">
                            <summary>{t('inputsOf')}</summary>
                            <ul>
                              {c.inputs.map((input, j) => (
                                <li key={j}>
                                  <strong>
                                    {label(input.capability)}
                                    {input.material ? ` (${material(input.material)})` : ''}
                                  </strong>
                                  {' · '}
                                  {percent(input.sharePercent)}
                                  <br />
                                  {source(input)}
                                  {sameOrigin(input)
                                    ? ''
                                    : ` · ${origin(input.originCountry, input.originRegion)}`}
                                </li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </li>
                    ))}
                  </ol>
                </Card>
                <Card title={t('qrHeading')} className="passport__qr">
                  <img
                    src={`/api/passports/${passport.id}/qr.svg`}
                    alt={t('qrAlt')}
                    width={160}
                    height={160}
                  />
                  <p>
                    <a href={`/api/passports/${passport.id}/qr.svg?download=1`} download>
                      {t('qrSvg')}
                    </a>{' '}
                    ·{' '}
                    <a href={`/api/passports/${passport.id}/qr.png?download=1`} download>
                      {t('qrPng')}
                    </a>
                  </p>
                </Card>
              </div>
              <p>
                <Link to="/showcase">{t('back')}</Link>
              </p>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
