import { useState } from 'react';
import type { Outcome } from '../components/Notice';
import { useFailureText } from './useErrorMessage';

export interface RunOptions {
  /** What is busy while the action runs (a row's id, or its id and the action): `busy` until it settles. */
  busy?: string;
  /** The sentence for a success; without it a success says nothing. */
  done?: string;
  /** Texts of the caller's own for the API's `reason` (as useFailureText takes them). */
  byReason?: Partial<Record<string, string>>;
}

/**
 * An action outside a form (a button on a row of a list, "mark all as read"): `run(action, options)`
 * forgets the last outcome, marks `options.busy` while the action runs, then keeps its success or its
 * failure text for OutcomeNotice.
 */
export function useActionOutcome() {
  const failureText = useFailureText();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>, { busy: key, done, byReason }: RunOptions = {}) => {
    setBusy(key ?? null);
    setOutcome(null);
    try {
      await action();
      if (done) setOutcome({ tone: 'success', text: done });
    } catch (error) {
      setOutcome({ tone: 'error', text: failureText(error, byReason) });
    } finally {
      setBusy(null);
    }
  };
  return { outcome, busy, run };
}
