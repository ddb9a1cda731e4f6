import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ArticleComponentInput } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { describeError, fieldReasonsOf } from '../../lib/api-errors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { QueryState } from '../shell/QueryState';
import { countryOptions } from '../showcase/countries';
import { LineFieldset, OUTSIDE, SourceFields } from './SourceFields';
import './articles.css';

export const ArticleForm_ArticleFragment = graphql(`
  fragment ArticleForm_ArticleFragment on Article {
    id
    version
    code
    name
    productLine
    season
    gtin
    status
    passportUrl
    components {
      id
      capability {
        id
      }
      supplier {
        id
      }
      outsideCountry
      outsideRegion
      material
      originCountry
      originRegion
      weightSharePercent
      certifications
    }
  }
`);

const ArticleEditorQuery = graphql(`
  query ArticleEditor($id: ID!, $existing: Boolean!) {
    capabilities {
      id
      code
      labelIt
      labelEn
    }
    articleSupplierChoices {
      supplier {
        id
        legalName
        tradeName
      }
      capability {
        id
      }
    }
    article(id: $id) @include(if: $existing) {
      id
      ...ArticleForm_ArticleFragment
    }
  }
`);

const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      id
      ...ArticleForm_ArticleFragment
    }
  }
`);

const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($input: UpdateArticleInput!) {
    updateArticle(input: $input) {
      id
      ...ArticleForm_ArticleFragment
    }
  }
`);

const PublishArticleMutation = graphql(`
  mutation PublishArticle($id: ID!, $version: Int!) {
    publishArticle(id: $id, version: $version) {
      id
      ...ArticleForm_ArticleFragment
    }
  }
`);

const UnpublishArticleMutation = graphql(`
  mutation UnpublishArticle($id: ID!, $version: Int!) {
    unpublishArticle(id: $id, version: $version) {
      id
      ...ArticleForm_ArticleFragment
    }
  }
`);

interface Line {
  key: number;
  capabilityId: string;
  /** '' not given, OUTSIDE, or a supplier's id. */
  source: string;
  outsideCountry: string;
  outsideRegion: string;
  material: string;
  originCountry: string;
  originRegion: string;
  weight: string;
  certifications: string;
}

let nextKey = 1;
const emptyLine = (capabilityId = ''): Line => ({
  key: nextKey++,
  capabilityId,
  source: '',
  outsideCountry: '',
  outsideRegion: '',
  material: '',
  originCountry: '',
  originRegion: '',
  weight: '0',
  certifications: '',
});

const toInput = (l: Line): ArticleComponentInput => ({
  capabilityId: l.capabilityId,
  supplierId: l.source && l.source !== OUTSIDE ? l.source : null,
  outsideCountry: l.source === OUTSIDE ? l.outsideCountry || null : null,
  outsideRegion: l.source === OUTSIDE ? l.outsideRegion || null : null,
  material: l.material || null,
  originCountry: l.originCountry || null,
  originRegion: l.originRegion || null,
  weightSharePercent: Number(l.weight.replace(',', '.')) || 0,
  certifications: l.certifications
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean),
});

type Capability = { id: string; code: string; labelIt: string; labelEn: string };
type Choice = {
  supplier: { id: string; legalName: string; tradeName?: string | null };
  capability: { id: string };
};

