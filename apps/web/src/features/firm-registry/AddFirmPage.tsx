import { FIRM_KINDS } from '@filiera/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { FirmKind } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormProblem } from '../../lib/useFormProblem';
import { reasonKey } from '../firms/api-problems';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { FirmFacts } from './FirmFacts';
import { useSettled } from '../../lib/useSettled';
import './firm-registry.css';

const AddFirmPermissionQuery = graphql(`
  query AddFirmPermission {
    me {
      permissions {
        viewerCanManageRegistry
      }
    }
  }
`);

const SimilarFirmsQuery = graphql(`
  query SimilarFirms($name: String!, $municipality: String, $vatNumber: String) {
    similarFirms(name: $name, municipality: $municipality, vatNumber: $vatNumber) {
      similarity
      sameVatNumber
      firm {
        id
        legalName
        ...FirmFacts_FirmFragment
      }
    }
  }
`);

const AddFirmMutation = graphql(`
  mutation AddFirm($input: AddFirmInput!) {
    addFirm(input: $input) {
      id
    }
  }
`);

const FIELDS = [
  'legalName',
  'vatNumber',
  'kind',
  'street',
  'postcode',
  'municipality',
  'hamlet',
  'province',
  'pec',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const EMPTY: Values = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Values;

/** The firm a refused Partita IVA belongs to (BAD_USER_INPUT, reason taken, extensions.existingFirm). */
function existingFirmOf(error: unknown): { id: string; legalName: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const existing = error.errors[0]?.extensions?.existingFirm as
    { id?: unknown; legalName?: unknown } | undefined;
  return typeof existing?.id === 'string' && typeof existing.legalName === 'string'
    ? { id: existing.id, legalName: existing.legalName }
    : null;
}

/** `/firms/new` (ADMIN, CONSULTANT): add a firm by hand, seeing likely duplicates before saving. */
export function AddFirmPage() {
  const { t } = useTranslation(['firmRegistry', 'firms']);
  const navigate = useNavigate();
  const title = t('add.title');
  useDocumentTitle(title);
  const permission = useQuery(AddFirmPermissionQuery);
  const [values, setValues] = useState<Values>(EMPTY);
  const { fail, refuse, fieldMessage, notice } = useFormProblem(FIELDS, {
    fieldReason: (_field, reason) => t(`firms:reasons.${reasonKey(reason)}`),
  });
  const [existing, setExisting] = useState<{ id: string; legalName: string } | null>(null);
  const [add, { loading }] = useMutation(AddFirmMutation);

  const search = useSettled({
    name: values.legalName.trim(),
    municipality: values.municipality.trim() || null,
    vatNumber: values.vatNumber.trim() || null,
  });
  const searching = search.name.length >= 3 || search.vatNumber !== null;
  const similar = useQuery(SimilarFirmsQuery, { variables: search, skip: !searching });

  if (permission.data?.me && !permission.data.me.permissions.viewerCanManageRegistry)
    return <ForbiddenPage />;

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));
  const fieldError = (field: Field) => {
    if (field === 'vatNumber' && existing) return t('add.vatTaken', { name: existing.legalName });
    return fieldMessage(field);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setExisting(null);
    if (refuse(event.currentTarget, { kind: !values.kind && t('firms:reasons.required') })) return;
    const input = {
      legalName: values.legalName,
      vatNumber: values.vatNumber,
      kind: (values.kind || 'SERVICES') as FirmKind,
      municipality: values.municipality,
      street: values.street || null,
      postcode: values.postcode || null,
      hamlet: values.hamlet || null,
      province: values.province || null,
      pec: values.pec || null,
    };
    try {
      const { data } = await add({ variables: { input } });
      if (data) await navigate(`/firms/${data.addFirm.id}`);
    } catch (error) {
      setExisting(existingFirmOf(error));
      fail(error);
    }
  };

  const matches = similar.data?.similarFirms ?? [];
  return (
    <>
      <PageHeader title={title} description={t('add.intro')} />
      <div className="registry-add">
        <Card title={title}>
          <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
            {notice}
            <TextField
              label={t('add.legalName')}
              value={values.legalName}
              onChange={set('legalName')}
              error={fieldError('legalName')}
              required
              autoComplete="organization"
            />
            <TextField
              label={t('add.vatNumber')}
              value={values.vatNumber}
              onChange={set('vatNumber')}
              error={fieldError('vatNumber')}
              description={
                existing && (
                  <Link to={`/firms/${existing.id}`}>
                    {t('add.openExisting', { name: existing.legalName })}
                  </Link>
                )
              }
              required
              inputMode="numeric"
            />
            <Select
              label={t('add.kind')}
              name="kind"
              value={values.kind}
              placeholder={t('add.kindPlaceholder')}
              options={FIRM_KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
              onChange={set('kind')}
              error={fieldError('kind')}
              required
            />
            <TextField
              label={t('add.municipality')}
              value={values.municipality}
              onChange={set('municipality')}
              error={fieldError('municipality')}
              required
            />
            <div className="registry-add__row">
              <TextField label={t('add.hamlet')} value={values.hamlet} onChange={set('hamlet')} />
              <TextField
                label={t('add.province')}
                value={values.province}
                onChange={set('province')}
                error={fieldError('province')}
                maxLength={2}
              />
            </div>
            <div className="registry-add__row">
              <TextField
                label={t('add.street')}
                value={values.street}
                onChange={set('street')}
                autoComplete="street-address"
              />
              <TextField
                label={t('add.postcode')}
                value={values.postcode}
                onChange={set('postcode')}
                error={fieldError('postcode')}
                inputMode="numeric"
                autoComplete="postal-code"
              />
            </div>
            <TextField
              label={t('add.pec')}
              description={t('add.pecHelp')}
              type="email"
              value={values.pec}
              onChange={set('pec')}
              error={fieldError('pec')}
            />
            <div className="form__actions">
              <Button type="submit" busy={loading}>
                {t('add.submit')}
              </Button>
            </div>
          </form>
        </Card>
        <section className="registry-similar" aria-labelledby="registry-similar-title" aria-live="polite">
          <h2 id="registry-similar-title">{t('add.similarTitle')}</h2>
          {searching && matches.length > 0 && (
            <Notice tone="info" role="none">
              {t('add.similarIntro')}
            </Notice>
          )}
          {searching && !similar.loading && matches.length === 0 && (
            <p className="muted">{t('add.noSimilar')}</p>
          )}
          {matches.length > 0 && (
            <ul className="registry-similar__list">
              {matches.map((m) => (
                <li key={m.firm.id}>
                  <Link to={`/firms/${m.firm.id}`}>{m.firm.legalName}</Link>{' '}
                  <FirmFacts firm={m.firm}>
                    <span className="badge">
                      {m.sameVatNumber
                        ? t('add.sameVat')
                        : t('add.similarity', { percent: Math.round(m.similarity * 100) })}
                    </span>
                  </FirmFacts>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
