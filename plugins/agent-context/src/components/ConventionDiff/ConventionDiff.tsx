import { makeStyles } from '@material-ui/core/styles';
import { lineDiff } from '../../conventions';

const useStyles = makeStyles(theme => ({
  diff: {
    margin: 0,
    padding: theme.spacing(1),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    maxHeight: theme.spacing(40),
    overflow: 'auto',
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  line: {
    display: 'block',
    textDecoration: 'none',
  },
  added: {
    backgroundColor: 'rgba(46, 160, 67, 0.15)',
  },
  removed: {
    backgroundColor: 'rgba(248, 81, 73, 0.15)',
  },
}));

/**
 * Props of {@link ConventionDiff}.
 */
export interface ConventionDiffProps {
  before: string;
  after: string;
  /** Names the diff for assistive technology, e.g. "Their version against yours". */
  label: string;
}

/**
 * A line diff of two texts: removed lines as `del` with a leading "-",
 * added lines as `ins` with a leading "+", so the change reads without
 * colour too.
 */
export function ConventionDiff(props: ConventionDiffProps) {
  const { before, after, label } = props;
  const classes = useStyles();
  const lines = lineDiff(before, after);
  return (
    <pre className={classes.diff} aria-label={label} role="region">
      {lines.map((line, index) => {
        const key = `${index}-${line.kind}`;
        if (line.kind === 'added') {
          return (
            <ins key={key} className={`${classes.line} ${classes.added}`}>
              + {line.text}
            </ins>
          );
        }
        if (line.kind === 'removed') {
          return (
            <del key={key} className={`${classes.line} ${classes.removed}`}>
              - {line.text}
            </del>
          );
        }
        return (
          <span key={key} className={classes.line}>
            {'  '}
            {line.text}
          </span>
        );
      })}
    </pre>
  );
}
