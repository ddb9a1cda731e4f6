import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { ContactRequestKind } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { focusField } from '../../lib/focus-field';
import { useErrorMessage } from '../../lib/useErrorMessage';
import { useFormProblem } from '../../lib/useFormProblem';
import { countryGroups } from './countries';

const SubmitContactRequestMutation = graphql(`
  mutation SubmitContactRequest($input: SubmitContactRequestInput!) {
    submitContactRequest(input: $input) {
      received
    }
  }
`);

const FIELDS = ['kind', 'name', 'company', 'country', 'email', 'message', 'quantity'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = ['name', 'company', 'country', 'email', 'message'];

/** "Contact this firm" / "request a quote": checked here for the obvious, by the API for everything. */
export function ContactForm({ firmId }: { firmId: string }) {
  const { t } = useTranslation('showcase');
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const countries = useMemo(
    () => countryGroups(language, { usual: t('countries.usual'), all: t('countries.all') }),
    [language, t],
  );
  const [send, { loading }] = useMutation(SubmitContactRequestMutation);
  const [kind, setKind] = useState<ContactRequestKind>('CONTACT');
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const { problem, setProblem, fail } = useFormProblem(FIELDS);
  const [sent, setSent] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const errors: Partial<Record<Field, string>> = {};
    for (const field of REQUIRED) if (!value(field)) errors[field] = t('contact.required');
    if (kind === 'QUOTE' && !value('quantity')) errors.quantity = t('contact.required');
    setLocal(errors);
    setProblem(null);
    const firstInvalid = FIELDS.find((f) => errors[f]);
    if (firstInvalid) {
      focusField(formElement, firstInvalid);
      return;
    }
    const quantity = Number.parseInt(value('quantity'), 10);
    try {
      await send({
        variables: {
          input: {
            firmId,
            kind,
            name: value('name'),
            company: value('company'),
            country: value('country'),
            email: value('email'),
            message: value('message'),
            quantity: kind === 'QUOTE' && Number.isFinite(quantity) ? quantity : null,
            website: value('website') || null,
          },
        },
      });
      setSent(true);
    } catch (error) {
      fail(error);
    }
  };

  if (sent) {
    return (
      <>
        <Notice tone="success">{t('contact.sent')}</Notice>
        <Button
          variant="secondary"
          onClick={() => {
            setSent(false);
            setFormKey((k) => k + 1);
          }}
        >
          {t('contact.another')}
        </Button>
      </>
    );
  }

  const fieldError = (field: Field) => {
    if (local[field]) return local[field];
    const message = problem?.fields[field];
    return message ? t(message.key, message.params ?? {}) : null;
  };
  const formMessage =
    problem?.code === 'RATE_LIMITED'
      ? t('contact.rateLimited')
      : problem?.form
        ? errorMessage(problem.form)
        : null;

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {formMessage && (
        <Notice tone="error" role="alert">
          {formMessage}
        </Notice>
      )}
      <Select
        label={t('contact.kind')}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value === 'QUOTE' ? 'QUOTE' : 'CONTACT')}
        options={(['CONTACT', 'QUOTE'] as const).map((k) => ({
          value: k,
          label: t(`contact.kinds.${k}`),
        }))}
      />
      <TextField
        label={t('contact.name')}
        name="name"
        autoComplete="name"
        required
        error={fieldError('name')}
      />
      <TextField
        label={t('contact.company')}
        name="company"
        autoComplete="organization"
        required
        error={fieldError('company')}
      />
      <Select
        label={t('contact.country')}
        name="country"
        placeholder={t('contact.chooseCountry')}
        options={[]}
        groups={countries}
        defaultValue=""
        required
        error={fieldError('country')}
      />
      <TextField
        label={t('contact.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={fieldError('email')}
      />
      {kind === 'QUOTE' && (
        <TextField
          label={t('contact.quantity')}
          name="quantity"
          type="number"
          min={1}
          inputMode="numeric"
          required
          error={fieldError('quantity')}
        />
      )}
      <TextArea label={t('contact.message')} name="message" rows={5} required error={fieldError('message')} />
      {/* The honeypot: hidden from people and from assistive technology, filled in by form-filling bots. */}
      <div className="visually-hidden" aria-hidden="true">
        <label>
          {t('contact.honeypot')}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <Button type="submit" busy={loading}>
        {t('contact.submit')}
      </Button>
    </form>
  );
}
