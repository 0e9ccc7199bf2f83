import { InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useReadinessList } from '../../hooks';
import { ReadinessScore } from '../ReadinessScore';
import { AdoptionErrorPanel } from '../AdoptionErrorPanel';

/** How many services the card lists. */
export const LEAST_READY_COUNT = 10;

const QUERY = {
  kind: 'component',
  sort: 'score',
  order: 'asc',
  limit: LEAST_READY_COUNT,
} as const;

/**
 * The services least ready for coding agents, lowest score first, with the
 * checks each fails; each links to its page, where its readiness card
 * lists the fixes.
 */
export function LeastReadyServices() {
  const { page, error } = useReadinessList(QUERY);
  let content;
  if (error) {
    content = <AdoptionErrorPanel error={error} />;
  } else if (!page) {
    content = <Progress />;
  } else if (page.items.length === 0) {
    content = (
      <Typography variant="body2">
        No service is scored yet: readiness is computed from the catalog's
        components once the backend has read them.
      </Typography>
    );
  } else {
    content = (
      <List
        aria-label="Least agent-ready services"
        data-testid="adoption-least-ready"
      >
        {page.items.map(item => (
          <ListItem
            key={item.entityRef}
            aria-label={item.title}
            divider
            disableGutters
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}
          >
            <ReadinessScore score={item.score} />
            <Box sx={{ flex: '1 1 200px' }}>
              <EntityRefLink entityRef={item.entityRef}>
                {item.title}
              </EntityRefLink>
            </Box>
            <Box
              sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}
              aria-label={`Failing checks of ${item.title}`}
            >
              {item.failed.map(check => (
                <Chip
                  key={check}
                  size="small"
                  variant="outlined"
                  label={check}
                />
              ))}
            </Box>
          </ListItem>
        ))}
      </List>
    );
  }
  return (
    <InfoCard
      title="Least agent-ready services"
      titleTypographyProps={{ component: 'h2' }}
      subheader={
        page
          ? `The ${Math.min(
              LEAST_READY_COUNT,
              page.items.length,
            )} lowest scores of ${
              page.totalItems
            } scored services, with the checks they fail`
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
