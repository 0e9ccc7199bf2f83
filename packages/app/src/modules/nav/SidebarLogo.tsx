import { Link, useSidebarOpenState } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  root: {
    height: 3 * theme.spacing(4),
    display: 'flex',
    alignItems: 'center',
    paddingLeft: theme.spacing(3),
    marginBottom: theme.spacing(2),
  },
  wordmark: {
    color: theme.palette.common.white,
    fontWeight: theme.typography.fontWeightBold as number,
    fontSize: theme.typography.h6.fontSize,
    whiteSpace: 'nowrap',
    textDecoration: 'none',
  },
}));

/** A text wordmark: "Agent Context" when open, "AC" when collapsed. */
export function SidebarLogo() {
  const classes = useStyles();
  const { isOpen } = useSidebarOpenState();
  return (
    <div className={classes.root}>
      <Link
        to="/"
        underline="none"
        aria-label="Home"
        className={classes.wordmark}
      >
        {isOpen ? 'Agent Context' : 'AC'}
      </Link>
    </div>
  );
}
