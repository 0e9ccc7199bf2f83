import { useState } from 'react';
import { RelatedEntity } from '@agent-context/plugin-agent-context-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { RelatedEntityName } from '../RelatedEntityName';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& > li + li': {
      marginTop: theme.spacing(0.5),
    },
  },
  more: {
    padding: 0,
    minWidth: 0,
    textTransform: 'none',
  },
}));

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
  const classes = useStyles();
  const [expanded, setExpanded] = useState(false);

  if (entities.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None
      </Typography>
    );
  }

  // Showing "+1 more" would take the same room as the one entity it hides.
  const bounded = entities.length > limit + 1 && !expanded;
  const shown = bounded ? entities.slice(0, limit) : entities;

  return (
    <ul className={classes.list} aria-label={label}>
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
                color="textSecondary"
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
            className={classes.more}
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show fewer' : `+${entities.length - limit} more`}
          </Button>
        </li>
      )}
    </ul>
  );
}
