import {
  Convention,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import { ConventionEditorDialog } from '../ConventionEditorDialog';
import { ConventionHistoryDialog } from '../ConventionHistoryDialog';
import { DeleteConventionDialog } from '../DeleteConventionDialog';
import { WaiveConventionDialog } from '../WaiveConventionDialog';

/**
 * Which convention dialog is open, and on what. Each dialog mounts afresh
 * when it opens, so it starts from the convention it is given.
 */
export type ConventionDialog =
  | { kind: 'create' }
  | { kind: 'edit'; convention: Convention }
  | { kind: 'override'; convention: Convention }
  | { kind: 'waive'; convention: Convention }
  | { kind: 'delete'; convention: Convention }
  | { kind: 'history'; conventionId?: string; title: string };

/**
 * Props of {@link ConventionDialogs}.
 */
export interface ConventionDialogsProps {
  scope: ConventionScope;
  dialog?: ConventionDialog;
  onClose: () => void;
}

/** The open convention dialog of a scope, if any. */
export function ConventionDialogs(props: ConventionDialogsProps) {
  const { scope, dialog, onClose } = props;
  switch (dialog?.kind) {
    case 'create':
      return (
        <ConventionEditorDialog scope={scope} mode="create" onClose={onClose} />
      );
    case 'edit':
    case 'override':
      // An existing waiver is changed through its reason, not the editor.
      if (dialog.kind === 'edit' && dialog.convention.action === 'waive') {
        return (
          <WaiveConventionDialog
            scope={scope}
            convention={dialog.convention}
            onClose={onClose}
          />
        );
      }
      return (
        <ConventionEditorDialog
          scope={scope}
          mode={dialog.kind}
          convention={dialog.convention}
          onClose={onClose}
        />
      );
    case 'waive':
      return (
        <WaiveConventionDialog
          scope={scope}
          convention={dialog.convention}
          onClose={onClose}
        />
      );
    case 'delete':
      return (
        <DeleteConventionDialog
          scope={scope}
          convention={dialog.convention}
          onClose={onClose}
        />
      );
    case 'history':
      return (
        <ConventionHistoryDialog
          scope={scope}
          conventionId={dialog.conventionId}
          title={dialog.title}
          onClose={onClose}
        />
      );
    default:
      return null;
  }
}
