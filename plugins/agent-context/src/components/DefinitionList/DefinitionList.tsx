import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  // Two columns, so that the terms line up and the values start together.
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(3),
    rowGap: theme.spacing(1),
    margin: 0,
  },
  term: {
    color: theme.palette.text.secondary,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  // Long refs and URLs wrap inside their column instead of widening the card.
  definition: {
    margin: 0,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
}));

/**
 * Props of {@link DefinitionList}.
 */
export interface DefinitionListProps {
  /** {@link DefinitionItem}s. */
  children: ReactNode;
}

/**
 * A list of labelled facts (`dl`), terms on the left and values on the right.
 */
export function DefinitionList(props: DefinitionListProps) {
  const classes = useStyles();
  return <dl className={classes.list}>{props.children}</dl>;
}

/**
 * Props of {@link DefinitionItem}.
 */
export interface DefinitionItemProps {
  term: string;
  children: ReactNode;
}

/**
 * One fact of a {@link DefinitionList}: its term (`dt`) and value (`dd`).
 */
export function DefinitionItem(props: DefinitionItemProps) {
  const classes = useStyles();
  return (
    <>
      <Typography component="dt" variant="body2" className={classes.term}>
        {props.term}
      </Typography>
      <Typography component="dd" variant="body2" className={classes.definition}>
        {props.children}
      </Typography>
    </>
  );
}
