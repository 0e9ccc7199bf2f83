import { renderInTestApp } from '@backstage/test-utils';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { screen, within } from '@testing-library/react';
import { TableSection } from './TableSection';

const columns = [
  { title: 'Entity', width: '60%' },
  { title: 'Kind', width: '40%' },
];

describe('TableSection', () => {
  it('heads a named table with the title, the count and the columns', async () => {
    await renderInTestApp(
      <TableSection title="Depends on" count={1} columns={columns}>
        <TableRow>
          <TableCell>payments-service</TableCell>
          <TableCell>Component</TableCell>
        </TableRow>
      </TableSection>,
    );

    expect(
      screen.getByRole('heading', { name: 'Depends on (1)' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Depends on' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map(header => header.textContent)).toEqual([
      'Entity',
      'Kind',
    ]);
    expect(headers[0]).toHaveStyle({ width: '60%' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('says "None" instead of an empty table', async () => {
    await renderInTestApp(
      <TableSection title="Consumes" count={0} columns={columns}>
        {[]}
      </TableSection>,
    );

    expect(
      screen.getByRole('heading', { name: 'Consumes (0)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
