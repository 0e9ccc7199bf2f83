import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  BlastRadius,
  BlastRadiusEntry,
} from '@agent-context/plugin-agent-context-common';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { RelatedEntityName, shortEntityName } from '../RelatedEntityName';

const useStyles = makeStyles(theme => ({
  headline: {
    marginBottom: theme.spacing(1),
  },
  // Automatic layout: the columns take the room their content needs; only
  // the entity and the how wrap, the short ones keep to one line.
  table: {
    '& th': {
      whiteSpace: 'nowrap',
    },
    '& td': {
      overflowWrap: 'break-word',
    },
  },
  nowrap: {
    whiteSpace: 'nowrap',
  },
  note: {
    marginTop: theme.spacing(1),
  },
  more: {
    marginTop: theme.spacing(1),
    textTransform: 'none',
  },
}));

/** Rows shown before "Show all", so that a hub service stays readable. */
const ROW_LIMIT = 10;

/**
 * Props of {@link BlastRadiusCard}.
 */
export interface BlastRadiusCardProps {
  blastRadius: BlastRadius;
  /** The entity whose page this is. */
  entityRef: string;
}

/** "depends on X" or "consumes an API of X", with X linked. */
function How(props: { entry: BlastRadiusEntry; entityRef: string }) {
  const { entry, entityRef } = props;
  const verb =
    entry.relation === 'consumesApi' ? 'consumes an API of' : 'depends on';
  return (
    <>
      {verb}{' '}
      {entry.via === entityRef ? (
        <strong>this entity</strong>
      ) : (
        <EntityRefLink entityRef={entry.via}>
          {shortEntityName(entry.via)}
        </EntityRefLink>
      )}
    </>
  );
}

/**
 * Who a change to the entity can affect: its dependents and the consumers
 * of its APIs, and theirs in turn, as far as the backend's bounds reach.
 */
export function BlastRadiusCard(props: BlastRadiusCardProps) {
  const { blastRadius, entityRef } = props;
  const { entries, maxDepth, truncated } = blastRadius;
  const classes = useStyles();
  const [expanded, setExpanded] = useState(false);

  if (entries.length === 0) {
    return (
      <InfoCard title="Blast radius" variant="gridItem">
        <Typography variant="body2">
          No other entity depends on this one or consumes its APIs
        </Typography>
      </InfoCard>
    );
  }

  const bounded = entries.length > ROW_LIMIT && !expanded;
  const shown = bounded ? entries.slice(0, ROW_LIMIT) : entries;

  return (
    <InfoCard title="Blast radius" variant="gridItem">
      <Typography variant="body1" className={classes.headline}>
        A change here can affect {truncated && 'at least '}
        {entries.length} {entries.length === 1 ? 'entity' : 'entities'}
      </Typography>
      <Table size="small" aria-label="Blast radius" className={classes.table}>
        <TableHead>
          <TableRow>
            <TableCell>Entity</TableCell>
            <TableCell>Depth</TableCell>
            <TableCell>How</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Lifecycle</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map(entry => (
            <TableRow key={entry.ref}>
              <TableCell>
                <RelatedEntityName entity={entry} />
              </TableCell>
              <TableCell className={classes.nowrap}>{entry.depth}</TableCell>
              <TableCell>
                <How entry={entry} entityRef={entityRef} />
              </TableCell>
              <TableCell className={classes.nowrap}>
                {entry.owner && (
                  <EntityRefLink entityRef={entry.owner} defaultKind="group" />
                )}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {entry.lifecycle}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {entries.length > ROW_LIMIT && (
        <Button
          size="small"
          color="primary"
          className={classes.more}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${entries.length}`}
        </Button>
      )}
      {truncated && (
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.note}
        >
          Stopped at depth {maxDepth} / {entries.length}{' '}
          {entries.length === 1 ? 'entry' : 'entries'}: more entities may be
          affected.
        </Typography>
      )}
    </InfoCard>
  );
}
