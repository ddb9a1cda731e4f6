import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_LINES } from '@filiera/shared';
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
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { useFormProblem } from '../../lib/useFormProblem';
import { QueryState } from '../shell/QueryState';
import { countryOptions } from '../showcase/countries';
import { emptyLine, lineForApi, lineFromStored, type LineValue } from './lines';
import { LineList, useLineProblems, type Choice } from './LineList';
import { PhotoUpload } from './PhotoUpload';
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
    photoAlt
    ...ArticlePhoto_ArticleFragment
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
      composition {
        material
        percent
      }
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

type Capability = { id: string; code: string; labelIt: string; labelEn: string };

/** The API's field below `components.<n>.` for a field of LineList. */
const bomField = (field: string) => field.replace(/\.share$/, '.weightSharePercent');

function ArticleForm(props: {
  article: FragmentType<typeof ArticleForm_ArticleFragment> | null;
  capabilities: readonly Capability[];
  choices: readonly Choice[];
}) {
  const { t } = useTranslation('articles');
  const language = useLanguage();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const checkLines = useLineProblems();
  const productLineOptions = (current: string) => [
    ...PRODUCT_LINES.map((p) => ({ value: p, label: t(`productLines.${p}`) })),
    // A line written before the vocabulary stays choosable as it is.
    ...(current && !(PRODUCT_LINES as readonly string[]).includes(current)
      ? [{ value: current, label: current }]
      : []),
  ];
  const article = getFragmentData(ArticleForm_ArticleFragment, props.article);
  const [fields, setFields] = useState({
    code: article?.code ?? '',
    name: article?.name ?? '',
    productLine: article?.productLine ?? '',
    season: article?.season ?? '',
    gtin: article?.gtin ?? '',
    photoAlt: article?.photoAlt ?? '',
  });
  const [lines, setLines] = useState<LineValue[]>(() =>
    article
      ? article.components.map((c) =>
          lineFromStored(
            {
              ...c,
              capabilityId: c.capability.id,
              supplierId: c.supplier?.id ?? null,
              share: c.weightSharePercent,
            },
            language,
          ),
        )
      : [emptyLine()],
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [create, created] = useMutation(CreateArticleMutation);
  const [update, updated] = useMutation(UpdateArticleMutation);
  const [publish, published] = useMutation(PublishArticleMutation);
  const [unpublish, unpublished] = useMutation(UnpublishArticleMutation);
  const refusal = useFormProblem<string>([], {
    fieldReason: (_field, reason) =>
      t(`form.reasons.${reason}`, { defaultValue: '' }) || message({ key: 'errors.invalidInput' }),
  });
  const reasonText = refusal.fieldMessage;

  const capabilityLabel = (c: Capability) => (language === 'en' ? c.labelEn : c.labelIt);
  const countries = countryOptions(language);
  const problems = checkLines(lines);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    if (problems.any) return;
    refusal.setProblem(null);
    const common = {
      code: fields.code,
      name: fields.name,
      productLine: fields.productLine || null,
      season: fields.season || null,
      photoAlt: fields.photoAlt || null,
      components: lines
        .filter((l) => l.capabilityId)
        .map((l): ArticleComponentInput => {
          const { share, ...line } = lineForApi(l, language);
          return { ...line, weightSharePercent: share };
        }),
    };
    try {
      if (article) {
        await update({
          variables: { input: { id: article.id, version: article.version, ...common, gtin: fields.gtin } },
        });
        setNotice(t('form.saved'));
      } else {
        const res = await create({ variables: { input: { ...common, gtin: fields.gtin || null } } });
        if (res.data) void navigate(`/traceability/articles/${res.data.createArticle.id}`, { replace: true });
      }
    } catch (error) {
      refusal.fail(error);
    }
  };

  const togglePublished = async () => {
    if (!article) return;
    setNotice(null);
    refusal.setProblem(null);
    const variables = { id: article.id, version: article.version };
    try {
      if (article.status === 'PUBLISHED') {
        await unpublish({ variables });
        setNotice(t('form.unpublished'));
      } else {
        await publish({ variables });
        setNotice(t('form.published'));
      }
    } catch (error) {
      refusal.fail(error);
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
      {refusal.notice}
      {notice && <Notice tone="success">{notice}</Notice>}
      <Card>
        <div className="bom__fields">
          {field('code', t('form.code'), { required: true, maxLength: 40 })}
          {field('name', t('form.name'), { required: true, maxLength: 200 })}
          <Select
            label={t('form.productLine')}
            name="productLine"
            value={fields.productLine}
            placeholder={t('form.noProductLine')}
            options={productLineOptions(fields.productLine)}
            onChange={(e) => setFields((f) => ({ ...f, productLine: e.target.value }))}
            error={reasonText('productLine')}
          />
          {field('season', t('form.season'))}
          {field('gtin', t('form.gtin'), {
            inputMode: 'numeric',
            description: t('form.gtinHelp'),
          })}
        </div>
      </Card>
      <Card title={t('photo.heading')}>
        {article ? <PhotoUpload article={article} /> : <p className="muted">{t('photo.saveFirst')}</p>}
        <TextField
          label={t('photo.alt')}
          name="photoAlt"
          value={fields.photoAlt}
          maxLength={200}
          description={t('photo.altHelp')}
          onChange={(e) => setFields((f) => ({ ...f, photoAlt: e.target.value }))}
          error={reasonText('photoAlt')}
        />
      </Card>
      <Card title={t('form.bom')}>
        <p className="muted">{t('form.bomHelp')}</p>
        {reasonText('components') && (
          <Notice tone="error" role="alert">
            {reasonText('components')}
          </Notice>
        )}
        <LineList
          lines={lines}
          onChange={setLines}
          capabilities={props.capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
          choices={props.choices}
          capabilityLabel={t('form.capability')}
          shareLabel={t('form.weight')}
          detailed
          problems={problems}
          serverError={(f) => reasonText(`components.${bomField(f)}`)}
          countries={countries}
        />
      </Card>
      <div className="article-actions">
        <Button type="submit" busy={created.loading || updated.loading}>
          {t('form.save')}
        </Button>
        {article && (
          <Button
            type="button"
            variant="secondary"
            busy={published.loading || unpublished.loading}
            onClick={() => void togglePublished()}
          >
            {article.status === 'PUBLISHED' ? t('form.unpublish') : t('form.publish')}
          </Button>
        )}
        {article?.passportUrl ? (
          <>
            <a href={new URL(article.passportUrl).pathname}>{t('form.passport')}</a>
            <a href={`/api/passports/${article.id}/qr.svg?download=1`} download>
              {t('form.qrSvg')}
            </a>
            <a href={`/api/passports/${article.id}/qr.png?download=1`} download>
              {t('form.qrPng')}
            </a>
          </>
        ) : (
          article && <span className="muted">{t('passportNotPublished')}</span>
        )}
      </div>
    </form>
  );
}

/** Creates (/traceability/articles/new) or edits an article of the viewer's factory, and publishes it. */
export function ArticleEditorPage() {
  const { t } = useTranslation('articles');
  const { id } = useParams();
  const existing = Boolean(id && id !== 'new');
  const result = useQuery(ArticleEditorQuery, { variables: { id: existing ? id! : '', existing } });
  const title = result.data?.article
    ? t('form.editTitle', {
        code: getFragmentData(ArticleForm_ArticleFragment, result.data.article).code,
      })
    : t('form.newTitle');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} description={<Link to="/traceability">{t('form.back')}</Link>} />
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
