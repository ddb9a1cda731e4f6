import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks the words that changed and keeps the rest', () => {
    expect(wordDiff('Durata: 5 anni', 'Durata: 7 anni')).toEqual([
      { kind: 'same', text: 'Durata: ' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '7' },
      { kind: 'same', text: ' anni' },
    ]);
  });

  it('treats an empty text as all added or all removed', () => {
    expect(wordDiff('', 'Su domanda')).toEqual([{ kind: 'added', text: 'Su domanda' }]);
    expect(wordDiff('Su domanda', '')).toEqual([{ kind: 'removed', text: 'Su domanda' }]);
    expect(wordDiff('uguale', 'uguale')).toEqual([{ kind: 'same', text: 'uguale' }]);
  });
});
