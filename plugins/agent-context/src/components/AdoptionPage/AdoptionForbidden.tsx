import { EmptyState } from '@backstage/core-components';
import Box from '@mui/material/Box';

/** What the page shows to someone who may not read adoption figures. */
export function AdoptionForbidden() {
  return (
    <Box data-testid="adoption-forbidden">
      <EmptyState
        missing="info"
        title="You may not read adoption figures"
        description="The AI adoption figures need the agent-context.adoption.read permission. Ask your portal's administrators to grant it to you or your team."
      />
    </Box>
  );
}
