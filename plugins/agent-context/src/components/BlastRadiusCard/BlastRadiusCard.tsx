import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  BlastRadius,
  BlastRadiusEntry,
  contextRelationsOf,
} from '@agent-context/plugin-agent-context-common';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RelatedEntityName, shortEntityName } from '../RelatedEntityName';

/** Rows shown before "Show all", so that a hub service stays readable. */
const ROW_LIMIT = 10;

const nowrap = { whiteSpace: 'nowrap' };

/**
 * Props of {@link BlastRadiusCard}.
 */
export interface BlastRadiusCardProps {
  blastRadius: BlastRadius;
  /** The entity whose page this is. */
  entityRef: string;
  /** Its kind, which decides what the walk counted (none for groups). */
  kind: string;
}

/** An entity named in the How column: this one in bold, others linked. */
function Named(props: { entityRef: string; self: string }) {
  const { entityRef, self } = props;
  return entityRef.toLocaleLowerCase('en-US') ===
    self.toLocaleLowerCase('en-US') ? (
    <strong>this entity</strong>
  ) : (
    <EntityRefLink entityRef={entityRef}>
      {shortEntityName(entityRef)}
    </EntityRefLink>
  );
}

/**
 * "depends on X", "consumes API" or "consumes API of X", with each entity
 * linked.
 */
function How(props: { entry: BlastRadiusEntry; entityRef: string }) {
  const { entry, entityRef } = props;
  const via = <Named entityRef={entry.via} self={entityRef} />;
  if (entry.relation !== 'consumesApi') {
    return <>depends on {via}</>;
  }
  if (!entry.api) {
    return <>consumes an API of {via}</>;
  }
  if (entry.api === entry.via.toLocaleLowerCase('en-US')) {
    return <>consumes {via}</>;
  }
  return (
    <>
      consumes <Named entityRef={entry.api} self={entityRef} /> of {via}
    </>
  );
}

/**
 * Who a change to the entity can affect: its dependents and the consumers
 * of its APIs, and theirs in turn, as far as the backend's bounds reach;
 * for a system or domain, those of its parts outside it. Groups and users
 * have none, and the card says why.
 */
export function BlastRadiusCard(props: BlastRadiusCardProps) {
  const { blastRadius, entityRef, kind } = props;
  const { entries, maxDepth, truncated } = blastRadius;
  const rule = contextRelationsOf(kind).blastRadius;
  const [expanded, setExpanded] = useState(false);

  if (rule.follows.length === 0) {
    return (
      <InfoCard title="Blast radius" variant="gridItem">
        <Typography variant="body2">
          None for a {kind.toLocaleLowerCase('en-US')}: {rule.summary}
        </Typography>
      </InfoCard>
    );
  }

  if (entries.length === 0) {
    return (
      <InfoCard title="Blast radius" variant="gridItem">
        <Typography variant="body2">
          Nothing in the catalog is affected by a change here
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Counted: {rule.summary}
        </Typography>
      </InfoCard>
    );
  }

  const bounded = entries.length > ROW_LIMIT && !expanded;
  const shown = bounded ? entries.slice(0, ROW_LIMIT) : entries;

  return (
    <InfoCard title="Blast radius" variant="gridItem">
      <Typography variant="body1" sx={{ mb: 1 }}>
        A change here can affect {truncated && 'at least '}
        {entries.length} {entries.length === 1 ? 'entity' : 'entities'}
        {rule.throughParts &&
          ` outside this ${kind.toLocaleLowerCase('en-US')}`}
      </Typography>
      <Table
        size="small"
        aria-label="Blast radius"
        // Automatic layout: the columns take the room their content needs;
        // only the entity and the how wrap, the short ones keep to one line.
        sx={{
          '& th': nowrap,
          '& td': { overflowWrap: 'break-word' },
        }}
      >
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
              <TableCell sx={nowrap}>{entry.depth}</TableCell>
              <TableCell>
                <How entry={entry} entityRef={entityRef} />
              </TableCell>
              <TableCell sx={nowrap}>
                {entry.owner && (
                  <EntityRefLink entityRef={entry.owner} defaultKind="group" />
                )}
              </TableCell>
              <TableCell sx={nowrap}>{entry.lifecycle}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {entries.length > ROW_LIMIT && (
        <Button
          size="small"
          color="primary"
          sx={{ mt: 1, textTransform: 'none' }}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${entries.length}`}
        </Button>
      )}
      {truncated && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Stopped at depth {maxDepth} / {entries.length}{' '}
          {entries.length === 1 ? 'entry' : 'entries'}: more entities may be
          affected.
        </Typography>
      )}
    </InfoCard>
  );
}
