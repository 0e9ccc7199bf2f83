import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RelatedEntity } from '@agent-context/plugin-agent-context-common';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RelatedEntityName } from '../RelatedEntityName';
import { TableSection } from '../TableSection';

const columns = [
  { title: 'Entity', width: '24%' },
  { title: 'Kind', width: '10%' },
  { title: 'Type', width: '10%' },
  { title: 'Owner', width: '14%' },
  { title: 'Lifecycle', width: '12%' },
  { title: 'Description', width: '30%' },
];

/**
 * Props of {@link RelatedEntityTable}.
 */
export interface RelatedEntityTableProps {
  /** The heading, followed by the count; also names the table. */
  title: string;
  entities: RelatedEntity[];
  /**
   * How many the catalog holds, when the context listed only some of them
   * (a bounded list); a last line says how many are not shown.
   */
  total?: number;
}

function RelatedEntityRow(props: { related: RelatedEntity }) {
  const { related } = props;
  return (
    <TableRow>
      <TableCell>
        {/* The name as agents see it in refs (the kind has its own column),
            rather than the title, which follows on a line of its own. */}
        <RelatedEntityName entity={related} />
        {related.resolved && related.title && (
          <Typography variant="body2" color="text.secondary">
            {related.title}
          </Typography>
        )}
      </TableCell>
      <TableCell>{related.kind}</TableCell>
      <TableCell>{related.type}</TableCell>
      <TableCell>
        {related.owner && (
          <EntityRefLink entityRef={related.owner} defaultKind="group" />
        )}
      </TableCell>
      <TableCell>{related.lifecycle}</TableCell>
      <TableCell>{related.description}</TableCell>
    </TableRow>
  );
}

/**
 * Related entities as a titled table: name, kind, type, owner, lifecycle
 * and description, each name and owner linked to its page.
 */
export function RelatedEntityTable(props: RelatedEntityTableProps) {
  const { title, entities, total = entities.length } = props;
  const hidden = total - entities.length;
  return (
    <TableSection title={title} count={total} columns={columns}>
      {entities.map(related => (
        <RelatedEntityRow key={related.ref} related={related} />
      ))}
      {hidden > 0 && (
        <TableRow>
          <TableCell colSpan={columns.length}>
            <Typography variant="body2" color="text.secondary">
              and {hidden} more, not listed in the context
            </Typography>
          </TableCell>
        </TableRow>
      )}
    </TableSection>
  );
}
