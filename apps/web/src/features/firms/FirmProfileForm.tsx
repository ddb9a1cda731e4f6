import { useApolloClient, useMutation } from '@apollo/client/react';
import { CERTIFICATIONS, PRODUCT_LINES, PUBLIC_FIELDS, REVENUE_BANDS } from '@filiera/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { AtecoPicker } from '../ateco/AtecoPicker';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { UpdateFirmProfileInput } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { errorCode, fieldReasons, type ReasonKey } from './api-problems';
import { firmsIt } from './firms.i18n';
import { conflictWith, ProfileConflict, reapplyOnto, type Conflict } from './ProfileConflict';
import {
  buildInput,
  changedFields,
  fieldId,
  valuesFromFirm,
  type FormField,
  type FormValues,
  splitList,
} from './profile-form';

export const FirmProfileForm_FirmFragment = graphql(`
  fragment FirmProfileForm_FirmFragment on Firm {
    id
    version
    legalName
    tradeName
    vatNumber
    taxCode
    reaNumber
    legalForm
    atecoCodes
    kind
    capabilities {
      id
    }
    productLines
    street
    postcode
    municipality
    hamlet
    province
    latitude
    longitude
    employees
    revenueBand
    foundedYear
    capacityPairsPerDay
    exportShare
    exportMarkets
    certifications
    website
    email
    phone
    descriptionIt
    descriptionEn
    showcaseConsent
    publicFields
  }
`);

export const FirmProfileForm_CapabilityFragment = graphql(`
  fragment FirmProfileForm_CapabilityFragment on Capability {
    id
    code
    labelIt
    labelEn
    group
  }
`);

const UpdateFirmProfileMutation = graphql(`
  mutation UpdateFirmProfile($input: UpdateFirmProfileInput!) {
    updateFirmProfile(input: $input) {
      id
      ...FirmProfileForm_FirmFragment
      ...CompletenessMeter_FirmFragment
      ...FirmHistory_FirmFragment
    }
  }
`);

const LatestFirmQuery = graphql(`
  query FirmProfileLatest($id: ID!) {
    firm(id: $id) {
      id
      ...FirmProfileForm_FirmFragment
    }
  }
`);

type FieldKey = keyof typeof firmsIt.fields;
type Errors = Partial<Record<FormField, ReasonKey>>;

const KINDS = ['SHOE_FACTORY', 'PROCESSING', 'COMPONENTS', 'SERVICES'] as const;

