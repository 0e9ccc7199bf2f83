import {
  ConventionHistoryEntry,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { conventionText, formatTime } from '../../conventions';
import { useConventionHistory } from '../../hooks';
import { ConventionDiff } from '../ConventionDiff';

const listSx = { listStyle: 'none', m: 0, p: 0 } as const;

const CHANGE_WORDS: Record<ConventionHistoryEntry['change'], string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
};

/** "Updated SEC-004 to revision 3 by user:default/ada, 2/1/2026, 10:00". */
function entrySummary(entry: ConventionHistoryEntry): string {
  const revision =
    entry.change === 'delete'
      ? `at revision ${entry.revision}`
      : `to revision ${entry.revision}`;
  return `${CHANGE_WORDS[entry.change]} ${entry.conventionId} ${revision} by ${
    entry.author
  }, ${formatTime(entry.at)}`;
}

/**
 * Props of {@link ConventionHistoryDialog}.
 */
export interface ConventionHistoryDialogProps {
  scope: ConventionScope;
  /** One convention's history; the whole scope's when absent. */
  conventionId?: string;
  /** The dialog's title, e.g. "History of SEC-004". */
  title: string;
  onClose: () => void;
}

/**
 * The append-only history of a scope or one of its conventions, newest
 * first: who changed what when, each change as a line diff.
 */
export function ConventionHistoryDialog(props: ConventionHistoryDialogProps) {
  const { scope, conventionId, title, onClose } = props;
  const { entries, loading, error } = useConventionHistory(scope, conventionId);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!entries || entries.length === 0) {
    content = (
      <EmptyState
        missing="content"
        title="No changes recorded yet"
        description="Conventions kept in app-config, a repository or the catalog change where they live."
      />
    );
  } else {
    content = (
      <Box component="ol" sx={listSx} aria-label="Changes">
        {entries.map(entry => {
          const summary = entrySummary(entry);
          return (
            <Box
              component="li"
              key={`${entry.conventionId}-${entry.revision}-${entry.change}`}
              sx={{ mb: 2 }}
              aria-label={summary}
            >
              <Typography variant="body2" gutterBottom>
                {summary}
              </Typography>
              <ConventionDiff
                before={conventionText(entry.before)}
                after={conventionText(entry.after)}
                label={`Change of ${entry.conventionId} at revision ${entry.revision}`}
              />
            </Box>
          );
        })}
      </Box>
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="convention-history-title"
    >
      <DialogTitle id="convention-history-title">{title}</DialogTitle>
      <DialogContent>{content}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
