import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { AgentContextClient } from '@agent-context/plugin-agent-context-common';
import InsightsIcon from '@mui/icons-material/Insights';
import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import { agentContextApiRef } from './api';
import {
  agentContextEntityKinds,
  conventionScopeKinds,
  readinessEntityKinds,
} from './isAgentContextAvailable';

const agentContextApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: agentContextApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AgentContextClient({ discoveryApi, fetchApi }),
    }),
});

const agentContextEntityFilter = {
  kind: { $in: [...agentContextEntityKinds] },
};

const agentContextEntityContent = EntityContentBlueprint.make({
  name: 'agent-context',
  params: {
    path: '/agent-context',
    title: 'Agent context',
    filter: agentContextEntityFilter,
    loader: () =>
      import('./components/EntityAgentContextContent').then(m => (
        <m.EntityAgentContextContent />
      )),
  },
});

// Groups and domains are also scopes of the codex: this tab holds the
// conventions recorded there, for their editors.
const conventionsEntityContent = EntityContentBlueprint.make({
  name: 'conventions',
  params: {
    path: '/conventions',
    title: 'Conventions',
    filter: { kind: { $in: [...conventionScopeKinds] } },
    loader: () =>
      import('./components/EntityConventionsContent').then(m => (
        <m.EntityConventionsContent />
      )),
  },
});

// An info card: a short summary that sits beside the overview's main cards.
const agentContextEntityCard = EntityCardBlueprint.make({
  name: 'agent-context',
  params: {
    type: 'info',
    filter: agentContextEntityFilter,
    loader: () =>
      import('./components/EntityAgentContextCard').then(m => (
        <m.EntityAgentContextCard />
      )),
  },
});

// Readiness and usage on the overview of the kinds that are scored.
const agentReadinessEntityCard = EntityCardBlueprint.make({
  name: 'agent-readiness',
  params: {
    type: 'info',
    filter: { kind: { $in: [...readinessEntityKinds] } },
    loader: () =>
      import('./components/EntityAgentReadinessOverviewCard').then(m => (
        <m.EntityAgentReadinessOverviewCard />
      )),
  },
});

// A team's adoption and its services' readiness, on group pages.
const groupAdoptionEntityCard = EntityCardBlueprint.make({
  name: 'group-adoption',
  params: {
    type: 'content',
    filter: { kind: 'group' },
    loader: () =>
      import('./components/GroupAdoptionCard').then(m => (
        <m.GroupAdoptionCard />
      )),
  },
});

// The page draws its own header (the same component serves the legacy
// system), so the app's is turned off; the title and icon still make the
// sidebar entry.
/** The Codex page's route; a page with a route, title and icon gets a nav item. */
const codexRouteRef = createRouteRef();

const codexPage = PageBlueprint.make({
  name: 'codex',
  params: {
    path: '/agent-context/codex',
    routeRef: codexRouteRef,
    title: 'Codex',
    icon: <LibraryBooksIcon />,
    noHeader: true,
    loader: () => import('./components/CodexPage').then(m => <m.CodexPage />),
  },
});

/** The AI adoption page's route; it gets a nav item as the Codex does. */
const adoptionRouteRef = createRouteRef();

const adoptionPage = PageBlueprint.make({
  name: 'adoption',
  params: {
    path: '/agent-context/adoption',
    routeRef: adoptionRouteRef,
    title: 'AI adoption',
    icon: <InsightsIcon />,
    noHeader: true,
    loader: () =>
      import('./components/AdoptionPage').then(m => <m.AdoptionPage />),
  },
});

/**
 * The Agent Context plugin for the new frontend system: the agent-context
 * API, the Agent context tab and the Agent context overview card on
 * component, API, resource and system pages, the agent readiness card on
 * the same kinds, the team adoption card on group pages, the Codex page at
 * `/agent-context/codex` and the AI adoption page at
 * `/agent-context/adoption`, each with its sidebar entry.
 *
 * @public
 */
export default createFrontendPlugin({
  pluginId: 'agent-context',
  title: 'Agent Context',
  routes: { codex: codexRouteRef, adoption: adoptionRouteRef },
  extensions: [
    agentContextApi,
    agentContextEntityContent,
    conventionsEntityContent,
    agentContextEntityCard,
    agentReadinessEntityCard,
    groupAdoptionEntityCard,
    codexPage,
    adoptionPage,
  ],
});
