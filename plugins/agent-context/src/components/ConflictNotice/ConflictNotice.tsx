import { ConventionConflictError } from '@agent-context/plugin-agent-context-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { conventionText, formatTime } from '../../conventions';
import { ConventionDiff } from '../ConventionDiff';

const useStyles = makeStyles(theme => ({
  notice: {
    marginBottom: theme.spacing(2),
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
}));

/**
 * Props of {@link ConflictNotice}.
 */
export interface ConflictNoticeProps {
  id: string;
  conflict: ConventionConflictError;
  /** The text their version is compared with: the editor's, as lines. */
  yours: string;
  /** Names the comparison, e.g. "Their version against yours". */
  diffLabel: string;
  /** What the reload button does, e.g. "Apply my changes to their version". */
  reloadLabel: string;
  onReload: () => void;
  onDiscard: () => void;
}

/**
 * Says that someone else saved (or deleted) a convention while this editor
 * had it open, shows their version against this one, and lets the editor
 * either carry their own changes over onto the new revision or drop them.
 * Nothing is saved until the editor saves again.
 */
export function ConflictNotice(props: ConflictNoticeProps) {
  const { id, conflict, yours, diffLabel, reloadLabel, onReload, onDiscard } =
    props;
  const classes = useStyles();
  const current = conflict.current;
  const author = current?.updatedBy ?? current?.createdBy;
  const time = current?.updatedAt ?? current?.createdAt;
  return (
    <Alert severity="warning" className={classes.notice}>
      {current ? (
        <Typography variant="body2">
          Someone else saved {id} first
          {author && ` (${author}`}
          {author && time && `, ${formatTime(time)}`}
          {author && ')'}, now at revision {current.revision}. Your changes are
          kept below; compare them with theirs before you save.
        </Typography>
      ) : (
        <Typography variant="body2">
          Someone else deleted {id} first. Your changes are kept; you can save
          them as a new convention.
        </Typography>
      )}
      <Typography variant="caption" component="p">
        {conflict.message}
      </Typography>
      <Typography variant="body2">
        {diffLabel} (lines marked - are theirs, + are yours):
      </Typography>
      <ConventionDiff
        before={conventionText(current)}
        after={yours}
        label={diffLabel}
      />
      <div className={classes.actions}>
        <Button size="small" variant="outlined" onClick={onReload}>
          {reloadLabel}
        </Button>
        <Button size="small" onClick={onDiscard}>
          Discard my changes
        </Button>
      </div>
    </Alert>
  );
}
