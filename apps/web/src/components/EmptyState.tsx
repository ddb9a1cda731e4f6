import type { ReactNode } from 'react';

/** What a list shows when it has nothing in it. */
export function EmptyState({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p>{message}</p>
      {children}
    </div>
  );
}
