import { CERTIFICATIONS, FIRM_KINDS, PRODUCT_LINES, PUBLIC_FIELDS, REVENUE_BANDS } from '@filiera/shared';
import type { ReactNode } from 'react';
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
import { useLanguage } from '../../i18n/format';
import { useFirmProfileEdit } from './firm-profile-edit';
import { firmsIt } from './firms.i18n';
import { ProfileConflict } from './ProfileConflict';
import { fieldId, type FormField, splitList } from './profile-form';

export const FirmProfileForm_FirmFragment = graphql(`
  fragment FirmProfileForm_FirmFragment on Firm {
    id
    version
    ...FirmProfileFields_FirmFragment @unmask
    capabilities {
      id
    }
    latitude
    longitude
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

type FieldKey = keyof typeof firmsIt.fields;

/** The editable profile in sections; client checks first (the shared rules), then the API's. */
export function FirmProfileForm(props: {
  firm: FragmentType<typeof FirmProfileForm_FirmFragment>;
  capabilities: readonly FragmentType<typeof FirmProfileForm_CapabilityFragment>[];
  logo: ReactNode;
}) {
  const { t } = useTranslation('firms');
  const language = useLanguage();
  const firm = getFragmentData(FirmProfileForm_FirmFragment, props.firm);
  const capabilities = getFragmentData(FirmProfileForm_CapabilityFragment, props.capabilities);
  const { values, set, err, notice, conflict, loading, onSubmit, reapply, discard } =
    useFirmProfileEdit(firm);
  const label = (field: FieldKey) => t(`fields.${field}`);

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
            options={FIRM_KINDS.map((k) => ({ value: k, label: t(`enums.FirmKind.${k}`) }))}
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
