import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { formatTime } from '../../conventions';
import { ConventionsRevisionProvider, useEntityContext } from '../../hooks';
import { AgentsMdCard } from '../AgentsMdCard';
import { ApisCard } from '../ApisCard';
import { BlastRadiusCard } from '../BlastRadiusCard';
import { ConnectAgentCard } from '../ConnectAgentCard';
import { ConventionsCard } from '../ConventionsCard';
import { DependenciesCard } from '../DependenciesCard';
import { EntitySummaryCard } from '../EntitySummaryCard';
import { OwnershipCard } from '../OwnershipCard';
import { SystemCard } from '../SystemCard';

/**
 * The tab's cards. A convention write reloads the context; what was shown
 * stays on screen meanwhile, so that open dialogs and scroll position
 * survive.
 */
function AgentContextCards(props: { entityRef: string }) {
  const { context, loading, error } = useEntityContext(props.entityRef);

  if (loading && !context) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!context) {
    return null;
  }

  // Who and what first, then what a change touches, then what to hand an
  // agent. Tables with many columns get the full width; the two short cards
  // of a row share it.
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <EntitySummaryCard entity={context.entity} />
      </Grid>
      <Grid item xs={12} md={6}>
        <OwnershipCard
          ownership={context.ownership}
          group={context.group}
          user={context.user}
          owns={context.owns}
        />
      </Grid>
      <Grid item xs={12}>
        <DependenciesCard
          dependencies={context.dependencies}
          component={context.component}
        />
      </Grid>
      <Grid item xs={12}>
        <ApisCard
          apis={context.apis}
          api={context.api}
          entityRef={context.entity.ref}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <SystemCard
          system={context.system}
          domain={context.domain}
          entityRef={context.entity.ref}
        />
      </Grid>
      <Grid item xs={12} md={8}>
        <BlastRadiusCard
          blastRadius={context.blastRadius}
          entityRef={context.entity.ref}
          kind={context.entity.kind}
        />
      </Grid>
      <Grid item xs={12}>
        <ConventionsCard entityRef={context.entity.ref} />
      </Grid>
      <Grid item xs={12}>
        <AgentsMdCard entityRef={context.entity.ref} />
      </Grid>
      <Grid item xs={12}>
        <ConnectAgentCard entityRef={context.entity.ref} />
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
      <AgentContextCards entityRef={stringifyEntityRef(entity)} />
    </ConventionsRevisionProvider>
  );
}
