import { ReactNode } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  section: {
    '& + &': {
      marginTop: theme.spacing(3),
    },
  },
  // Fixed widths line up the tables of one card, one under the other.
  table: {
    tableLayout: 'fixed',
    '& td': {
      overflowWrap: 'break-word',
    },
  },
}));

/** A column of a {@link TableSection}: its heading and share of the width. */
export interface TableSectionColumn {
  title: string;
  width: string;
}

/**
 * Props of {@link TableSection}.
 */
export interface TableSectionProps {
  /** The heading, followed by the row count; also names the table. */
  title: string;
  /** How many rows there are; "None" stands in for the table at 0. */
  count: number;
  columns: TableSectionColumn[];
  /** Extra class names for the table. */
  className?: string;
  /** The `TableRow`s. */
  children: ReactNode;
}

/**
 * One titled table of a card that holds several, such as "Provides" and
 * "Consumes", with "None" in place of an empty one.
 */
export function TableSection(props: TableSectionProps) {
  const { title, count, columns, className, children } = props;
  const classes = useStyles();
  return (
    <div className={classes.section}>
      <Typography variant="h6" component="h3">
        {title} ({count})
      </Typography>
      {count === 0 ? (
        <Typography variant="body2">None</Typography>
      ) : (
        <Table
          size="small"
          aria-label={title}
          className={[classes.table, className].filter(Boolean).join(' ')}
        >
          <TableHead>
            <TableRow>
              {columns.map(column => (
                <TableCell key={column.title} style={{ width: column.width }}>
                  {column.title}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>{children}</TableBody>
        </Table>
      )}
    </div>
  );
}
