/** The global search's strings (Italian): the palette opened by the header's search field or Ctrl-K. */
export const searchIt = {
  title: 'Cerca',
  label: 'Cerca imprese, persone, attività, azioni, contratto, eventi',
  placeholder: 'Scrivi almeno due lettere…',
  results: 'Risultati',
  typeMore: 'Scrivi almeno due lettere per cercare.',
  searching: 'Ricerca in corso…',
  none: 'Nessun risultato per «{{query}}».',
  count_one: '{{count}} risultato.',
  count_other: '{{count}} risultati.',
  hint: 'Frecce per scegliere, Invio per aprire, Esc per chiudere.',
  close: 'Chiudi',
  contract: 'Contratto di rete: {{section}}',
  kind: {
    FIRM: 'Impresa',
    PERSON: 'Persona',
    TASK: 'Attività',
    PLAN_ACTION: 'Azione del piano',
    CONTRACT_SECTION: 'Contratto',
    EVENT: 'Evento',
  },
};
