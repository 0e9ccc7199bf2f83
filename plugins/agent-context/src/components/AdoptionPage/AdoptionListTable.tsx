import { useCallback, useState } from 'react';
import {
  AdoptionListItem,
  AdoptionListQuery,
  isWithheld,
} from '@agent-context/plugin-agent-context-common';
import { InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { AdoptionListScope, AdoptionRange } from '../../adoption';
import { useAdoptionCsvExport, useAdoptionList } from '../../hooks';
import { AdoptionEmptyState } from '../AdoptionEmptyState';
import { AdoptionFigureText } from '../AdoptionFigureText';
import { shortEntityName } from '../RelatedEntityName';
import { AdoptionErrorPanel } from '../AdoptionErrorPanel';
import { AdoptionWithheldNote } from './AdoptionWithheldNote';
import {
  AdoptionListFilterField,
  AdoptionListFilterValues,
  AdoptionListFilters,
} from './AdoptionListFilters';
import { FIGURE_COLUMNS } from './adoptionListColumns';

/** Rows per page of the tables. */
export const ADOPTION_PAGE_SIZE = 50;

type SortKey = NonNullable<AdoptionListQuery['sort']>;
type Order = NonNullable<AdoptionListQuery['order']>;

/** A catalog fact column: a ref shown by name and linked, or a word. */
interface FactColumn {
  label: string;
  valueOf: (item: AdoptionListItem) => string | undefined;
  isRef?: boolean;
}

/** The props of {@link AdoptionListTable}. */
export interface AdoptionListTableProps {
  scope: AdoptionListScope;
  /** The card's heading and the table's accessible name: "Teams", "Services". */
  title: string;
  /** The heading of the name column: "Team", "Service". */
  nameLabel: string;
  facts: FactColumn[];
  filters: AdoptionListFilterField[];
  range: AdoptionRange;
}

// Figures sort most first, names from A; as the API does by default.
const defaultOrder = (sort: SortKey): Order =>
  sort === 'ref' ? 'asc' : 'desc';

function RefLink(props: { entityRef?: string; title?: string }) {
  if (!props.entityRef) {
    return null;
  }
  return (
    <EntityRefLink entityRef={props.entityRef}>
      {props.title ?? shortEntityName(props.entityRef)}
    </EntityRefLink>
  );
}

function SortableHead(props: {
  label: string;
  sortKey?: SortKey;
  sort: SortKey;
  order: Order;
  onSort: (sort: SortKey) => void;
  align?: 'right';
}) {
  const { label, sortKey, sort, order, onSort, align } = props;
  if (!sortKey) {
    return <TableCell align={align}>{label}</TableCell>;
  }
  const active = sortKey === sort;
  return (
    <TableCell align={align} sortDirection={active ? order : false}>
      <TableSortLabel
        active={active}
        direction={active ? order : defaultOrder(sortKey)}
        onClick={() => onSort(sortKey)}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );
}

/**
 * A team or service list: a page of 50 at a time, sorted, filtered and
 * paged by the API (the lists run to thousands of rows, so a client-side
 * sort would only order the page on screen), with a CSV export of every
 * page that matches the filters. MUI's table rather than core-components'
 * Table: the latter sorts and filters the rows it holds, in the browser.
 */
export function AdoptionListTable(props: AdoptionListTableProps) {
  const { scope, title, nameLabel, facts, range } = props;
  const [sort, setSort] = useState<SortKey>('activeUsers');
  const [order, setOrder] = useState<Order>('desc');
  const [filters, setFilters] = useState<AdoptionListFilterValues>({});
  const listQuery: AdoptionListQuery = {
    from: range.from,
    to: range.to,
    sort,
    order,
    ...filters,
  };
  // A page number belongs to the query it was chosen for: a new range,
  // order or filter starts again from the first page.
  const queryKey = JSON.stringify(listQuery);
  const [paging, setPaging] = useState({ queryKey, page: 0 });
  const page = paging.queryKey === queryKey ? paging.page : 0;
  const { list, loading, error } = useAdoptionList(scope, {
    ...listQuery,
    limit: ADOPTION_PAGE_SIZE,
    offset: page * ADOPTION_PAGE_SIZE,
  });
  const csv = useAdoptionCsvExport(scope);

  const onFilters = useCallback(
    (values: AdoptionListFilterValues) =>
      setFilters(previous =>
        JSON.stringify(previous) === JSON.stringify(values) ? previous : values,
      ),
    [],
  );

  const onSort = (next: SortKey) => {
    if (next === sort) {
      setOrder(order === 'asc' ? 'desc' : 'asc');
    } else {
      setSort(next);
      setOrder(defaultOrder(next));
    }
  };

  const filtered = Object.keys(filters).length > 0;
  let body;
  if (error) {
    body = <AdoptionErrorPanel error={error} />;
  } else if (!list) {
    body = <Progress />;
  } else if (list.totalItems === 0 && !filtered) {
    body = (
      <AdoptionEmptyState title={`No ${title.toLowerCase()} to list yet`} />
    );
  } else {
    body = (
      <>
        <TableContainer>
          <Table
            size="small"
            aria-label={title}
            data-testid={`adoption-${scope}-table`}
          >
            <TableHead>
              <TableRow>
                <SortableHead
                  label={nameLabel}
                  sortKey="ref"
                  sort={sort}
                  order={order}
                  onSort={onSort}
                />
                {facts.map(fact => (
                  <TableCell key={fact.label}>{fact.label}</TableCell>
                ))}
                {FIGURE_COLUMNS.map(column => (
                  <SortableHead
                    key={column.label}
                    label={column.label}
                    sortKey={column.sort}
                    sort={sort}
                    order={order}
                    onSort={onSort}
                    align="right"
                  />
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {list.items.map(item => (
                <TableRow key={item.ref} aria-label={item.ref}>
                  <TableCell>
                    <RefLink entityRef={item.ref} title={item.title} />
                  </TableCell>
                  {facts.map(fact => (
                    <TableCell key={fact.label}>
                      {fact.isRef ? (
                        <RefLink entityRef={fact.valueOf(item)} />
                      ) : (
                        fact.valueOf(item)
                      )}
                    </TableCell>
                  ))}
                  {FIGURE_COLUMNS.map(column => (
                    <TableCell key={column.label} align="right">
                      <AdoptionFigureText
                        figure={column.figureOf(item)}
                        format={column.format}
                      />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              {list.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={1 + facts.length + FIGURE_COLUMNS.length}>
                    No {title.toLowerCase()} match the filters.
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={list.totalItems}
          page={page}
          rowsPerPage={ADOPTION_PAGE_SIZE}
          rowsPerPageOptions={[ADOPTION_PAGE_SIZE]}
          onPageChange={(_event, next) => setPaging({ queryKey, page: next })}
        />
      </>
    );
  }

  return (
    <InfoCard
      title={title}
      titleTypographyProps={{ component: 'h2' }}
      subheader={`${range.from} to ${range.to}; withheld figures sort last`}
      action={
        <Button
          startIcon={<DownloadIcon />}
          disabled={csv.exporting || !list}
          onClick={() =>
            csv.exportCsv(
              listQuery,
              `ai-adoption-${scope}-${range.from}-to-${range.to}.csv`,
            )
          }
        >
          Export {title} CSV
        </Button>
      }
    >
      <AdoptionListFilters
        label={`Filter ${title.toLowerCase()}`}
        idPrefix={`adoption-${scope}-filter`}
        fields={props.filters}
        onChange={onFilters}
      />
      {(loading || csv.exporting) && list && (
        <LinearProgress
          aria-label={csv.exporting ? `Exporting ${title}` : `Loading ${title}`}
        />
      )}
      {csv.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          The export failed: {csv.error.message}
        </Alert>
      )}
      <Box>{body}</Box>
      {list?.items.some(item =>
        FIGURE_COLUMNS.some(column => isWithheld(column.figureOf(item))),
      ) && <AdoptionWithheldNote minimumGroupSize={list.minimumGroupSize} />}
      {list && list.totalItems > 0 && (
        <Typography variant="caption" color="text.secondary">
          The export holds every {scope === 'teams' ? 'team' : 'service'} that
          matches the filters, not only this page.
        </Typography>
      )}
    </InfoCard>
  );
}
