import { InfoCard } from '@backstage/core-components';
import {
  ApiUsage,
  EntityApis,
} from '@agent-context/plugin-agent-context-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { RelatedEntityList } from '../RelatedEntityList';
import { RelatedEntityName, shortEntityName } from '../RelatedEntityName';
import { TableSection } from '../TableSection';

const useStyles = makeStyles({
  // Provider and consumer lists can run long; the API stays by their top.
  table: {
    '& td': {
      verticalAlign: 'top',
    },
  },
});

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
          <Typography variant="body2" color="textSecondary">
            {api.title}
          </Typography>
        )}
        {facts && (
          <Typography variant="caption" color="textSecondary">
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
  const classes = useStyles();
  return (
    <TableSection
      title={title}
      count={usages.length}
      columns={columns}
      className={classes.table}
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
 * a consumed one.
 */
export function ApisCard(props: ApisCardProps) {
  const { apis, entityRef } = props;

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
