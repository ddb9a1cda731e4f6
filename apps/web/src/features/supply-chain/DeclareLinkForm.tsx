import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { OutcomeNotice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useReadNumber } from '../../i18n/number';
import { focusField } from '../../lib/focus-field';
import { useFormProblem } from '../../lib/useFormProblem';
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
const isOwnReason = (reason: string): reason is (typeof OWN_REASONS)[number] =>
  (OWN_REASONS as readonly string[]).includes(reason);

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
  const capabilityLabel = useCapabilityLabel();
  const [declare, { loading }] = useMutation(DeclareSupplyLinkMutation, {
    refetchQueries: SUPPLY_LINK_QUERIES,
  });
  const [formKey, setFormKey] = useState(0);
  const [direction, setDirection] = useState<'weSupply' | 'theySupply'>('theySupply');
  const [counterpart, setCounterpart] = useState('');
  const [done, setDone] = useState(false);
  const counterpartField: Field = direction === 'weSupply' ? 'customerId' : 'supplierId';
  const { fail, refuse, forget, fieldMessage, notice } = useFormProblem(FIELDS, {
    fieldReason: (_field, reason) => (isOwnReason(reason) ? t(`errors.${reason}`) : null),
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const capabilityId = text('capabilityId');
    const errors: Partial<Record<Field, string>> = {};
    if (!counterpart) errors[counterpartField] = t('declare.counterpartRequired');
    if (!capabilityId) errors.capabilityId = t('declare.capabilityRequired');
    const share = readNumber(text('sharePercent'), { min: 0, max: 100 });
    const volume = readNumber(text('yearlyVolumePairs'), { min: 0, integer: true });
    if (share.error) errors.sharePercent = share.error;
    if (volume.error) errors.yearlyVolumePairs = volume.error;
    setDone(false);
    if (refuse(form, errors)) {
      // The counterpart is chosen in the picker's search box.
      if (!counterpart) focusField(form, 'firmId');
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
      fail(error);
    }
  };

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <p className="muted">{t('declare.intro')}</p>
      <OutcomeNotice outcome={done ? { tone: 'success', text: t('declare.done') } : null} />
      {notice}
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
          forget(counterpartField);
        }}
        error={fieldMessage(counterpartField)}
      />
      <Select
        label={t('declare.capability')}
        name="capabilityId"
        defaultValue=""
        placeholder={t('declare.chooseCapability')}
        options={capabilities.map((c) => ({ value: c.id, label: capabilityLabel(c) }))}
        error={fieldMessage('capabilityId')}
      />
      <TextField
        label={t('declare.share')}
        name="sharePercent"
        inputMode="decimal"
        error={fieldMessage('sharePercent')}
      />
      <TextField
        label={t('declare.volume')}
        name="yearlyVolumePairs"
        inputMode="numeric"
        error={fieldMessage('yearlyVolumePairs')}
      />
      <DateField label={t('declare.since')} name="since" error={fieldMessage('since')} />
      <TextField label={t('declare.note')} name="note" maxLength={1000} error={fieldMessage('note')} />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('declare.submit')}
        </Button>
      </div>
    </form>
  );
}
