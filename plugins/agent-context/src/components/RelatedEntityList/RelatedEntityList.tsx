import { useState } from 'react';
import { RelatedEntity } from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { RelatedEntityName } from '../RelatedEntityName';

const listSx = {
  listStyle: 'none',
  m: 0,
  p: 0,
  '& > li + li': { mt: 0.5 },
} as const;

// "+N more" reads as part of the list, not as a separate action.
const moreSx = { p: 0, minWidth: 0, textTransform: 'none' } as const;

/**
 * Props of {@link RelatedEntityList}.
 */
export interface RelatedEntityListProps {
  /** Names the list for assistive technology, e.g. "Consumers of checkout-api". */
  label: string;
  entities: RelatedEntity[];
  /** How many to show before "+N more"; 5 unless told. */
  limit?: number;
  /** The entity whose page this is: named "this entity" instead of linked. */
  selfRef?: string;
  /** Adds the kind and type after each name. */
  showKind?: boolean;
}

/**
 * A short list of related entities: the first few as links, and a button
 * that shows the rest, so that a popular API does not flood the page.
 */
export function RelatedEntityList(props: RelatedEntityListProps) {
  const { label, entities, limit = 5, selfRef, showKind = false } = props;
  const [expanded, setExpanded] = useState(false);

  if (entities.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        None
      </Typography>
    );
  }

  // Showing "+1 more" would take the same room as the one entity it hides.
  const bounded = entities.length > limit + 1 && !expanded;
  const shown = bounded ? entities.slice(0, limit) : entities;

  return (
    <Box component="ul" sx={listSx} aria-label={label}>
      {shown.map(entity => (
        <li key={entity.ref}>
          <Typography variant="body2" component="span">
            {entity.ref === selfRef ? (
              <strong>this entity</strong>
            ) : (
              <RelatedEntityName entity={entity} />
            )}
            {showKind && (
              <Typography
                variant="body2"
                color="text.secondary"
                component="span"
              >
                {' · '}
                {[entity.kind, entity.type].filter(Boolean).join(' · ')}
              </Typography>
            )}
          </Typography>
        </li>
      ))}
      {entities.length > limit + 1 && (
        <li>
          <Button
            size="small"
            color="primary"
            sx={moreSx}
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show fewer' : `+${entities.length - limit} more`}
          </Button>
        </li>
      )}
    </Box>
  );
}
