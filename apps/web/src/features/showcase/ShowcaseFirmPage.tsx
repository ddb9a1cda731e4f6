import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CeasedBadge } from '../firm-registry/CeasedBadge';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { LocalizedText } from '../../components/LocalizedText';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n/format';
import { describeError } from '../../lib/api-errors';
import { QueryState } from '../shell/QueryState';
import { ContactForm } from './ContactForm';
import { localName } from './countries';
import { ShowcaseNav } from './ShowcaseNav';
import { usePageMeta } from './usePageMeta';
import './showcase.css';

const ShowcaseFirmQuery = graphql(`
  query ShowcaseFirm($id: ID!) {
    showcaseFirm(id: $id) {
      id
      legalName
      tradeName
      kind
      municipality
      hamlet
      ceasedOn
      capabilities {
        id
        labelIt
        labelEn
      }
      productLines
      certifications
      exportMarketNames {
        code
        nameIt
        nameEn
      }
      capacityPairsPerDay
      website
      email
      phone
      descriptionIt
      descriptionEn
    }
  }
`);

/** A firm's public page: only what the firm made public, and the contact form. */
export function ShowcaseFirmPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('showcase');
  const language = useLanguage();
  const result = useQuery(ShowcaseFirmQuery, { variables: { id } });
  const firm = result.data?.showcaseFirm;
  const name = firm ? (firm.tradeName ?? firm.legalName) : t('nav.home');
  usePageMeta(
    name,
    firm
      ? t('firm.metaDescription', { name, kind: t(`enums.FirmKind.${firm.kind}`) })
      : t('home.metaDescription'),
  );
  const missing = result.error && describeError(result.error).code === 'NOT_FOUND';

  const row = (label: string, value: ReactNode) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  const list = (values: readonly string[] | null | undefined) =>
    values && values.length > 0 ? values.join(', ') : null;

  return (
    <div className="showcase">
      <ShowcaseNav />
      {missing ? (
        <>
          <PageHeader title={t('firm.notFound')} />
          <EmptyState message={t('firm.notFound')}>
            <Link to="/showcase">{t('firm.back')}</Link>
          </EmptyState>
        </>
      ) : (
        <QueryState result={result}>
          {({ showcaseFirm: f }) => {
            return (
              <>
                <PageHeader
                  title={f.tradeName ?? f.legalName}
                  description={`${t(`enums.FirmKind.${f.kind}`)}${f.tradeName ? ` · ${f.legalName}` : ''}`}
                />
                <CeasedBadge on={f.ceasedOn} />
                <Card>
                  <LocalizedText it={f.descriptionIt} en={f.descriptionEn} />
                  <dl className="details">
                    {row(t('firm.location'), [f.hamlet, f.municipality].filter(Boolean).join(', '))}
                    {row(
                      t('firm.capabilities'),
                      list(f.capabilities?.map((c) => (language === 'en' ? c.labelEn : c.labelIt))),
                    )}
                    {row(t('firm.productLines'), list(f.productLines))}
                    {row(t('firm.certifications'), list(f.certifications))}
                    {row(
                      t('firm.exportMarkets'),
                      list(f.exportMarketNames?.map((c) => localName(c, language))),
                    )}
                    {row(
                      t('firm.capacity'),
                      f.capacityPairsPerDay != null &&
                        t('firm.capacityValue', { count: f.capacityPairsPerDay }),
                    )}
                    {row(
                      t('firm.website'),
                      f.website && (
                        <a
                          href={f.website.startsWith('http') ? f.website : `https://${f.website}`}
                          rel="noopener"
                        >
                          {f.website}
                        </a>
                      ),
                    )}
                    {row(t('firm.email'), f.email && <a href={`mailto:${f.email}`}>{f.email}</a>)}
                    {row(t('firm.phone'), f.phone && <a href={`tel:${f.phone}`}>{f.phone}</a>)}
                  </dl>
                </Card>
                <Card title={t('contact.heading')}>
                  <p className="muted">{t('contact.intro')}</p>
                  <ContactForm firmId={f.id} />
                </Card>
                <p>
                  <Link to="/showcase">{t('firm.back')}</Link>
                </p>
              </>
            );
          }}
        </QueryState>
      )}
    </div>
  );
}
