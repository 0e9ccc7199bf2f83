import { UnverifiedCatalogResource } from '@agent-context/plugin-agent-context-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';

/**
 * Props of {@link UnverifiedCatalogResources}.
 */
export interface UnverifiedCatalogResourcesProps {
  resources: UnverifiedCatalogResource[];
}

/**
 * Catalog rules and skills filed for this scope by someone who does not
 * own it, so agents are not told them. Shown so the scope's owners can
 * adopt them (file them under their own group) or have them removed.
 */
export function UnverifiedCatalogResources(
  props: UnverifiedCatalogResourcesProps,
) {
  const { resources } = props;
  if (resources.length === 0) {
    return null;
  }
  return (
    <Alert severity="warning" sx={{ mb: 1 }}>
      <AlertTitle>
        {resources.length === 1
          ? '1 catalog rule or skill is not applied'
          : `${resources.length} catalog rules or skills are not applied`}
      </AlertTitle>
      Filed for this scope by a group that does not own it, so agents are not
      told about {resources.length === 1 ? 'it' : 'them'}.
      <List dense aria-label="Unverified catalog rules and skills">
        {resources.map(resource => (
          <ListItem key={resource.ref} disableGutters>
            <ListItemText
              primary={
                <>
                  {resource.type === 'skill' ? 'Skill' : 'Rule'}{' '}
                  <EntityRefLink entityRef={resource.ref}>
                    {resource.title}
                  </EntityRefLink>
                </>
              }
              secondary={`Unverified: ${resource.reason}.`}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
