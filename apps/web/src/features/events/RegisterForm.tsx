import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { EmailField, TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { blankFields, useFormProblem } from '../../lib/useFormProblem';

const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($input: RegisterForEventInput!) {
    registerForEvent(input: $input) {
      id
      personName
      status
      waitlistPosition
    }
  }
`);

const FIELDS = ['personName', 'personEmail'] as const;

/** Registers a person of the viewer's firm; says whether they got a seat or a place on the waiting list. */
export function RegisterForm({ eventId, refetchQuery }: { eventId: string; refetchQuery: string }) {
  const { t } = useTranslation('events');
  const [register, { loading }] = useMutation(RegisterForEventMutation, { refetchQueries: [refetchQuery] });
  const { fail, refuse, field, notice } = useFormProblem(FIELDS);
  const [result, setResult] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const personName = String(form.get('personName') ?? '').trim();
    const personEmail = String(form.get('personEmail') ?? '').trim();
    setResult(null);
    if (refuse(event.currentTarget, blankFields(event.currentTarget, FIELDS, t('register.required')))) return;
    try {
      const { data } = await register({ variables: { input: { eventId, personName, personEmail } } });
      const r = data?.registerForEvent;
      if (r) {
        setResult(
          r.status === 'WAITLISTED'
            ? t('register.waitlisted', { name: r.personName, position: r.waitlistPosition ?? 0 })
            : t('register.done', { name: r.personName }),
        );
        setFormKey((k) => k + 1);
      }
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form key={formKey} className="form event-register" noValidate onSubmit={(e) => void onSubmit(e)}>
      <h4>{t('register.heading')}</h4>
      {result && <Notice tone="success">{result}</Notice>}
      {notice}
      <TextField label={t('register.name')} {...field('personName')} autoComplete="off" />
      <EmailField label={t('register.email')} {...field('personEmail')} autoComplete="off" />
      <Button type="submit" busy={loading}>
        {t('register.submit')}
      </Button>
    </form>
  );
}
