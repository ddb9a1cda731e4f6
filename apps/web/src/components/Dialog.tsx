import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';

/**
 * A modal dialog, open for as long as it is rendered (focus stays inside it; the page behind is inert).
 * Escape fires `onCancel`.
 */
export function Dialog(props: {
  /** The id of the dialog's heading. */
  labelledBy: string;
  /** The id of what the dialog says under its heading, if anything. */
  describedBy?: string;
  onCancel(event: SyntheticEvent<HTMLDialogElement>): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onCancel={props.onCancel}
    >
      {props.children}
    </dialog>
  );
}
