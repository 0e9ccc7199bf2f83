import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { EntityContextSubject } from '@agent-context/plugin-agent-context-common';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { DefinitionItem, DefinitionList } from '../DefinitionList';

const chipsSx = { display: 'flex', flexWrap: 'wrap', gap: 0.5 } as const;

const plainListSx = { listStyle: 'none', m: 0, p: 0 } as const;

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
            <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
              {entity.description}
            </Box>
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
            <Box sx={chipsSx}>
              {entity.tags.map(tag => (
                <Chip key={tag} size="small" label={tag} />
              ))}
            </Box>
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
            <Box component="ul" sx={plainListSx}>
              {entity.links.map(link => (
                <li key={`${link.url} ${link.title ?? ''}`}>
                  <Link to={link.url}>{link.title ?? link.url}</Link>
                </li>
              ))}
            </Box>
          </DefinitionItem>
        )}
      </DefinitionList>
    </InfoCard>
  );
}
