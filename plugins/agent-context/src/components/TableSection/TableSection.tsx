import { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { SxProps, Theme } from '@mui/material/styles';

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
  /** Extra styles for the table. */
  sx?: SxProps<Theme>;
  /** The `TableRow`s (from `@mui/material`). */
  children: ReactNode;
}

/**
 * One titled table of a card that holds several, such as "Provides" and
 * "Consumes", with "None" in place of an empty one.
 */
export function TableSection(props: TableSectionProps) {
  const { title, count, columns, sx, children } = props;
  return (
    <Box sx={{ '& + &': { mt: 3 } }}>
      <Typography variant="h6" component="h3">
        {title} ({count})
      </Typography>
      {count === 0 ? (
        <Typography variant="body2">None</Typography>
      ) : (
        <Table
          size="small"
          aria-label={title}
          // Fixed widths line up the tables of one card, one under the other.
          sx={[
            { tableLayout: 'fixed', '& td': { overflowWrap: 'break-word' } },
            ...(Array.isArray(sx) ? sx : [sx]),
          ]}
        >
          <TableHead>
            <TableRow>
              {columns.map(column => (
                <TableCell key={column.title} sx={{ width: column.width }}>
                  {column.title}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>{children}</TableBody>
        </Table>
      )}
    </Box>
  );
}
