import { RelatedEntity } from '@agent-context/plugin-agent-context-common';
import Typography from '@mui/material/Typography';
import { RelatedEntityList } from '../RelatedEntityList';

/**
 * Props of {@link BoundedEntityList}.
 */
export interface BoundedEntityListProps {
  /** Names the list for assistive technology. */
  label: string;
  /** The entities the context lists. */
  entities: RelatedEntity[];
  /** How many the catalog holds: more than listed when a bound cut them. */
  count: number;
  /** The entity whose page this is: named "this entity" instead of linked. */
  selfRef?: string;
}

/**
 * Entities of mixed kinds (a system's parts, what a team owns), each with
 * its kind and type, ten before "+N more", and a note for those the
 * context itself left out.
 */
export function BoundedEntityList(props: BoundedEntityListProps) {
  const { label, entities, count, selfRef } = props;
  const hidden = count - entities.length;
  return (
    <>
      <RelatedEntityList
        label={label}
        entities={entities}
        selfRef={selfRef}
        limit={10}
        showKind
      />
      {hidden > 0 && (
        <Typography variant="body2" color="text.secondary">
          and {hidden} more, not listed in the context
        </Typography>
      )}
    </>
  );
}
