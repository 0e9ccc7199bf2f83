import { useState } from 'react';
import {
  Convention,
  ConventionInput,
  ConventionScope,
  conventionInputProblems,
} from '@agent-context/plugin-agent-context-common';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { conventionText } from '../../conventions';
import {
  useConventionSave,
  useConventionWrites,
  useConventionsRevision,
} from '../../hooks';
import { ConflictNotice } from '../ConflictNotice';

/**
 * Props of {@link WaiveConventionDialog}.
 */
export interface WaiveConventionDialogProps {
  scope: ConventionScope;
  /** The inherited convention to waive, or this scope's waiver to change. */
  convention: Convention;
  onClose: () => void;
}

/**
 * Switches an inherited convention off for a scope, with the reason, which
 * agents and reviewers see; or changes the reason of an existing waiver.
 */
export function WaiveConventionDialog(props: WaiveConventionDialogProps) {
  const { scope, convention, onClose } = props;
  const writes = useConventionWrites(scope);
  const { bump } = useConventionsRevision();
  const existing =
    convention.scope === scope && convention.action === 'waive'
      ? convention
      : undefined;
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [baseRevision, setBaseRevision] = useState(existing?.revision);
  const [submitted, setSubmitted] = useState(false);
  const { saving, conflict, saveError, save, clearConflict } =
    useConventionSave(writes, onClose);

  const input: ConventionInput = {
    id: convention.id,
    action: 'waive',
    reason: reason.trim(),
  };
  const problem = conventionInputProblems(input).find(
    candidate => candidate.field === 'reason',
  );

  const submit = () => {
    setSubmitted(true);
    if (!problem) {
      save(input, baseRevision);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="waive-convention-title"
    >
      <DialogTitle id="waive-convention-title">
        Waive {convention.id}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          {convention.title
            ? `"${convention.title}" stops applying here and below.`
            : 'The inherited convention stops applying here and below.'}{' '}
          Agents and reviewers see the reason.
        </Typography>
        {conflict && (
          <ConflictNotice
            id={convention.id}
            conflict={conflict}
            yours={conventionText(input)}
            diffLabel="Their version against yours"
            reloadLabel={
              conflict.current
                ? 'Apply my reason to their version'
                : 'Keep my reason as a new waiver'
            }
            onReload={() => {
              setBaseRevision(conflict.current?.revision);
              clearConflict();
            }}
            onDiscard={() => {
              bump();
              onClose();
            }}
          />
        )}
        {saveError && (
          <Alert severity="error" role="alert">
            {saveError}
          </Alert>
        )}
        <TextField
          id="waive-reason"
          label="Reason"
          required
          multiline
          minRows={2}
          fullWidth
          margin="dense"
          value={reason}
          onChange={event => setReason(event.target.value)}
          error={submitted && Boolean(problem)}
          helperText={submitted ? problem?.message : undefined}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={saving || Boolean(conflict)}
        >
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
