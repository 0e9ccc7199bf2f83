import {
  ConventionHistoryEntry,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { conventionText, formatTime } from '../../conventions';
import { useConventionHistory } from '../../hooks';
import { ConventionDiff } from '../ConventionDiff';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  entry: {
    marginBottom: theme.spacing(2),
  },
}));

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
  const classes = useStyles();
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
      <ol className={classes.list} aria-label="Changes">
        {entries.map(entry => {
          const summary = entrySummary(entry);
          return (
            <li
              key={`${entry.conventionId}-${entry.revision}-${entry.change}`}
              className={classes.entry}
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
            </li>
          );
        })}
      </ol>
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
