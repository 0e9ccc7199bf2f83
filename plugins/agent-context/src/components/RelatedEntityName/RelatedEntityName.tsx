import { DEFAULT_NAMESPACE, parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RelatedEntity } from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import { NotInCatalogChip } from '../NotInCatalogChip';

const unresolvedSx = {
  display: 'inline-flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 1,
} as const;

/**
 * The entity's name as agents see it in refs, with its namespace when that
 * is not the default one; the kind is shown elsewhere or implied.
 */
export function shortEntityName(ref: string): string {
  const { namespace, name } = parseEntityRef(ref);
  return namespace === DEFAULT_NAMESPACE ? name : `${namespace}/${name}`;
}

/**
 * Props of {@link RelatedEntityName}.
 */
export interface RelatedEntityNameProps {
  entity: Pick<RelatedEntity, 'ref' | 'resolved'>;
}

/**
 * A related entity by name: a link to its page, or its full ref and a marker
 * when the catalog does not hold it (or the viewer may not read it).
 */
export function RelatedEntityName(props: RelatedEntityNameProps) {
  const { entity } = props;
  if (!entity.resolved) {
    return (
      <Box component="span" sx={unresolvedSx}>
        <span>{entity.ref}</span>
        <NotInCatalogChip />
      </Box>
    );
  }
  return (
    <EntityRefLink entityRef={entity.ref}>
      {shortEntityName(entity.ref)}
    </EntityRefLink>
  );
}
