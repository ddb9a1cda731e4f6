import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the page is the server's markup (on the server, and while React hydrates it), true once
 * React runs it. A form drawn on the server (sign-in) keeps its submit button disabled until then: the
 * browser would otherwise submit it itself, as a GET with the password in the address.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
