import { InfoCard } from '@backstage/core-components';
import {
  ApiUsage,
  EntityApiSides,
  EntityApis,
} from '@agent-context/plugin-agent-context-common';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RelatedEntityList } from '../RelatedEntityList';
import { RelatedEntityName, shortEntityName } from '../RelatedEntityName';
import { RelatedEntityTable } from '../RelatedEntityTable';
import { TableSection } from '../TableSection';

const columns = [
  { title: 'API', width: '40%' },
  { title: 'Providers', width: '30%' },
  { title: 'Consumers', width: '30%' },
];

/**
 * Props of {@link ApisCard}.
 */
export interface ApisCardProps {
  apis: EntityApis;
  /** The entity whose page this is, named "this entity" in the lists. */
  entityRef: string;
  /** For an API: its own providers and consumers. */
  api?: EntityApiSides;
}

function ApiUsageRow(props: { usage: ApiUsage; entityRef: string }) {
  const { usage, entityRef } = props;
  const { api } = usage;
  const name = shortEntityName(api.ref);
  const facts = [api.type, api.lifecycle].filter(Boolean).join(' · ');
  return (
    <TableRow>
      <TableCell>
        <RelatedEntityName entity={api} />
        {api.resolved && api.title && (
          <Typography variant="body2" color="text.secondary">
            {api.title}
          </Typography>
        )}
        {facts && (
          <Typography variant="caption" color="text.secondary">
            {facts}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <RelatedEntityList
          label={`Providers of ${name}`}
          entities={usage.providers}
          selfRef={entityRef}
        />
      </TableCell>
      <TableCell>
        <RelatedEntityList
          label={`Consumers of ${name}`}
          entities={usage.consumers}
          selfRef={entityRef}
        />
      </TableCell>
    </TableRow>
  );
}

function ApiUsageTable(props: {
  title: string;
  usages: ApiUsage[];
  entityRef: string;
}) {
  const { title, usages, entityRef } = props;
  return (
    <TableSection
      title={title}
      count={usages.length}
      columns={columns}
      // Provider and consumer lists can run long; the API stays by their top.
      sx={{ '& td': { verticalAlign: 'top' } }}
    >
      {usages.map(usage => (
        <ApiUsageRow key={usage.api.ref} usage={usage} entityRef={entityRef} />
      ))}
    </TableSection>
  );
}

/**
 * The APIs the entity provides and consumes, each with everyone on either
 * side of it: who breaks when a provided API changes, and who to ask about
 * a consumed one. For an API itself, who provides it and who consumes it.
 */
export function ApisCard(props: ApisCardProps) {
  const { apis, entityRef, api } = props;

  if (api) {
    return (
      <InfoCard title="Providers and consumers">
        <RelatedEntityTable title="Provided by" entities={api.providedBy} />
        <RelatedEntityTable title="Consumed by" entities={api.consumedBy} />
      </InfoCard>
    );
  }

  if (apis.provides.length === 0 && apis.consumes.length === 0) {
    return (
      <InfoCard title="APIs">
        <Typography variant="body2">No APIs provided or consumed</Typography>
      </InfoCard>
    );
  }

  return (
    <InfoCard title="APIs">
      <ApiUsageTable
        title="Provides"
        usages={apis.provides}
        entityRef={entityRef}
      />
      <ApiUsageTable
        title="Consumes"
        usages={apis.consumes}
        entityRef={entityRef}
      />
    </InfoCard>
  );
}
