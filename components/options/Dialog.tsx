import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** Buttons at the bottom. */
  actions: ComponentChildren;
  /** Optional id of the element describing the dialog. */
  describedBy?: string;
}

/**
 * A modal dialog on the native <dialog> element: focus moves into it (the first field, or the
 * first button), Tab stays inside, Escape closes it, and focus returns to where it was.
 */
export function Dialog({ title, onClose, children, actions, describedBy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[autofocus], input, select, textarea, button:not([disabled])');
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId} class="dialog-title">{title}</h2>
      <div class="dialog-body">{children}</div>
      <div class="dialog-actions">{actions}</div>
    </dialog>
  );
}
