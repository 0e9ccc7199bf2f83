import { useState } from 'react';
import {
  Convention,
  ConventionConflictError,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { conventionText, errorMessageOf } from '../../conventions';
import { useConventionWrites, useConventionsRevision } from '../../hooks';
import { ConflictNotice } from '../ConflictNotice';

/**
 * Props of {@link DeleteConventionDialog}.
 */
export interface DeleteConventionDialogProps {
  scope: ConventionScope;
  convention: Convention;
  onClose: () => void;
}

/**
 * Asks before deleting one of a scope's conventions. If someone changed it
 * in the meantime, shows what they changed and deletes only when asked
 * again.
 */
export function DeleteConventionDialog(props: DeleteConventionDialogProps) {
  const { scope, convention, onClose } = props;
  const writes = useConventionWrites(scope);
  const { bump } = useConventionsRevision();
  const [revision, setRevision] = useState(convention.revision);
  const [deleting, setDeleting] = useState(false);
  const [conflict, setConflict] = useState<ConventionConflictError>();
  const [deleteError, setDeleteError] = useState<string>();

  const remove = async () => {
    setDeleteError(undefined);
    setDeleting(true);
    try {
      await writes.remove(convention.id, revision);
      onClose();
    } catch (error) {
      if (error instanceof ConventionConflictError) {
        setConflict(error);
      } else {
        setDeleteError(errorMessageOf(error));
      }
      setDeleting(false);
    }
  };

  const close = () => {
    // After a conflict the lists are stale; reload them on the way out.
    if (conflict) {
      bump();
    }
    onClose();
  };

  return (
    <Dialog
      open
      onClose={close}
      fullWidth
      maxWidth="sm"
      aria-labelledby="delete-convention-title"
    >
      <DialogTitle id="delete-convention-title">
        Delete {convention.id}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {convention.action === 'waive'
            ? `The inherited ${convention.id} applies here again.`
            : `Agents stop seeing "${convention.title}" here; whatever it overrode applies again.`}{' '}
          The history keeps the deleted version.
        </DialogContentText>
        {conflict &&
          (conflict.current ? (
            <ConflictNotice
              id={convention.id}
              conflict={conflict}
              yours={conventionText(convention)}
              diffLabel="Their version against the one you meant to delete"
              reloadLabel="Delete their version instead"
              onReload={() => {
                setRevision(conflict.current?.revision ?? revision);
                setConflict(undefined);
              }}
              onDiscard={close}
            />
          ) : (
            <Alert severity="info">
              Someone else deleted {convention.id} already.
            </Alert>
          ))}
        {deleteError && (
          <Alert severity="error" role="alert">
            {deleteError}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>
          {conflict && !conflict.current ? 'Close' : 'Cancel'}
        </Button>
        <Button
          color="secondary"
          variant="contained"
          onClick={remove}
          disabled={deleting || Boolean(conflict)}
        >
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
