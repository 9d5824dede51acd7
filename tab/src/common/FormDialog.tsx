import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode, Ref } from 'react';

/**
 * The frame every form dialog of the tab shares: a modal that cannot be dismissed while its
 * request runs, a form (browser validation off: the fields say what is wrong), the content, and a
 * secondary button that closes beside a primary one that submits and says when it is busy.
 */
export function FormDialog({
  title,
  busy,
  onClose,
  onSubmit,
  formRef,
  surfaceClassName,
  contentClassName,
  closeLabel,
  submitLabel,
  busyLabel,
  children,
}: {
  title: ReactNode;
  /** A request is running: nothing closes, the buttons wait. */
  busy: boolean;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  formRef?: Ref<HTMLFormElement>;
  surfaceClassName?: string;
  contentClassName?: string;
  closeLabel: string;
  /** Without it the dialog only shows (no submit button). */
  submitLabel?: string;
  busyLabel?: string;
  children: ReactNode;
}) {
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface className={surfaceClassName}>
        <form ref={formRef} onSubmit={onSubmit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={contentClassName}>{children}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" disabled={busy} onClick={onClose}>
                {closeLabel}
              </Button>
              {submitLabel !== undefined && (
                <Button type="submit" appearance="primary" disabled={busy}>
                  {busy ? (busyLabel ?? submitLabel) : submitLabel}
                </Button>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
