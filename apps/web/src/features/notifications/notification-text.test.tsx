import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { NotificationKind } from '../../gql/graphql';
import { createI18n, loadTranslation } from '../../i18n/index';
import { useNotificationText } from './notification-text';

const SAMPLES: [NotificationKind, Record<string, string>][] = [
  ['PLAN_JOIN_DECIDED', { action: 'Laboratorio prove', status: 'ACCEPTED' }],
  ['CONTACT_REQUEST_RECEIVED', { kind: 'QUOTE', company: 'Nordsko AB' }],
  ['EVENT_REGISTRATION_PROMOTED', { eventIt: 'Corso di modellistica', eventEn: 'Pattern making course' }],
  ['REGISTRY_IMPORT_FINISHED', { status: 'FAILED', fileName: 'camera.csv' }],
  ['CONTRACT_COMMENTED', { section: 'DURATION', sectionIt: 'Durata', sectionEn: 'Duration' }],
];

function Lines() {
  const text = useNotificationText();
  return (
    <ul>
      {SAMPLES.map(([kind, params]) => (
        <li key={kind}>{text(kind, params)}</li>
      ))}
    </ul>
  );
}

async function lines(language: 'it' | 'en'): Promise<string[]> {
  const i18n = createI18n(language === 'en' ? { en: await loadTranslation('en') } : {});
  await i18n.changeLanguage(language);
  await i18n.loadNamespaces('notifications');
  const { prelude } = await prerender(
    <I18nextProvider i18n={i18n}>
      <Lines />
    </I18nextProvider>,
  );
  const html = await new Response(prelude).text();
  return [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
}

describe('notification sentences', () => {
  it('read each new kind in Italian, with its values in the reader’s language', async () => {
    expect(await lines('it')).toEqual([
      'La richiesta di partecipare all’azione «Laboratorio prove» è stata accolta',
      'Nuova richiesta di preventivo da Nordsko AB',
      'Si è liberato un posto: l’iscrizione a «Corso di modellistica» è confermata',
      'Importazione del registro «camera.csv»: non è riuscita',
      'Nuovo commento sul contratto di rete, sezione «Durata»',
    ]);
  });

  it('and in English', async () => {
    expect(await lines('en')).toEqual([
      'The request to join the action “Laboratorio prove” was accepted',
      'New quote request from Nordsko AB',
      'A seat came free: the registration to “Pattern making course” is confirmed',
      'Registry import “camera.csv”: failed',
      'New comment on the network contract, section “Duration”',
    ]);
  });
});
