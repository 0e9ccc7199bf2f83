import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { EntityContextSubject } from '@agent-context/plugin-agent-context-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { DefinitionItem, DefinitionList } from '../DefinitionList';

const useStyles = makeStyles(theme => ({
  description: {
    whiteSpace: 'pre-line',
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
  plainList: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
}));

/**
 * Props of {@link EntitySummaryCard}.
 */
export interface EntitySummaryCardProps {
  entity: EntityContextSubject;
}

/**
 * The entity's own facts, as the agent receives them.
 */
export function EntitySummaryCard(props: EntitySummaryCardProps) {
  const { entity } = props;
  const classes = useStyles();

  return (
    <InfoCard
      title="Summary"
      subheader={entity.title ?? entity.name}
      variant="gridItem"
    >
      <DefinitionList>
        <DefinitionItem term="Entity">
          <code>{entity.ref}</code>
        </DefinitionItem>
        <DefinitionItem term="Kind">{entity.kind}</DefinitionItem>
        {entity.type && (
          <DefinitionItem term="Type">{entity.type}</DefinitionItem>
        )}
        {entity.lifecycle && (
          <DefinitionItem term="Lifecycle">{entity.lifecycle}</DefinitionItem>
        )}
        {entity.description && (
          <DefinitionItem term="Description">
            <span className={classes.description}>{entity.description}</span>
          </DefinitionItem>
        )}
        {entity.system && (
          <DefinitionItem term="System">
            <EntityRefLink entityRef={entity.system} defaultKind="system" />
          </DefinitionItem>
        )}
        {entity.domain && (
          <DefinitionItem term="Domain">
            <EntityRefLink entityRef={entity.domain} defaultKind="domain" />
          </DefinitionItem>
        )}
        {entity.tags.length > 0 && (
          <DefinitionItem term="Tags">
            <div className={classes.chips}>
              {entity.tags.map(tag => (
                <Chip key={tag} size="small" label={tag} />
              ))}
            </div>
          </DefinitionItem>
        )}
        {entity.sourceLocation && (
          <DefinitionItem term="Source">
            <Link to={entity.sourceLocation}>{entity.sourceLocation}</Link>
          </DefinitionItem>
        )}
        {entity.docsUrl && (
          <DefinitionItem term="Docs">
            <Link to={entity.docsUrl}>{entity.docsUrl}</Link>
          </DefinitionItem>
        )}
        {entity.links.length > 0 && (
          <DefinitionItem term="Links">
            <ul className={classes.plainList}>
              {entity.links.map(link => (
                <li key={`${link.url} ${link.title ?? ''}`}>
                  <Link to={link.url}>{link.title ?? link.url}</Link>
                </li>
              ))}
            </ul>
          </DefinitionItem>
        )}
      </DefinitionList>
    </InfoCard>
  );
}
