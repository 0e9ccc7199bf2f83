import { ConventionConflictError } from '@agent-context/plugin-agent-context-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { conventionText, formatTime } from '../../conventions';
import { ConventionDiff } from '../ConventionDiff';

const actionsSx = { display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 } as const;

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
  const current = conflict.current;
  const author = current?.updatedBy ?? current?.createdBy;
  const time = current?.updatedAt ?? current?.createdAt;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
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
      <Box sx={actionsSx}>
        <Button size="small" variant="outlined" onClick={onReload}>
          {reloadLabel}
        </Button>
        <Button size="small" onClick={onDiscard}>
          Discard my changes
        </Button>
      </Box>
    </Alert>
  );
}
