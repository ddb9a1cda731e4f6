import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export interface NoticeProps {
  tone?: 'info' | 'success' | 'error';
  /**
   * "alert" interrupts (an error after an action); "status" waits its turn; "none" when the notice sits
   * inside a live region that is already on the page.
   */
  role?: 'alert' | 'status' | 'none';
  children: ReactNode;
}

/** A message band above a form or a page's content. */
export function Notice({ tone = 'info', role = 'status', children }: NoticeProps) {
  return (
    <div className={cx('notice', `notice--${tone}`)} role={role === 'none' ? undefined : role}>
      {children}
    </div>
  );
}

/** What an action came to: its tone and a sentence. */
export interface Outcome {
  tone: 'success' | 'error';
  text: string;
}

/**
 * An action's outcome in a status region that stays on the page (empty until there is one), so each new
 * one is read out when it appears.
 */
export function OutcomeNotice({ outcome }: { outcome: Outcome | null }) {
  return (
    <div role="status">
      {outcome && (
        <Notice tone={outcome.tone} role="none">
          {outcome.text}
        </Notice>
      )}
    </div>
  );
}

/** A success message, in the same status region as any action's outcome. */
export function SuccessStatus({ message }: { message: string | null | undefined }) {
  return <OutcomeNotice outcome={message ? { tone: 'success', text: message } : null} />;
}
