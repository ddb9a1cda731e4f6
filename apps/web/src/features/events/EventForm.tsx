import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import type { EventAudience, EventKind, EventLanguage } from '../../gql/graphql';
import { describeError, type Problem } from '../../lib/api-errors';
import { useErrorMessage } from '../../lib/useErrorMessage';

const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

const KINDS = [
  'TRADE_FAIR',
  'TRAINING_COURSE',
  'NETWORKING_MEETING',
  'BUYER_MISSION',
  'WEBINAR',
] as const satisfies readonly EventKind[];
const LANGUAGES = ['IT', 'EN'] as const satisfies readonly EventLanguage[];
const AUDIENCES = ['MEMBERS', 'PUBLIC'] as const satisfies readonly EventAudience[];
const FIELDS = [
  'kind',
  'titleIt',
  'titleEn',
  'startsAt',
  'endsAt',
  'registrationDeadline',
  'place',
  'capacity',
  'language',
  'audience',
  'descriptionIt',
  'descriptionEn',
] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = [
  'titleIt',
  'titleEn',
  'startsAt',
  'endsAt',
  'registrationDeadline',
  'place',
  'capacity',
];

const pick = <T extends string>(values: readonly T[], value: string): T =>
  values.find((v) => v === value) ?? values[0]!;
/** A datetime-local value (the person's time zone) as an ISO instant. */
const instant = (value: string) => new Date(value).toISOString();

/** A new event (ADMIN, CONSULTANT): every field checked by the API, problems shown next to their fields. */
export function CreateEventForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [create, { loading }] = useMutation(CreateEventMutation, { refetchQueries: ['EventsPage'] });
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: Field) => String(form.get(name) ?? '').trim();
    const errors: Partial<Record<Field, string>> = {};
    for (const field of REQUIRED) if (!value(field)) errors[field] = t('events.register.required');
    setLocal(errors);
    setProblem(null);
    setCreated(false);
    const firstInvalid = FIELDS.find((f) => errors[f]);
    if (firstInvalid) {
      const control = formElement.elements.namedItem(firstInvalid);
      if (control instanceof HTMLElement) control.focus();
      return;
    }
    try {
      await create({
        variables: {
          input: {
            kind: pick(KINDS, value('kind')),
            titleIt: value('titleIt'),
            titleEn: value('titleEn'),
            descriptionIt: value('descriptionIt') || null,
            descriptionEn: value('descriptionEn') || null,
            startsAt: instant(value('startsAt')),
            endsAt: instant(value('endsAt')),
            registrationDeadline: instant(value('registrationDeadline')),
            place: value('place'),
            capacity: Number.parseInt(value('capacity'), 10),
            language: pick(LANGUAGES, value('language')),
            audience: pick(AUDIENCES, value('audience')),
          },
        },
      });
      setCreated(true);
      setFormKey((k) => k + 1);
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  const fieldError = (field: Field) => {
    if (local[field]) return local[field];
    const message = problem?.fields[field];
    return message ? t(message.key) : null;
  };

  return (
    <form key={formKey} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {created && <Notice tone="success">{t('events.create.done')}</Notice>}
      {problem?.form && (
        <Notice tone="error" role="alert">
          {errorMessage(problem.form)}
        </Notice>
      )}
      <Select
        label={t('events.create.kind')}
        name="kind"
        options={KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
      />
      <TextField label={t('events.create.titleIt')} name="titleIt" error={fieldError('titleIt')} />
      <TextField label={t('events.create.titleEn')} name="titleEn" error={fieldError('titleEn')} />
      <TextField
        label={t('events.create.startsAt')}
        name="startsAt"
        type="datetime-local"
        error={fieldError('startsAt')}
      />
      <TextField
        label={t('events.create.endsAt')}
        name="endsAt"
        type="datetime-local"
        error={fieldError('endsAt')}
      />
      <TextField
        label={t('events.create.registrationDeadline')}
        name="registrationDeadline"
        type="datetime-local"
        error={fieldError('registrationDeadline')}
      />
      <TextField label={t('events.create.place')} name="place" error={fieldError('place')} />
      <TextField
        label={t('events.create.capacity')}
        name="capacity"
        type="number"
        min={1}
        inputMode="numeric"
        error={fieldError('capacity')}
      />
      <Select
        label={t('events.create.language')}
        name="language"
        options={LANGUAGES.map((l) => ({ value: l, label: t(`events.languages.${l}`) }))}
      />
      <Select
        label={t('events.create.audience')}
        name="audience"
        options={AUDIENCES.map((a) => ({ value: a, label: t(`events.audiences.${a}`) }))}
      />
      <TextArea
        label={t('events.create.descriptionIt')}
        name="descriptionIt"
        rows={3}
        error={fieldError('descriptionIt')}
      />
      <TextArea
        label={t('events.create.descriptionEn')}
        name="descriptionEn"
        rows={3}
        error={fieldError('descriptionEn')}
      />
      <Button type="submit" busy={loading}>
        {t('events.create.submit')}
      </Button>
    </form>
  );
}
