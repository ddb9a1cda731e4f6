import { useCallback, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmRequest {
  /** The question, naming what and how many, e.g. "Invite 23 firms?". */
  title: string;
  /** What will happen, read with the title. */
  message?: ReactNode;
  /** The confirming button, naming the action (and the count when more than one item). */
  confirmLabel: string;
  /** Red button for what cannot be undone. */
  danger?: boolean;
}

/** A modal question before a bulk or destructive action; Escape or "Cancel" changes nothing. */
export function ConfirmDialog(props: ConfirmRequest & { onAnswer(confirmed: boolean): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  return (
    <Dialog
      labelledBy={titleId}
      describedBy={props.message ? messageId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        props.onAnswer(false);
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {props.title}
      </h2>
      {props.message && <div id={messageId}>{props.message}</div>}
      <div className="form__actions">
        <Button variant={props.danger ? 'danger' : 'primary'} onClick={() => props.onAnswer(true)}>
          {props.confirmLabel}
        </Button>
        <Button variant="secondary" autoFocus onClick={() => props.onAnswer(false)}>
          {t('confirm.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}

/**
 * `ask(request)` opens a ConfirmDialog and resolves with the answer; render `dialog` where the action's
 * control is, so focus comes back there.
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve(ok: boolean): void } | null>(
    null,
  );
  const ask = useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ request, resolve })),
    [],
  );
  const dialog = pending ? (
    <ConfirmDialog
      {...pending.request}
      onAnswer={(ok) => {
        setPending(null);
        pending.resolve(ok);
      }}
    />
  ) : null;
  return [ask, dialog];
}
