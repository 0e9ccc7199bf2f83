import { ReactNode } from 'react';
import { Convention } from '@agent-context/plugin-agent-context-common';
import { MarkdownContent } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': {
      borderBottom: 'none',
    },
  },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  id: {
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  body: {
    marginTop: theme.spacing(0.5),
    '& p': {
      margin: theme.spacing(0.5, 0),
    },
  },
  details: {
    marginTop: theme.spacing(0.5),
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
}));

/** A list of {@link ConventionListItem}s, named for assistive technology. */
export function ConventionList(props: { label: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <ul aria-label={props.label} className={classes.list}>
      {props.children}
    </ul>
  );
}

/**
 * Props of {@link ConventionListItem}.
 */
export interface ConventionListItemProps {
  convention: Convention;
  /** Lines under the body, such as where it comes from. */
  details?: ReactNode;
  /** Buttons, such as Edit and Delete. */
  actions?: ReactNode;
}

/**
 * One convention: its id and title, its severity and whether it is
 * enforced, and its body rendered as Markdown. A waiver shows its reason
 * instead.
 */
export function ConventionListItem(props: ConventionListItemProps) {
  const { convention, details, actions } = props;
  const classes = useStyles();
  const waiver = convention.action === 'waive';
  return (
    <li className={classes.item} aria-label={convention.id}>
      <div className={classes.heading}>
        <Typography component="code" variant="body2" className={classes.id}>
          {convention.id}
        </Typography>
        <Typography variant="body2" component="span">
          {waiver ? `Waives ${convention.id}` : convention.title}
        </Typography>
        {waiver && <Chip size="small" label="waiver" />}
        {convention.severity && (
          <Chip
            size="small"
            color={convention.severity === 'must' ? 'secondary' : 'default'}
            label={convention.severity.toLocaleUpperCase('en-US')}
          />
        )}
        {convention.enforced && (
          <Chip size="small" variant="outlined" label="enforced" />
        )}
        {convention.topic && (
          <Chip size="small" variant="outlined" label={convention.topic} />
        )}
      </div>
      {waiver && convention.reason && (
        <Typography variant="body2" className={classes.details}>
          Reason: {convention.reason}
        </Typography>
      )}
      {!waiver && convention.body && (
        <div className={classes.body}>
          {/* Sanitised: raw HTML in a body is parsed, then every script,
              event handler and javascript: link is dropped. */}
          <MarkdownContent content={convention.body} dialect="gfm" />
        </div>
      )}
      {!waiver && convention.rationale && (
        <Typography variant="body2" className={classes.details}>
          Why: {convention.rationale}
        </Typography>
      )}
      {details && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="div"
          className={classes.details}
        >
          {details}
        </Typography>
      )}
      {actions && <div className={classes.actions}>{actions}</div>}
    </li>
  );
}
