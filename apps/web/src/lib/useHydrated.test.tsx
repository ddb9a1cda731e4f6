import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useHydrated } from './useHydrated';

function Submit() {
  return <button type="submit" disabled={!useHydrated()} />;
}

describe('useHydrated', () => {
  it('is false in the markup the server draws, so a form there cannot be submitted before React runs', () => {
    expect(renderToString(<Submit />)).toBe('<button type="submit" disabled=""></button>');
  });
});
