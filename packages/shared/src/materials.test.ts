import { describe, expect, it } from 'vitest';
import { materialLabel } from './materials.js';

describe('the material vocabulary', () => {
  it('shows a known material in the reader’s language, whichever language it was written in', () => {
    expect(materialLabel('Pelle di vitello', 'en')).toBe('Calf leather');
    expect(materialLabel('calf leather', 'it')).toBe('Pelle di vitello');
    expect(materialLabel(' cotone ', 'en')).toBe('Cotton');
  });

  it('keeps a material it does not know as the factory wrote it', () => {
    expect(materialLabel('Pelle di struzzo stampata', 'en')).toBe('Pelle di struzzo stampata');
  });
});
