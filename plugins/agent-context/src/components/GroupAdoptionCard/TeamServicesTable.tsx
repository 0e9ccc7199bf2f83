import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ServiceWithReadiness } from '../../adoption';
import { AdoptionFigureText } from '../AdoptionFigureText';
import { ReadinessScore } from '../ReadinessScore';

function ReadinessCell(props: {
  service: ServiceWithReadiness;
  readinessError?: Error;
}) {
  const { service, readinessError } = props;
  if (service.readiness) {
    return <ReadinessScore score={service.readiness.score} />;
  }
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      title={readinessError?.message}
    >
      {readinessError ? 'unavailable' : 'not scored'}
    </Typography>
  );
}

/**
 * The services a team owns: their usage over the card's period beside
 * their agent readiness. Withheld figures say so in their cell.
 */
export function TeamServicesTable(props: {
  services: ServiceWithReadiness[];
  readinessError?: Error;
}) {
  const numeric = { align: 'right' } as const;
  return (
    <Table
      size="small"
      aria-label="Team services"
      data-testid="group-adoption-services-table"
    >
      <TableHead>
        <TableRow>
          <TableCell>Service</TableCell>
          <TableCell {...numeric}>Requests</TableCell>
          <TableCell {...numeric}>Cost</TableCell>
          <TableCell {...numeric}>Active users</TableCell>
          <TableCell>Readiness</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.services.map(service => (
          <TableRow key={service.ref}>
            <TableCell>
              <EntityRefLink entityRef={service.ref} title={service.title} />
            </TableCell>
            <TableCell {...numeric}>
              <AdoptionFigureText figure={service.totals.requests} />
            </TableCell>
            <TableCell {...numeric}>
              <AdoptionFigureText figure={service.totals.cost} format="cost" />
            </TableCell>
            <TableCell {...numeric}>
              <AdoptionFigureText figure={service.totals.activeUsers} />
            </TableCell>
            <TableCell>
              <ReadinessCell
                service={service}
                readinessError={props.readinessError}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