/** The editable profile in sections; client checks first (the shared rules), then the API's. */
export function FirmProfileForm(props: {
  firm: FragmentType<typeof FirmProfileForm_FirmFragment>;
  capabilities: readonly FragmentType<typeof FirmProfileForm_CapabilityFragment>[];
  logo: ReactNode;
}) {
  const { t } = useTranslation('firms');
  const language = useLanguage();
  const client = useApolloClient();
  const firm = getFragmentData(FirmProfileForm_FirmFragment, props.firm);
  const capabilities = getFragmentData(FirmProfileForm_CapabilityFragment, props.capabilities);
  // The version and values this edit started from: on CONFLICT they move to the server's latest.
  const [base, setBase] = useState(() => ({ version: firm.version, values: valuesFromFirm(firm, language) }));
  const [values, setValues] = useState<FormValues>(base.values);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [save, { loading }] = useMutation(UpdateFirmProfileMutation);

  const set = <F extends FormField>(field: F, value: FormValues[F]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _gone, ...rest }) => rest as Errors);
  };
  const err = (field: FormField) => (errors[field] ? t(`reasons.${errors[field]}`) : null);
  const label = (field: FieldKey) => t(`fields.${field}`);

  const focusFirst = (found: Errors) => {
    const first = (Object.keys(values) as FormField[]).find((f) => found[f]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const showProblems = (found: Errors) => {
    setErrors(found);
    setNotice({ tone: 'error', text: t('profile.fixErrors', { count: Object.keys(found).length }) });
    focusFirst(found);
  };

  const onConflict = async () => {
    const { data } = await client.query({
      query: LatestFirmQuery,
      variables: { id: firm.id },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    const latest = getFragmentData(FirmProfileForm_FirmFragment, data.firm);
    setConflict(conflictWith(base.values, values, valuesFromFirm(latest), latest.version));
    setNotice(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const fields = changedFields(base.values, values);
    const { input, problems } = buildInput(values, fields, language);
    if (problems.length) {
      return showProblems(Object.fromEntries(problems.map((p) => [p.field, p.reason])) as Errors);
    }
    try {
      // buildInput converted each changed field to its input type (numbers, lists, null for empty).
      const changes = input as Omit<UpdateFirmProfileInput, 'id' | 'version'>;
      const { data } = await save({
        variables: { input: { id: firm.id, version: base.version, ...changes } },
      });
      if (data) {
        const saved = getFragmentData(FirmProfileForm_FirmFragment, data.updateFirmProfile);
        const savedValues = valuesFromFirm(saved, language);
        setBase({ version: saved.version, values: savedValues });
        setValues(savedValues);
        setErrors({});
        setConflict(null);
        setNotice({ tone: 'success', text: t('profile.saved') });
      }
    } catch (error) {
      const code = errorCode(error);
      if (code === 'CONFLICT') return void (await onConflict());
      if (code === 'BAD_USER_INPUT') {
        const found = fieldReasons(error) as Errors;
        if (Object.keys(found).length) return showProblems(found);
      }
      const key =
        code === 'FORBIDDEN'
          ? 'errors.forbidden'
          : code === 'NETWORK'
            ? 'errors.network'
            : 'errors.unexpected';
      setNotice({ tone: 'error', text: t(key) });
    }
  };

  const reapply = () => {
    if (!conflict) return;
    // My changed fields on top of the server's latest values, against its version.
    setBase({ version: conflict.version, values: conflict.latest });
    setValues(reapplyOnto(base.values, values, conflict.latest));
    setConflict(null);
    setNotice({ tone: 'info', text: t('conflict.reapplied') });
  };
  const discard = () => {
    if (!conflict) return;
    setBase({ version: conflict.version, values: conflict.latest });
    setValues(conflict.latest);
    setConflict(null);
    setNotice(null);
  };

  const text = (field: FormField & FieldKey, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(field)}
      name={field}
      label={label(field)}
      value={String(values[field])}
      error={err(field)}
      onChange={(e) => set(field, e.target.value)}
      {...extra}
    />
  );
  const capabilityLabel = (c: { labelIt: string; labelEn: string }) =>
    language === 'en' ? c.labelEn : c.labelIt;
  const publicLabel = (f: string) => (Object.hasOwn(firmsIt.fields, f) ? label(f as FieldKey) : f);

  return (
    <form
      className="stack firm-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('profile.title')}
    >
      {conflict && (
        <ProfileConflict
          key={conflict.version}
          conflict={conflict}
          fieldLabel={publicLabel}
          onReapply={reapply}
          onDiscard={discard}
        />
      )}
      {notice && (
        <Notice tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </Notice>
      )}

      <Card title={t('sections.identity')}>
        <div className="form-grid">
          {text('legalName', { required: true })}
          {text('tradeName')}
          {text('vatNumber', {
            required: true,
            inputMode: 'numeric',
            description: t('hints.vatNumber'),
          })}
          {text('taxCode', { autoCapitalize: 'characters' })}
          {text('reaNumber', { description: t('hints.reaNumber') })}
          {text('legalForm')}
          {text('foundedYear', { inputMode: 'numeric' })}
        </div>
      </Card>

      <Card title={t('sections.activity')}>
        <div className="form-grid">
          <Select
            id={fieldId('kind')}
            name="kind"
            label={label('kind')}
            value={values.kind}
            options={KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
            error={err('kind')}
            onChange={(e) => set('kind', e.target.value)}
          />
          <AtecoPicker
            id={fieldId('atecoCodes')}
            name="atecoCodes"
            label={label('atecoCodes')}
            value={splitList(values.atecoCodes)}
            error={err('atecoCodes')}
            onChange={(codes) => set('atecoCodes', codes.join(', '))}
          />
        </div>
        <CheckboxGroup
          id={fieldId('capabilityIds')}
          name="capabilityIds"
          legend={label('capabilities')}
          options={capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
          value={values.capabilityIds}
          error={err('capabilityIds')}
          onChange={(v) => set('capabilityIds', v)}
        />
        <CheckboxGroup
          id={fieldId('productLines')}
          name="productLines"
          legend={label('productLines')}
          options={PRODUCT_LINES.map((p) => ({ value: p, label: t(`productLines.${p}`) }))}
          value={values.productLines}
          error={err('productLines')}
          onChange={(v) => set('productLines', v)}
        />
      </Card>

      <Card title={t('sections.capacity')}>
        <div className="form-grid">
          {text('employees', { inputMode: 'numeric' })}
          {text('capacityPairsPerDay', { inputMode: 'numeric' })}
          <Select
            id={fieldId('revenueBand')}
            name="revenueBand"
            label={label('revenueBand')}
            description={t('hints.revenueBand')}
            value={values.revenueBand}
            placeholder={t('profile.notSet')}
            options={REVENUE_BANDS.map((b) => ({ value: b, label: t(`revenueBands.${b}`) }))}
            error={err('revenueBand')}
            onChange={(e) => set('revenueBand', e.target.value)}
          />
          {text('exportShare', { inputMode: 'numeric' })}
          {text('exportMarkets', {
            description: t('hints.exportMarkets'),
            autoCapitalize: 'characters',
          })}
        </div>
      </Card>

      <Card title={t('sections.certifications')}>
        <CheckboxGroup
          id={fieldId('certifications')}
          name="certifications"
          legend={label('certifications')}
          options={CERTIFICATIONS.map((c) => ({ value: c, label: c }))}
          value={values.certifications}
          error={err('certifications')}
          onChange={(v) => set('certifications', v)}
        />
      </Card>

      <Card title={t('sections.contacts')}>
        <div className="form-grid">
          {text('street', { autoComplete: 'street-address' })}
          {text('postcode', { inputMode: 'numeric', autoComplete: 'postal-code' })}
          {text('hamlet')}
          {text('municipality')}
          {text('province', { autoCapitalize: 'characters' })}
          {text('latitude', { inputMode: 'decimal' })}
          {text('longitude', { inputMode: 'decimal' })}
          {text('website', { type: 'url', description: t('hints.website') })}
          {text('email', { type: 'email', autoComplete: 'email' })}
          {text('phone', { type: 'tel', autoComplete: 'tel' })}
        </div>
      </Card>

      <Card title={t('sections.descriptions')}>
        <TextArea
          id={fieldId('descriptionIt')}
          name="descriptionIt"
          lang="it"
          label={label('descriptionIt')}
          value={values.descriptionIt}
          error={err('descriptionIt')}
          onChange={(e) => set('descriptionIt', e.target.value)}
        />
        <TextArea
          id={fieldId('descriptionEn')}
          name="descriptionEn"
          lang="en"
          label={label('descriptionEn')}
          value={values.descriptionEn}
          error={err('descriptionEn')}
          onChange={(e) => set('descriptionEn', e.target.value)}
        />
      </Card>

      <Card title={t('sections.logo')}>{props.logo}</Card>

      <Card title={t('sections.showcase')}>
        <label className="checkbox-group__option">
          <input
            type="checkbox"
            id={fieldId('showcaseConsent')}
            checked={values.showcaseConsent}
            onChange={(e) => set('showcaseConsent', e.target.checked)}
          />
          {label('showcaseConsent')}
        </label>
        <CheckboxGroup
          id={fieldId('publicFields')}
          name="publicFields"
          legend={label('publicFields')}
          options={PUBLIC_FIELDS.map((f) => ({ value: f, label: publicLabel(f) }))}
          value={values.publicFields}
          error={err('publicFields')}
          onChange={(v) => set('publicFields', v)}
        />
      </Card>

      <div className="form__actions firm-form__actions">
        <Button type="submit" busy={loading}>
          {t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
