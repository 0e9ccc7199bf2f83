import { EmptyState } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * What a card or page shows before any usage was recorded: the sources
 * that feed it, and the one command that points a coding agent's
 * telemetry at this portal.
 */
export function AdoptionEmptyState(props: { title?: string }) {
  return (
    <EmptyState
      missing="data"
      title={props.title ?? 'No AI usage recorded yet'}
      description="Figures appear once a source sends usage: coding agents' telemetry (OTLP), the Copilot, Cursor, Claude Code or AI gateway connectors, the GitHub webhook for merge requests, or the push API. The plugin README's Adoption sections say how to set each up."
      action={
        <Box>
          <Typography variant="body2" gutterBottom>
            To send Claude Code's telemetry from a checkout:
          </Typography>
          <Box
            component="pre"
            sx={{ p: 1, bgcolor: 'action.hover', borderRadius: 1, m: 0 }}
          >
            eval "$(npx @agent-context/cli telemetry-env)"
          </Box>
        </Box>
      }
    />
  );
}
