import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { EmailField, TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { ContactRequestKind } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { blankFields, useFormProblem } from '../../lib/useFormProblem';
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
  const countries = useMemo(
    () => countryGroups(language, { usual: t('countries.usual'), all: t('countries.all') }),
    [language, t],
  );
  const [send, { loading }] = useMutation(SubmitContactRequestMutation);
  const [kind, setKind] = useState<ContactRequestKind>('CONTACT');
  const { problem, fail, refuse, field, notice } = useFormProblem(FIELDS);
  const [sent, setSent] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const required = kind === 'QUOTE' ? [...REQUIRED, 'quantity' as const] : REQUIRED;
    if (refuse(event.currentTarget, blankFields(event.currentTarget, required, t('contact.required'))))
      return;
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

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {problem?.code === 'RATE_LIMITED' ? (
        <Notice tone="error" role="alert">
          {t('contact.rateLimited')}
        </Notice>
      ) : (
        notice
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
      <TextField label={t('contact.name')} {...field('name')} autoComplete="name" required />
      <TextField label={t('contact.company')} {...field('company')} autoComplete="organization" required />
      <Select
        label={t('contact.country')}
        {...field('country')}
        placeholder={t('contact.chooseCountry')}
        options={[]}
        groups={countries}
        defaultValue=""
        required
      />
      <EmailField label={t('contact.email')} {...field('email')} required />
      {kind === 'QUOTE' && (
        <TextField
          label={t('contact.quantity')}
          {...field('quantity')}
          type="number"
          min={1}
          inputMode="numeric"
          required
        />
      )}
      <TextArea label={t('contact.message')} {...field('message')} rows={5} required />
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
