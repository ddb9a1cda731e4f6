/**
 * Test data for the contract rules, shared by this package's tests and the API's (the package export
 * `@filiera/shared/contract.fixture`, resolved from source only: it is not part of the build).
 */
import { emptyContractDocument, type ContractDocumentData } from './contract.js';

/** A document with every element a rete-contratto needs; it states explicitly that there is no organo comune. */
export const completeContractDocument = (title = 'Rete'): ContractDocumentData => ({
  ...emptyContractDocument(title),
  objectives: [{ title: 'Export', measure: 'Quota export' }],
  programme: { activities: 'Fiere', rights: 'Servizi', obligations: 'Contributo' },
  duration: { years: 5, notes: '' },
  joining: 'Su domanda',
  organoComune: { present: false, composition: '', powers: '', replacement: '' },
  decisionRules: 'Maggioranza',
});
