import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef } from 'react';

/**
 * Refetches the named queries (those on screen) after a live event. However many events arrive
 * together (inviting 200 firms is 200 events), one refetch runs at a time and at most one follows it.
 */
export function useLiveRefetch(queries: readonly string[]): () => void {
  const client = useApolloClient();
  const names = queries.join(',');
  const state = useRef({ running: false, again: false });
  return useCallback(() => {
    const s = state.current;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    void (async () => {
      do {
        s.again = false;
        await Promise.resolve(client.refetchQueries({ include: names.split(',') })).catch(() => undefined);
      } while (s.again);
      s.running = false;
    })();
  }, [client, names]);
}
