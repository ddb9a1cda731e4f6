import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useReadNumber } from '../../i18n/number';
import { describeError, type Problem } from '../../lib/api-errors';
import { focusField } from '../../lib/focus-field';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { FirmPicker } from '../users/FirmPicker';
import { useCapabilityLabel } from './labels';
import { SUPPLY_LINK_QUERIES } from './PendingRequests';

const DeclareSupplyLinkMutation = graphql(`
  mutation DeclareSupplyLink($input: DeclareSupplyLinkInput!) {
    declareSupplyLink(input: $input) {
      id
      status
    }
  }
`);

const FIELDS = [
  'supplierId',
  'customerId',
  'capabilityId',
  'sharePercent',
  'yearlyVolumePairs',
  'since',
  'note',
] as const;
type Field = (typeof FIELDS)[number];

/** Server reasons with a message of this feature; the rest use the app's generic field messages. */
const OWN_REASONS = ['self_link', 'duplicate_active', 'not_offered', 'in_future', 'out_of_range'] as const;

export interface CapabilityOption {
  id: string;
  labelIt: string;
  labelEn: string;
}

/**
 * "We supply X to Y" or "Y supplies X to us": the firm whose page this is is one side, the counterpart is
 * searched in the registry. The other firm then confirms.
 */
export function DeclareLinkForm({
  firmId,
  capabilities,
}: {
  firmId: string;
  capabilities: readonly CapabilityOption[];
}) {
  const { t } = useTranslation('supplyChain');
  const readNumber = useReadNumber();
  const errorMessage = useErrorMessage();
  const capabilityLabel = useCapabilityLabel();
  const [declare, { loading }] = useMutation(DeclareSupplyLinkMutation, {
    refetchQueries: SUPPLY_LINK_QUERIES,
  });
  const [formKey, setFormKey] = useState(0);
  const [direction, setDirection] = useState<'weSupply' | 'theySupply'>('theySupply');
  const [counterpart, setCounterpart] = useState('');
  const [local, setLocal] = useState<Partial<Record<Field | 'counterpart', string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reasons, setReasons] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState(false);
  const counterpartField: Field = direction === 'weSupply' ? 'customerId' : 'supplierId';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const capabilityId = text('capabilityId');
    const errors: Partial<Record<Field | 'counterpart', string>> = {};
    if (!counterpart) errors.counterpart = t('declare.counterpartRequired');
    if (!capabilityId) errors.capabilityId = t('declare.capabilityRequired');
    const share = readNumber(text('sharePercent'), { min: 0, max: 100 });
    const volume = readNumber(text('yearlyVolumePairs'), { min: 0, integer: true });
    if (share.error) errors.sharePercent = share.error;
    if (volume.error) errors.yearlyVolumePairs = volume.error;
    setLocal(errors);
    setProblem(null);
    setReasons({});
    setDone(false);
    if (Object.keys(errors).length > 0) {
      const first = (['counterpart', 'capabilityId', 'sharePercent', 'yearlyVolumePairs'] as const).find(
        (f) => errors[f],
      );
      focusField(form, first === 'counterpart' ? 'firmId' : (first ?? 'firmId'));
      return;
    }
    try {
      await declare({
        variables: {
          input: {
            supplierId: direction === 'weSupply' ? firmId : counterpart,
            customerId: direction === 'weSupply' ? counterpart : firmId,
            capabilityId,
            sharePercent: share.value,
            yearlyVolumePairs: volume.value,
            since: text('since') || null,
            note: text('note') || null,
          },
        },
      });
      setDone(true);
      setCounterpart('');
      setFormKey((k) => k + 1);
    } catch (error) {
      const described = describeError(error, FIELDS);
      setProblem(described);
      // Keep the API's own reason per field, for messages more precise than "invalid".
      const own: Partial<Record<Field, string>> = {};
      const raw = (error as { errors?: { extensions?: { fields?: { field: string; reason: string }[] } }[] })
        .errors?.[0]?.extensions?.fields;
      for (const p of raw ?? []) {
        if (
          (FIELDS as readonly string[]).includes(p.field) &&
          (OWN_REASONS as readonly string[]).includes(p.reason)
        ) {
          own[p.field as Field] = p.reason;
        }
      }
      setReasons(own);
    }
  };

  const fieldError = (field: Field): string | null => {
    if (local[field]) return local[field] ?? null;
    const reason = reasons[field];
    if (reason) return t(`errors.${reason as (typeof OWN_REASONS)[number]}`);
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="muted">{t('declare.intro')}</p>
      <div aria-live="polite">
        {done && (
          <Notice tone="success" role="none">
            {t('declare.done')}
          </Notice>
        )}
      </div>
      {problem?.form && (
        <Notice tone="error" role="alert">
          {errorMessage(problem.form)}
        </Notice>
      )}
      <Select
        label={t('declare.direction')}
        name="direction"
        value={direction}
        options={[
          { value: 'theySupply', label: t('declare.theySupply') },
          { value: 'weSupply', label: t('declare.weSupply') },
        ]}
        onChange={(e) => setDirection(e.target.value === 'weSupply' ? 'weSupply' : 'theySupply')}
      />
      <FirmPicker
        legend={t(direction === 'weSupply' ? 'declare.customer' : 'declare.supplier')}
        value={counterpart}
        onChange={(id) => {
          setCounterpart(id);
          setLocal(({ counterpart: _gone, ...rest }) => rest);
        }}
        error={local.counterpart ?? fieldError(counterpartField)}
      />
      <Select
        label={t('declare.capability')}
        name="capabilityId"
        defaultValue=""
        placeholder={t('declare.chooseCapability')}
        options={capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
        error={fieldError('capabilityId')}
      />
      <TextField
        label={t('declare.share')}
        name="sharePercent"
        inputMode="decimal"
        error={fieldError('sharePercent')}
      />
      <TextField
        label={t('declare.volume')}
        name="yearlyVolumePairs"
        inputMode="numeric"
        error={fieldError('yearlyVolumePairs')}
      />
      <DateField label={t('declare.since')} name="since" error={fieldError('since')} />
      <TextField label={t('declare.note')} name="note" maxLength={1000} error={fieldError('note')} />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('declare.submit')}
        </Button>
      </div>
    </form>
  );
}
