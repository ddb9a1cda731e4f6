import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../gql';
import {
  FirmProfileForm_FirmFragmentFragmentDoc,
  type FirmProfileForm_FirmFragmentFragment,
  type UpdateFirmProfileInput,
} from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { describeError } from '../../lib/api-errors';
import { useFailureText } from '../../lib/useErrorMessage';
import { fieldReasons, type ReasonKey } from './api-problems';
import { conflictWith, reapplyOnto, type Conflict } from './ProfileConflict';
import {
  buildInput,
  changedFields,
  fieldId,
  valuesFromFirm,
  type FormField,
  type FormValues,
} from './profile-form';

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

type Errors = Partial<Record<FormField, ReasonKey>>;

/**
 * The state of a profile edit (FirmProfileForm draws it): the values, the shared rules' and the API's
 * refusals per field, the notice above the form, and a conflict with someone else's save.
 */
export function useFirmProfileEdit(firm: FirmProfileForm_FirmFragmentFragment) {
  const { t } = useTranslation('firms');
  const language = useLanguage();
  const client = useApolloClient();
  const failureText = useFailureText();
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
    const latest = getFragmentData(FirmProfileForm_FirmFragmentFragmentDoc, data.firm);
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
        const saved = getFragmentData(FirmProfileForm_FirmFragmentFragmentDoc, data.updateFirmProfile);
        const savedValues = valuesFromFirm(saved, language);
        setBase({ version: saved.version, values: savedValues });
        setValues(savedValues);
        setErrors({});
        setConflict(null);
        setNotice({ tone: 'success', text: t('profile.saved') });
      }
    } catch (error) {
      const { code } = describeError(error);
      if (code === 'CONFLICT') return void (await onConflict());
      const found = fieldReasons(error) as Errors;
      if (code === 'BAD_USER_INPUT' && Object.keys(found).length) return showProblems(found);
      setNotice({ tone: 'error', text: failureText(error) });
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

  return { values, set, err, notice, conflict, loading, onSubmit, reapply, discard };
}