function ArticleForm(props: {
  article: FragmentType<typeof ArticleForm_ArticleFragment> | null;
  capabilities: readonly Capability[];
  choices: readonly Choice[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const article = getFragmentData(ArticleForm_ArticleFragment, props.article);
  const [fields, setFields] = useState({
    code: article?.code ?? '',
    name: article?.name ?? '',
    productLine: article?.productLine ?? '',
    season: article?.season ?? '',
    gtin: article?.gtin ?? '',
  });
  const [lines, setLines] = useState<Line[]>(() =>
    article
      ? article.components.map((c) => ({
          ...emptyLine(c.capability.id),
          source: c.supplier?.id ?? (c.outsideCountry ? OUTSIDE : ''),
          outsideCountry: c.outsideCountry ?? '',
          outsideRegion: c.outsideRegion ?? '',
          material: c.material ?? '',
          originCountry: c.originCountry ?? '',
          originRegion: c.originRegion ?? '',
          weight: String(c.weightSharePercent),
          certifications: c.certifications.join(', '),
        }))
      : [emptyLine()],
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [create, created] = useMutation(CreateArticleMutation);
  const [update, updated] = useMutation(UpdateArticleMutation);
  const [publish, published] = useMutation(PublishArticleMutation);
  const [unpublish, unpublished] = useMutation(UnpublishArticleMutation);
  const error = created.error ?? updated.error ?? published.error ?? unpublished.error;
  const reasons = error ? fieldReasonsOf(error) : {};
  const reasonText = (field: string) => {
    const reason = reasons[field];
    if (!reason) return null;
    const own = t(`articles.form.reasons.${reason}`, { defaultValue: '' });
    return own || message({ key: 'errors.invalidInput' });
  };
  const formProblem = error ? describeError(error) : null;

  const capabilityLabel = (c: Capability) => (language === 'en' ? c.labelEn : c.labelIt);
  const countries = countryOptions(language);
  const setLine = (key: number, change: Partial<Line>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const total = lines.reduce((s, l) => s + (Number(l.weight.replace(',', '.')) || 0), 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const common = {
      code: fields.code,
      name: fields.name,
      productLine: fields.productLine || null,
      season: fields.season || null,
      components: lines.filter((l) => l.capabilityId).map(toInput),
    };
    try {
      if (article) {
        await update({
          variables: { input: { id: article.id, version: article.version, ...common, gtin: fields.gtin } },
        });
        setNotice(t('articles.form.saved'));
      } else {
        const res = await create({ variables: { input: { ...common, gtin: fields.gtin || null } } });
        if (res.data) void navigate(`/traceability/articles/${res.data.createArticle.id}`, { replace: true });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  };

  const togglePublished = async () => {
    if (!article) return;
    setNotice(null);
    const variables = { id: article.id, version: article.version };
    try {
      if (article.status === 'PUBLISHED') {
        await unpublish({ variables });
        setNotice(t('articles.form.unpublished'));
      } else {
        await publish({ variables });
        setNotice(t('articles.form.published'));
      }
    } catch {
      // Shown from the mutation's error state.
    }
  };

  const field = (name: keyof typeof fields, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      name={name}
      value={fields[name]}
      onChange={(e) => setFields((f) => ({ ...f, [name]: e.target.value }))}
      error={reasonText(name)}
      {...extra}
    />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {formProblem?.form && (
        <Notice tone="error" role="alert">
          {message(formProblem.form)}
        </Notice>
      )}
      {notice && <Notice tone="success">{notice}</Notice>}
      <Card>
        <div className="bom__fields">
          {field('code', t('articles.form.code'), { required: true, maxLength: 40 })}
          {field('name', t('articles.form.name'), { required: true, maxLength: 200 })}
          {field('productLine', t('articles.form.productLine'))}
          {field('season', t('articles.form.season'))}
          {field('gtin', t('articles.form.gtin'), {
            inputMode: 'numeric',
            description: t('articles.form.gtinHelp'),
          })}
        </div>
      </Card>
      <Card title={t('articles.form.bom')}>
        <p className="muted">{t('articles.form.bomHelp')}</p>
        {reasonText('components') && (
          <Notice tone="error" role="alert">
            {reasonText('components')}
          </Notice>
        )}
        <ol className="bom">
          {lines.map((l, i) => {
            const n = i + 1;
            const suppliers = props.choices.filter((c) => c.capability.id === l.capabilityId);
            return (
              <LineFieldset
                key={l.key}
                n={n}
                onRemove={() => setLines((all) => all.filter((x) => x.key !== l.key))}
              >
                <Select
                  label={t('articles.form.capability')}
                  value={l.capabilityId}
                  placeholder=""
                  options={props.capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
                  onChange={(e) => setLine(l.key, { capabilityId: e.target.value, source: '' })}
                  error={reasonText(`components.${i}.capabilityId`)}
                />
                <SourceFields
                  source={l.source}
                  outsideCountry={l.outsideCountry}
                  suppliers={suppliers}
                  countries={countries}
                  description={
                    l.capabilityId && suppliers.length === 0 ? t('articles.form.noSuppliers') : undefined
                  }
                  onChange={(change) => setLine(l.key, change)}
                  sourceError={reasonText(`components.${i}.supplierId`)}
                  countryError={reasonText(`components.${i}.outsideCountry`)}
                />
                {l.source === OUTSIDE && (
                  <TextField
                    label={t('articles.form.outsideRegion')}
                    value={l.outsideRegion}
                    onChange={(e) => setLine(l.key, { outsideRegion: e.target.value })}
                  />
                )}
                <TextField
                  label={t('articles.form.material')}
                  value={l.material}
                  onChange={(e) => setLine(l.key, { material: e.target.value })}
                />
                <Select
                  label={t('articles.form.originCountry')}
                  value={l.originCountry}
                  placeholder={t('articles.form.noCountry')}
                  options={countries}
                  onChange={(e) => setLine(l.key, { originCountry: e.target.value })}
                />
                <TextField
                  label={t('articles.form.originRegion')}
                  value={l.originRegion}
                  onChange={(e) => setLine(l.key, { originRegion: e.target.value })}
                />
                <TextField
                  label={t('articles.form.weight')}
                  inputMode="decimal"
                  value={l.weight}
                  onChange={(e) => setLine(l.key, { weight: e.target.value })}
                  error={reasonText(`components.${i}.weightSharePercent`)}
                />
                <TextField
                  label={t('articles.form.certifications')}
                  value={l.certifications}
                  onChange={(e) => setLine(l.key, { certifications: e.target.value })}
                />
              </LineFieldset>
            );
          })}
        </ol>
        <p className="muted">{t('articles.form.weightTotal', { value: Math.round(total * 10) / 10 })}</p>
        <Button type="button" variant="secondary" onClick={() => setLines((all) => [...all, emptyLine()])}>
          {t('articles.form.addLine')}
        </Button>
      </Card>
      <div className="article-actions">
        <Button type="submit" busy={created.loading || updated.loading}>
          {t('articles.form.save')}
        </Button>
        {article && (
          <Button
            type="button"
            variant="secondary"
            busy={published.loading || unpublished.loading}
            onClick={() => void togglePublished()}
          >
            {article.status === 'PUBLISHED' ? t('articles.form.unpublish') : t('articles.form.publish')}
          </Button>
        )}
        {article?.passportUrl ? (
          <>
            <a href={new URL(article.passportUrl).pathname}>{t('articles.form.passport')}</a>
            <a href={`/api/passports/${article.id}/qr.svg?download=1`} download>
              {t('articles.form.qrSvg')}
            </a>
            <a href={`/api/passports/${article.id}/qr.png?download=1`} download>
              {t('articles.form.qrPng')}
            </a>
          </>
        ) : (
          article && <span className="muted">{t('articles.passportNotPublished')}</span>
        )}
      </div>
    </form>
  );
}

/** Creates (/traceability/articles/new) or edits an article of the viewer's factory, and publishes it. */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const existing = Boolean(id && id !== 'new');
  const result = useQuery(ArticleEditorQuery, { variables: { id: existing ? id! : '', existing } });
  const title = result.data?.article
    ? t('articles.form.editTitle', {
        code: getFragmentData(ArticleForm_ArticleFragment, result.data.article).code,
      })
    : t('articles.form.newTitle');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} description={<Link to="/traceability">{t('articles.form.back')}</Link>} />
      <QueryState result={result}>
        {(data) => (
          <ArticleForm
            key={data.article?.id ?? 'new'}
            article={data.article ?? null}
            capabilities={data.capabilities}
            choices={data.articleSupplierChoices}
          />
        )}
      </QueryState>
    </>
  );
}
