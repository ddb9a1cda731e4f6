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
      photoUrl
      photoAlt
      countryOfAssembly
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
  const material = (name: string) => materialLabel(name, language);
  const percent = (value: number) => `${format.number(value)}%`;
  const productLine = (line: string) =>
    (PRODUCT_LINES as readonly string[]).includes(line)
      ? t(`passport.productLines.${line as ProductLine}`)
      : line;
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
              <PageHeader title={t('passport.notFound')} />
              <EmptyState message={t('passport.notFound')}>
                <Link to="/showcase">{t('passport.back')}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <PageHeader
                title={passport.name}
                description={`${t('passport.heading')} · ${t('passport.published', { date: format.date(passport.publishedAt) })}`}
              />
              <div className="passport">
                <Card className="passport__product">
                  <div className="passport__identity">
                    {passport.photoUrl && (
                      <img
                        className="passport__photo"
                        src={localPath(passport.photoUrl)}
                        alt={passport.photoAlt || t('passport.photoAlt', { name: passport.name })}
                      />
                    )}
                    <dl className="details">
                      {fact(
                        t('passport.madeBy'),
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
                      {fact(t('passport.assembledIn'), countryName(passport.countryOfAssembly, language))}
                      {fact(t('passport.code'), passport.code)}
                      {passport.productLine &&
                        fact(t('passport.productLine'), productLine(passport.productLine))}
                      {passport.season && fact(t('passport.season'), passport.season)}
                      {passport.gtin && fact(t('passport.gtin'), passport.gtin)}
                    </dl>
                  </div>
                </Card>
                <Card title={t('passport.tracedHeading')} className="passport__traced">
                  <p className="muted">{t('passport.tierHelp')}</p>
                  {passport.traceability.tiers.map((tier) => (
                    <ProgressBar
                      key={tier.tier}
                      label={t('passport.tierLabel', { tier: tier.tier })}
                      value={tier.tracedWeightPercent}
                      max={100}
                      valueText={t('passport.tracedShare', {
                        value: format.number(tier.tracedWeightPercent),
                      })}
                    />
                  ))}
                  <p className="muted">
                    {t('passport.declared', {
                      value: format.number(passport.traceability.declaredWeightPercent),
                    })}
                  </p>
                </Card>
                <Card title={t('passport.bom')} className="passport__bom">
                  <ol className="passport__components">
                    {passport.components.map((c, i) => (
                      <li key={i} className="passport__component">
                        <h3 className="passport__component-title">
                          {label(c.capability)}
                          <span className="muted passport__share">
                            {c.weightSharePercent > 0
                              ? t('passport.weightShare', { value: format.number(c.weightSharePercent) })
                              : t('passport.processing')}
                          </span>
                        </h3>
                        <dl className="passport__facts">
                          {fact(t('passport.supplier'), source(c))}
                          {(c.material || c.composition.length > 0) &&
                            fact(
                              c.composition.length > 0 ? t('passport.composition') : t('passport.material'),
                              c.composition.length > 0
                                ? c.composition
                                    .map((m) => `${material(m.material)} ${percent(m.percent)}`)
                                    .join(', ')
                                : material(c.material ?? ''),
                            )}
                          {(c.originCountry || c.originRegion) &&
                            fact(t('passport.origin'), origin(c.originCountry, c.originRegion))}
                          {c.certifications.length > 0 &&
                            fact(t('passport.certifications'), c.certifications.join(', '))}
                        </dl>
                        {c.inputs.length > 0 && (
                          <details className="passport__inputs">
                            <summary>{t('passport.inputsOf')}</summary>
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
                <Card title={t('passport.qrHeading')} className="passport__qr">
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
              </div>
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
