import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { formatTime } from '../../conventions';
import { ConventionsRevisionProvider, useEntityContext } from '../../hooks';
import { isAgentReadinessScored } from '../../isAgentContextAvailable';
import { AgentContextSectionTabs } from '../AgentContextSectionTabs';
import { AgentsMdCard } from '../AgentsMdCard';
import { ConnectAgentCard } from '../ConnectAgentCard';
import { EntityReadinessCard } from '../EntityReadinessCard';
import { EntitySummaryCard } from '../EntitySummaryCard';

// Short enough that the AGENTS.md card and the connect card share the
// first screen with the summary; the document scrolls inside its frame.
const AGENTS_MD_PREVIEW_HEIGHT = 280;

/**
 * The tab's cards. A convention write reloads the context; what was shown
 * stays on screen meanwhile, so that open dialogs and scroll position
 * survive.
 */
function AgentContextCards(props: { entity: Entity }) {
  const { entity } = props;
  const { context, loading, error } = useEntityContext(
    stringifyEntityRef(entity),
  );

  if (loading && !context) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!context) {
    return null;
  }

  // The first screen holds what people come for: what it is, how ready it
  // is for agents, the AGENTS.md they get and how to connect one. The long
  // lists sit a click away below it.
  const scored = isAgentReadinessScored(entity);
  return (
    <Grid container spacing={2} alignItems="stretch">
      <Grid item xs={12} md={scored ? 5 : 12}>
        <EntitySummaryCard entity={context.entity} />
      </Grid>
      {scored && (
        <Grid item xs={12} md={7}>
          <EntityReadinessCard />
        </Grid>
      )}
      <Grid item xs={12} lg={7}>
        <AgentsMdCard
          entityRef={context.entity.ref}
          previewMaxHeight={AGENTS_MD_PREVIEW_HEIGHT}
        />
      </Grid>
      <Grid item xs={12} lg={5}>
        <ConnectAgentCard entityRef={context.entity.ref} />
      </Grid>
      <Grid item xs={12}>
        <AgentContextSectionTabs context={context} />
      </Grid>
      <Grid item xs={12}>
        <Typography variant="caption" color="text.secondary" component="p">
          Context generated{' '}
          <time dateTime={context.metadata.generatedAt}>
            {formatTime(context.metadata.generatedAt)}
          </time>{' '}
          · content hash <code>{context.metadata.contentHash}</code> · catalog
          revision <code>{context.metadata.catalogRevision}</code> · conventions
          revision <code>{context.metadata.conventionsRevision}</code>
        </Typography>
      </Grid>
    </Grid>
  );
}

/**
 * The Agent context tab of an entity page: what an AI coding agent is told
 * about the entity in the current `EntityProvider`, its conventions, its
 * AGENTS.md, and how to connect an agent.
 */
export function EntityAgentContextContent() {
  const { entity } = useEntity();
  // Everything on the tab derives from conventions, so a write anywhere on
  // it reloads all of it.
  return (
    <ConventionsRevisionProvider>
      <AgentContextCards entity={entity} />
    </ConventionsRevisionProvider>
  );
}
