import { useSyncExternalStore } from 'react';

/**
 * Whether the API said it is temporarily unavailable (its database is down): set by the Apollo link
 * when an answer is SERVICE_UNAVAILABLE, cleared by the next answer that is not. Pages show a notice
 * while it lasts; their queries are retried by the link meanwhile.
 */
let unavailable = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (unavailable === value) return;
  unavailable = value;
  for (const listener of listeners) listener();
}

export const serviceStatus = {
  markUnavailable: () => set(true),
  markAvailable: () => set(false),
  isUnavailable: () => unavailable,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** True while the API answers "temporarily unavailable". */
export function useServiceUnavailable(): boolean {
  // On the server (a rendered showcase page) the API is, by definition, answering.
  return useSyncExternalStore(serviceStatus.subscribe, serviceStatus.isUnavailable, () => false);
}
