import type { searchIt } from './search.i18n';

/** The global search's strings (English). */
export const searchEn: typeof searchIt = {
  title: 'Search',
  label: 'Search firms, people, tasks, actions, contract, events',
  placeholder: 'Type at least two letters…',
  results: 'Results',
  typeMore: 'Type at least two letters to search.',
  searching: 'Searching…',
  none: 'Nothing found for “{{query}}”.',
  count_one: '{{count}} result.',
  count_other: '{{count}} results.',
  hint: 'Arrows to choose, Enter to open, Esc to close.',
  close: 'Close',
  contract: 'Network contract: {{section}}',
  kind: {
    FIRM: 'Firm',
    PERSON: 'Person',
    TASK: 'Task',
    PLAN_ACTION: 'Plan action',
    CONTRACT_SECTION: 'Contract',
    EVENT: 'Event',
  },
};
