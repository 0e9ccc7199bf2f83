import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { AgentContextClient } from '@agent-context/plugin-agent-context-common';
import { JSX } from 'react';
import { agentContextApiRef } from './api';
import type { EntityAgentContextCardProps } from './components/EntityAgentContextCard';
import type { EntityAgentReadinessOverviewCardProps } from './components/EntityAgentReadinessOverviewCard';
import { adoptionRouteRef, codexRouteRef, rootRouteRef } from './routes';

/**
 * The Agent Context plugin for the legacy frontend system.
 *
 * @public
 */
export const agentContextPlugin = createPlugin({
  id: 'agent-context',
  routes: {
    root: rootRouteRef,
    codex: codexRouteRef,
    adoption: adoptionRouteRef,
  },
  apis: [
    createApiFactory({
      api: agentContextApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AgentContextClient({ discoveryApi, fetchApi }),
    }),
  ],
});

// The extensions' types are written out: inferred, they would be the types
// of the lazily loaded components, which the package does not export, and
// its public API would depend on module-private declarations.

/**
 * The Agent context tab, for an `EntityLayout.Route` of the entity page.
 *
 * @public
 */
export const EntityAgentContextContent: () => JSX.Element =
  agentContextPlugin.provide(
    createRoutableExtension({
      name: 'EntityAgentContextContent',
      component: () =>
        import('./components/EntityAgentContextContent').then(
          m => m.EntityAgentContextContent,
        ),
      mountPoint: rootRouteRef,
    }),
  );

/**
 * A compact Agent context card for the Overview tab of an entity page.
 *
 * @public
 */
export const EntityAgentContextCard: (
  props: EntityAgentContextCardProps,
) => JSX.Element = agentContextPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentContextCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentContextCard').then(
          m => m.EntityAgentContextCard,
        ),
    },
  }),
);

/**
 * An agent readiness card for the Overview tab of a component, API,
 * resource or system page (see `isAgentReadinessScored`): the score, its
 * three most valuable fixes and a line of AI usage.
 *
 * @public
 */
export const EntityAgentReadinessOverviewCard: (
  props: EntityAgentReadinessOverviewCardProps,
) => JSX.Element = agentContextPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentReadinessOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentReadinessOverviewCard').then(
          m => m.EntityAgentReadinessOverviewCard,
        ),
    },
  }),
);

/**
 * A card for group pages: the team's AI adoption over the last 90 days
 * and the services it owns with their usage and agent readiness.
 *
 * @public
 */
export const EntityGroupAdoptionCard: () => JSX.Element =
  agentContextPlugin.provide(
    createComponentExtension({
      name: 'EntityGroupAdoptionCard',
      component: {
        lazy: () =>
          import('./components/GroupAdoptionCard').then(
            m => m.GroupAdoptionCard,
          ),
      },
    }),
  );

/**
 * The Codex page: the organisation's conventions, searchable by everyone
 * and edited by the codex admins. Mount it on a route of the app, e.g.
 * `/agent-context/codex`.
 *
 * @public
 */
export const AgentContextCodexPage: () => JSX.Element =
  agentContextPlugin.provide(
    createRoutableExtension({
      name: 'AgentContextCodexPage',
      component: () => import('./components/CodexPage').then(m => m.CodexPage),
      mountPoint: codexRouteRef,
    }),
  );

/**
 * The Conventions tab for group and domain pages (see
 * `isConventionScope`): the conventions recorded for a team or a domain.
 *
 * @public
 */
export const EntityConventionsContent: () => JSX.Element =
  agentContextPlugin.provide(
    createRoutableExtension({
      name: 'EntityConventionsContent',
      component: () =>
        import('./components/EntityConventionsContent').then(
          m => m.EntityConventionsContent,
        ),
      mountPoint: rootRouteRef,
    }),
  );

/**
 * The AI adoption page: how teams and services use AI coding tools, against
 * a baseline period, and who has not started. Mount it on a route of the
 * app, e.g. `/agent-context/adoption`; it needs the
 * `agent-context.adoption.read` permission.
 *
 * @public
 */
export const AgentContextAdoptionPage: () => JSX.Element =
  agentContextPlugin.provide(
    createRoutableExtension({
      name: 'AgentContextAdoptionPage',
      component: () =>
        import('./components/AdoptionPage').then(m => m.AdoptionPage),
      mountPoint: adoptionRouteRef,
    }),
  );
