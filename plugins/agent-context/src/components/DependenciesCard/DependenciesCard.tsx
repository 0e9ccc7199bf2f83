import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  EntityDependencies,
  RelatedEntity,
} from '@agent-context/plugin-agent-context-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
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
 * Props of {@link DependenciesCard}.
 */
export interface DependenciesCardProps {
  dependencies: EntityDependencies;
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
          <Typography variant="body2" color="textSecondary">
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

function RelatedEntityTable(props: {
  title: string;
  entities: RelatedEntity[];
}) {
  const { title, entities } = props;
  return (
    <TableSection title={title} count={entities.length} columns={columns}>
      {entities.map(related => (
        <RelatedEntityRow key={related.ref} related={related} />
      ))}
    </TableSection>
  );
}

/**
 * What the entity depends on, and what depends on it: the blast radius an
 * agent should weigh before changing it.
 */
export function DependenciesCard(props: DependenciesCardProps) {
  const { dependsOn, dependedOnBy } = props.dependencies;

  if (dependsOn.length === 0 && dependedOnBy.length === 0) {
    return (
      <InfoCard title="Dependencies">
        <Typography variant="body2">No dependencies declared</Typography>
      </InfoCard>
    );
  }

  return (
    <InfoCard title="Dependencies">
      <RelatedEntityTable title="Depends on" entities={dependsOn} />
      <RelatedEntityTable title="Depended on by" entities={dependedOnBy} />
    </InfoCard>
  );
}
