/** Things that arrive over time (mail, live events), handed out one at a time in order. */
export interface Arrivals<T> {
  /** Everything received so far, in order. */
  received: T[];
  push(item: T): void;
  /** Wakes waiters without an item (e.g. an error they should see). */
  wake(): void;
  /** The next item (already received or still to come), or a rejection after `timeoutMs`. */
  next(timeoutMs?: number, what?: string, failure?: () => Error | null): Promise<T>;
}

export function arrivals<T>(): Arrivals<T> {
  const received: T[] = [];
  let handedOut = 0;
  const waiting: (() => void)[] = [];
  const wake = () => waiting.splice(0).forEach((w) => w());
  return {
    received,
    push(item) {
      received.push(item);
      wake();
    },
    wake,
    async next(timeoutMs = 10_000, what = 'item', failure = () => null) {
      const deadline = Date.now() + timeoutMs;
      while (received.length <= handedOut) {
        const failed = failure();
        if (failed) throw failed;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no ${what} arrived within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiting.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received[handedOut++]!;
    },
  };
}
