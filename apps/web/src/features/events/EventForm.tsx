import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConflictPanel } from '../../components/ConflictPanel';
import { DateField } from '../../components/DateField';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type {
  EventAudience,
  EventForm_EventFragmentFragment,
  EventKind,
  EventLanguage,
} from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { focusField } from '../../lib/focus-field';
import { useFormProblem } from '../../lib/useFormProblem';

/** An event's own fields, as its card shows them and this form edits them (both spread it with `@unmask`). */
export const EventFields_EventFragment = graphql(`
  fragment EventFields_EventFragment on Event {
    kind
    titleIt
    titleEn
    descriptionIt
    descriptionEn
    startsAt
    endsAt
    registrationDeadline
    place
    capacity
    language
    audience
  }
`);

export const EventForm_EventFragment = graphql(`
  fragment EventForm_EventFragment on Event {
    id
    version
    ...EventFields_EventFragment @unmask
  }
`);

const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
      ...EventForm_EventFragment
    }
  }
`);

const LatestEventQuery = graphql(`
  query EventFormLatest($id: ID!) {
    event(id: $id) {
      id
      ...EventForm_EventFragment
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
/** In the order of the form, which is also the order problems are focused in. */
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
type Values = Record<Field, string>;
/** Every field but the descriptions needs a value (the selects always have one). */
const REQUIRED = FIELDS.filter((f) => f !== 'descriptionIt' && f !== 'descriptionEn');
const DATE_FIELDS: readonly Field[] = ['startsAt', 'endsAt', 'registrationDeadline'];
/** API reasons with a message of their own; any other reads as the generic field message. */
const REASONS = ['before_start', 'below_confirmed', 'after_end', 'too_small', 'too_big'] as const;

const EMPTY: Values = {
  kind: 'TRADE_FAIR',
  titleIt: '',
  titleEn: '',
  startsAt: '',
  endsAt: '',
  registrationDeadline: '',
  place: '',
  capacity: '',
  language: 'IT',
  audience: 'MEMBERS',
  descriptionIt: '',
  descriptionEn: '',
};

const pick = <T extends string>(values: readonly T[], value: string): T =>
  values.find((v) => v === value) ?? values[0]!;
const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as a date-and-time field's value in the person's time zone ("2026-12-07T09:00"). */
const localInput = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
/** A date-and-time field's value (the person's time zone) as an ISO instant. */
const instant = (value: string) => new Date(value).toISOString();

function valuesOf(e: EventForm_EventFragmentFragment): Values {
  return {
    kind: e.kind,
    titleIt: e.titleIt,
    titleEn: e.titleEn,
    startsAt: localInput(e.startsAt),
    endsAt: localInput(e.endsAt),
    registrationDeadline: localInput(e.registrationDeadline),
    place: e.place,
    capacity: String(e.capacity),
    language: e.language,
    audience: e.audience,
    descriptionIt: e.descriptionIt,
    descriptionEn: e.descriptionEn,
  };
}

const changedFields = (from: Values, to: Values) => FIELDS.filter((f) => from[f].trim() !== to[f].trim());

/** The input value of each field, as the API takes it. */
function inputOf(values: Values) {
  const v = (f: Field) => values[f].trim();
  return {
    kind: pick(KINDS, v('kind')),
    titleIt: v('titleIt'),
    titleEn: v('titleEn'),
    descriptionIt: v('descriptionIt'),
    descriptionEn: v('descriptionEn'),
    startsAt: instant(v('startsAt')),
    endsAt: instant(v('endsAt')),
    registrationDeadline: instant(v('registrationDeadline')),
    place: v('place'),
    capacity: Number(v('capacity')),
    language: pick(LANGUAGES, v('language')),
    audience: pick(AUDIENCES, v('audience')),
  };
}

interface Conflict {
  rows: { field: Field; theirs: string; mine: string }[];
  latest: Values;
  version: number;
}

/**
 * A new event, or changes to one (ADMIN, CONSULTANT). Checks what it can before sending, shows the API's
 * problems next to their fields, and on CONFLICT (someone saved first) lists what changed on both
 * sides and lets the person reapply their changes on the newer version or drop them.
 */
export function EventForm(props: {
  /** The event to edit; without it the form creates one. */
  event?: FragmentType<typeof EventForm_EventFragment>;
  refetchQuery: string;
}) {
  const { t } = useTranslation('events');
  const format = useFormat();
  const client = useApolloClient();
  const event = props.event ? getFragmentData(EventForm_EventFragment, props.event) : null;
  const mutationOptions = { refetchQueries: [props.refetchQuery], awaitRefetchQueries: true };
  const [create, createState] = useMutation(CreateEventMutation, mutationOptions);
  const [update, updateState] = useMutation(UpdateEventMutation, mutationOptions);
  // What this edit started from: on CONFLICT it moves to the server's latest version.
  const [base, setBase] = useState(() => ({
    version: event?.version ?? 0,
    values: event ? valuesOf(event) : EMPTY,
  }));
  const [values, setValues] = useState<Values>(base.values);
  const form = useFormProblem(FIELDS, {
    fieldReason: (_field, reason) => {
      const known = REASONS.find((r) => r === reason);
      return known ? t(`form.reasons.${known}`) : null;
    },
  });
  const [done, setDone] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.forget(field);
  };

  const onConflict = async (eventId: string) => {
    const { data } = await client.query({
      query: LatestEventQuery,
      variables: { id: eventId },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    const latest = getFragmentData(EventForm_EventFragment, data.event);
    const latestValues = valuesOf(latest);
    const theirs = new Set(changedFields(base.values, latestValues));
    setConflict({
      rows: changedFields(base.values, values)
        .filter((f) => theirs.has(f))
        .map((f) => ({ field: f, theirs: latestValues[f], mine: values[f] })),
      latest: latestValues,
      version: latest.version,
    });
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    for (const field of REQUIRED) if (!values[field].trim()) errors[field] = t('form.required');
    const capacity = Number(values.capacity.trim());
    if (!errors.capacity && !(Number.isInteger(capacity) && capacity >= 1)) {
      errors.capacity = t('form.wholeNumber');
    }
    setDone(false);
    setConflict(null);
    if (form.refuse(e.currentTarget, errors)) return;
    const input = inputOf(values);
    try {
      if (!event) {
        await create({ variables: { input } });
        setValues(EMPTY);
        setBase({ version: 0, values: EMPTY });
      } else {
        // Only what changed: what someone else changed meanwhile in other fields stays theirs.
        const changes = Object.fromEntries(changedFields(base.values, values).map((f) => [f, input[f]]));
        const { data } = await update({
          variables: { input: { id: event.id, version: base.version, ...changes } },
        });
        if (data) {
          const saved = getFragmentData(EventForm_EventFragment, data.updateEvent);
          setBase({ version: saved.version, values: valuesOf(saved) });
          setValues(valuesOf(saved));
        }
      }
      setDone(true);
    } catch (error) {
      const described = form.fail(error);
      if (event && described.code === 'CONFLICT') {
        form.setProblem(null);
        return void (await onConflict(event.id));
      }
      const refused = FIELDS.find((f) => described.fields[f]);
      if (refused) focusField(formRef.current, refused);
    }
  };

  const reapply = () => {
    if (!conflict) return;
    // My changed fields on top of the server's latest values, against its version.
    const next = { ...conflict.latest };
    for (const f of changedFields(base.values, values)) next[f] = values[f];
    setBase({ version: conflict.version, values: conflict.latest });
    setValues(next);
    setConflict(null);
    form.setProblem(null);
  };
  const discard = () => {
    if (!conflict) return;
    setBase({ version: conflict.version, values: conflict.latest });
    setValues(conflict.latest);
    setConflict(null);
  };

  const fieldError = form.fieldMessage;
  const label = (field: Field) => t(`form.${field}`);
  const show = (field: Field, value: string) => {
    if (!value.trim()) return t('conflict.empty');
    if (field === 'kind') return t(`kinds.${pick(KINDS, value)}`);
    if (field === 'language') return t(`languages.${pick(LANGUAGES, value)}`);
    if (field === 'audience') return t(`audiences.${pick(AUDIENCES, value)}`);
    if (DATE_FIELDS.includes(field)) return format.dateTime(instant(value));
    return value;
  };
  const text = (field: Field, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={label(field)}
      name={field}
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      error={fieldError(field)}
      {...extra}
    />
  );
  const dateTime = (field: Field) => (
    <DateField
      label={label(field)}
      name={field}
      withTime
      value={values[field]}
      onChange={(value) => set(field, value)}
      error={fieldError(field)}
    />
  );
  const choice = (field: Field, options: { value: string; label: string }[]) => (
    <Select
      label={label(field)}
      name={field}
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      options={options}
    />
  );
  const area = (field: Field) => (
    <TextArea
      label={label(field)}
      name={field}
      rows={3}
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      error={fieldError(field)}
    />
  );

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {conflict && (
        <ConflictPanel
          key={conflict.version}
          level={4}
          heading={t('conflict.heading')}
          rows={conflict.rows.map((r) => ({
            key: r.field,
            label: label(r.field),
            theirs: show(r.field, r.theirs),
            mine: show(r.field, r.mine),
          }))}
          onReapply={reapply}
          onDiscard={discard}
        />
      )}
      {done && <Notice tone="success">{event ? t('form.saved') : t('form.created')}</Notice>}
      {form.notice}
      {choice(
        'kind',
        KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
      )}
      {text('titleIt')}
      {text('titleEn')}
      {dateTime('startsAt')}
      {dateTime('endsAt')}
      {dateTime('registrationDeadline')}
      {text('place')}
      {text('capacity', { type: 'number', min: 1, inputMode: 'numeric' })}
      {choice(
        'language',
        LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })),
      )}
      {choice(
        'audience',
        AUDIENCES.map((a) => ({ value: a, label: t(`audiences.${a}`) })),
      )}
      {area('descriptionIt')}
      {area('descriptionEn')}
      <Button type="submit" busy={createState.loading || updateState.loading}>
        {event ? t('form.save') : t('form.create')}
      </Button>
    </form>
  );
}
