import { DEFAULT_NAMESPACE, parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RelatedEntity } from '@agent-context/plugin-agent-context-common';
import { makeStyles } from '@material-ui/core/styles';
import { NotInCatalogChip } from '../NotInCatalogChip';

const useStyles = makeStyles(theme => ({
  unresolved: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
}));

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
  const classes = useStyles();
  if (!entity.resolved) {
    return (
      <span className={classes.unresolved}>
        <span>{entity.ref}</span>
        <NotInCatalogChip />
      </span>
    );
  }
  return (
    <EntityRefLink entityRef={entity.ref}>
      {shortEntityName(entity.ref)}
    </EntityRefLink>
  );
}
