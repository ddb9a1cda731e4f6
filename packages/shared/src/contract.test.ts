import { describe, expect, it } from 'vitest';
import {
  contractSectionTexts,
  emptyContractDocument,
  missingContractElements,
  missingForReadyToSign,
  nextAdhesionStatuses,
} from './contract.js';
import { completeContractDocument as complete } from './contract.fixture.js';
const facts = { type: 'RETE_CONTRATTO' as const, referenceFirmId: 'f1', participantCount: 2 };

describe('the contract’s mandatory elements', () => {
  it('lists every element of an empty contract, in reading order, with the field to fill', () => {
    const missing = missingContractElements(emptyContractDocument('x'), {
      type: null,
      referenceFirmId: null,
      participantCount: 1,
    });
    expect(missing.map((m) => m.element)).toEqual([
      'TYPE',
      'REFERENCE_FIRM',
      'PARTICIPANTS',
      'OBJECTIVES',
      'PROGRAMME',
      'DURATION',
      'JOINING',
      'ORGANO_COMUNE',
      'DECISION_RULES',
    ]);
    expect(missing.find((m) => m.element === 'OBJECTIVES')?.field).toBe('document.objectives');
  });

  it('finds nothing missing in a complete rete-contratto that explicitly has no organo comune', () => {
    expect(missingContractElements(complete(), facts)).toEqual([]);
  });

  it('wants each objective measured, and blank text counts as missing', () => {
    const doc = { ...complete(), objectives: [{ title: 'Export', measure: '  ' }], joining: ' ' };
    expect(missingContractElements(doc, facts).map((m) => m.element)).toEqual(['OBJECTIVES', 'JOINING']);
  });

  it('asks a rete-soggetto for an organo comune and a common fund', () => {
    const missing = missingContractElements(complete(), { ...facts, type: 'RETE_SOGGETTO' });
    expect(missing.map((m) => m.element)).toEqual(['ORGANO_COMUNE', 'COMMON_FUND']);
  });

  it('wants the rules of a common fund the contract says it has', () => {
    const doc = { ...complete(), commonFund: { present: true, contributions: '1.500 euro', management: '' } };
    expect(missingContractElements(doc, facts).map((m) => m.element)).toEqual(['COMMON_FUND']);
  });

  it('renders each section as text, so two revisions compare line by line', () => {
    const texts = contractSectionTexts(
      { type: 'RETE_CONTRATTO', referenceFirmName: 'Alfa', document: complete() },
      'it',
    );
    expect(texts.GENERAL).toContain('Impresa di riferimento: Alfa');
    expect(texts.OBJECTIVES).toBe('Obiettivo 1: Export\nMisurazione: Quota export');
    expect(texts.ORGANO_COMUNE).toBe('Previsto: no');
  });
});

describe('adhesion transitions', () => {
  it('allows the next step or leaving, and nothing from a final status', () => {
    expect(nextAdhesionStatuses('INTERESTED')).toEqual(['INVITED', 'DECLINED', 'WITHDRAWN']);
    expect(nextAdhesionStatuses('SIGNED')).toEqual(['REGISTERED', 'DECLINED', 'WITHDRAWN']);
    expect(nextAdhesionStatuses('REGISTERED')).toEqual([]);
    expect(nextAdhesionStatuses('WITHDRAWN')).toEqual([]);
  });

  it('needs the contribution only with a common fund, and always the representative and three documents', () => {
    const none = {
      contributionEur: null,
      legalRepresentative: null,
      documents: { visuraCamerale: false, durc: true, digitalSignature: false },
    };
    expect(missingForReadyToSign(none, true)).toEqual([
      'CONTRIBUTION',
      'LEGAL_REPRESENTATIVE',
      'VISURA_CAMERALE',
      'DIGITAL_SIGNATURE',
    ]);
    expect(missingForReadyToSign(none, false)).toEqual([
      'LEGAL_REPRESENTATIVE',
      'VISURA_CAMERALE',
      'DIGITAL_SIGNATURE',
    ]);
  });
});
