import { useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/ConfirmDialog';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { LocalizedText } from '../../components/LocalizedText';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat, useLanguage } from '../../i18n/format';
import { useFailureText } from '../../lib/useErrorMessage';
import { RegisterForm } from './RegisterForm';

export const EventCard_EventFragment = graphql(`
  fragment EventCard_EventFragment on Event {
    id
    ...EventFields_EventFragment @unmask
    registrationOpen
    confirmedCount
    waitlistCount
    viewerCanRegister
    registrations {
      id
      version
      personName
      status
      waitlistPosition
      firm {
        id
        legalName
      }
    }
  }
`);

const CancelEventRegistrationMutation = graphql(`
  mutation CancelEventRegistration($id: ID!, $version: Int!) {
    cancelEventRegistration(id: $id, version: $version) {
      id
      status
    }
  }
`);

/** One event: when, where, seats and waiting list, the people the viewer may see (with their firm), and registering. */
export function EventCard(props: {
  event: FragmentType<typeof EventCard_EventFragment>;
  refetchQuery: string;
  /** The edit form, for staff (the calendar passes it; the public showcase does not). */
  editor?: ReactNode;
}) {
  const { t } = useTranslation('events');
  const format = useFormat();
  const language = useLanguage();
  const failureText = useFailureText();
  const e = getFragmentData(EventCard_EventFragment, props.event);
  const [cancel, cancelState] = useMutation(CancelEventRegistrationMutation, {
    refetchQueries: [props.refetchQuery],
  });
  const [ask, confirmation] = useConfirm();
  const title = language === 'en' ? e.titleEn : e.titleIt;
  const onCancel = async (r: { id: string; version: number; personName: string }) => {
    const sure = await ask({
      title: t('cancelConfirm', { name: r.personName }),
      confirmLabel: t('cancelRegistration'),
      danger: true,
    });
    if (sure) await cancel({ variables: { id: r.id, version: r.version } }).catch(() => undefined);
  };
  const full = e.confirmedCount >= e.capacity;
  const closed = !e.registrationOpen;
  const ics = `/api/events/${e.id}.ics${language === 'en' ? '?lang=en' : ''}`;
  return (
    <article className="card event-card" id={`event-${e.id}`} aria-labelledby={`event-${e.id}-title`}>
      <h3 className="card__title" id={`event-${e.id}-title`}>
        {title}
      </h3>
      <p className="muted">
        {t(`kinds.${e.kind}`)} · {t(`languages.${e.language}`)} · {t(`audiences.${e.audience}`)}
      </p>
      <dl className="details">
        <dt>{t('whenLabel')}</dt>
        <dd>{t('when', { start: format.dateTime(e.startsAt), end: format.dateTime(e.endsAt) })}</dd>
        <dt>{t('placeLabel')}</dt>
        <dd>{e.place}</dd>
      </dl>
      <LocalizedText it={e.descriptionIt} en={e.descriptionEn} className="event-card__description" />
      <p>
        {t('seats', { taken: e.confirmedCount, capacity: e.capacity })}
        {e.waitlistCount > 0 && ` · ${t('waiting', { count: e.waitlistCount })}`}
      </p>
      <p className="muted">
        {closed ? t('closed') : t('deadline', { date: format.dateTime(e.registrationDeadline) })}
      </p>
      {full && !closed && <Notice>{t('full')}</Notice>}
      {e.registrations && e.registrations.length > 0 && (
        <>
          <h4>{t('registered')}</h4>
          {cancelState.error && (
            <Notice tone="error" role="alert">
              {failureText(cancelState.error)}
            </Notice>
          )}
          <ul className="event-card__people">
            {e.registrations.map((r) => (
              <li key={r.id}>
                {r.personName} ({r.firm.legalName}):{' '}
                {t(`status.${r.status}`, { position: r.waitlistPosition ?? 0 })}{' '}
                <Button
                  variant="quiet"
                  aria-label={t('cancel', { name: r.personName })}
                  onClick={() => void onCancel(r)}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {confirmation}
      {e.viewerCanRegister && <RegisterForm eventId={e.id} refetchQuery={props.refetchQuery} />}
      {props.editor && (
        <details className="event-card__edit">
          <summary>{t('edit.heading')}</summary>
          {props.editor}
        </details>
      )}
      <p>
        <a href={ics} download>
          {t('eventIcs')}
        </a>
      </p>
    </article>
  );
}
