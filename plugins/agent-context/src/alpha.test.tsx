import { AgentContextClient } from '@agent-context/plugin-agent-context-common';
import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import { TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { ReactElement } from 'react';
import agentContextPlugin from './alpha';
import { agentContextApiRef } from './api';
import {
  checkoutServiceAgentsMd,
  checkoutServiceContext,
  checkoutServiceEntity,
} from './__fixtures__/entityContext';
import {
  checkoutServiceResolution,
  checkoutServiceScope,
  globalScope,
} from './__fixtures__/conventions';
import {
  sampleListOf,
  sampleOverview,
  sampleReadiness,
  sampleReadinessItems,
  sampleServiceAdoption,
  sampleServiceItems,
} from './__fixtures__/adoption';
import { mockAgentContextApi } from './__testUtils__';

const entityContent = agentContextPlugin.getExtension(
  'entity-content:agent-context/agent-context',
);
const entityCard = agentContextPlugin.getExtension(
  'entity-card:agent-context/agent-context',
);
const readinessCard = agentContextPlugin.getExtension(
  'entity-card:agent-context/agent-readiness',
);
const groupAdoptionCard = agentContextPlugin.getExtension(
  'entity-card:agent-context/group-adoption',
);
const codexPage = agentContextPlugin.getExtension('page:agent-context/codex');
const adoptionPage = agentContextPlugin.getExtension(
  'page:agent-context/adoption',
);

function entityOfKind(kind: string): Entity {
  return { ...checkoutServiceEntity, kind };
}

/**
 * Renders the extension under test on the page of checkout-service, with an
 * API that answers with the fixtures; returns that API.
 */
function renderOnEntityPage(
  tester: { reactElement(): ReactElement },
  entity: Entity = checkoutServiceEntity,
) {
  const api = mockAgentContextApi();
  api.getEntityContext.mockResolvedValue(checkoutServiceContext);
  api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
  api.getConventionResolution.mockResolvedValue(checkoutServiceResolution);
  api.getConventionScope.mockResolvedValue(checkoutServiceScope);
  api.getEntityReadiness.mockResolvedValue(sampleReadiness);
  api.getEntityAdoption.mockResolvedValue(sampleServiceAdoption);
  api.listAdoptionEntities.mockResolvedValue(sampleListOf(sampleServiceItems));
  api.listReadiness.mockResolvedValue({
    items: sampleReadinessItems,
    totalItems: sampleReadinessItems.length,
  });

  renderInTestApp(
    <EntityProvider entity={entity}>{tester.reactElement()}</EntityProvider>,
    {
      apis: [[agentContextApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return api;
}

describe('agentContextPlugin (new frontend system)', () => {
  it('has the plugin id and title', () => {
    expect(agentContextPlugin.pluginId).toBe('agent-context');
    expect(agentContextPlugin.title).toBe('Agent Context');
  });

  it('provides an AgentContextClient for the API ref', () => {
    const tester = createExtensionTester(
      agentContextPlugin.getExtension('api:agent-context'),
    );
    const factory = tester.get(ApiBlueprint.dataRefs.factory);

    expect(factory.api).toBe(agentContextApiRef);
    expect(
      factory.factory({
        discoveryApi: { getBaseUrl: async () => 'http://portal.test' },
        fetchApi: { fetch: jest.fn() },
      }),
    ).toBeInstanceOf(AgentContextClient);
  });

  it('adds the Agent context tab at /agent-context', () => {
    const tester = createExtensionTester(entityContent);

    expect(tester.get(coreExtensionData.routePath)).toBe('/agent-context');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Agent context',
    );
    // A predicate, not a deprecated filter expression string.
    expect(
      tester.get(EntityContentBlueprint.dataRefs.filterExpression),
    ).toBeUndefined();
  });

  it('shows the tab on every kind whose context has relations, and no other', () => {
    const filter = createExtensionTester(entityContent).get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;

    for (const kind of [
      'Component',
      'API',
      'Resource',
      'System',
      'Domain',
      'Group',
      'User',
    ]) {
      expect({ kind, shown: filter(entityOfKind(kind)) }).toEqual({
        kind,
        shown: true,
      });
    }
    for (const kind of ['Location', 'Template']) {
      expect({ kind, shown: filter(entityOfKind(kind)) }).toEqual({
        kind,
        shown: false,
      });
    }
  });

  it('renders the context of the entity on the page', async () => {
    const api = renderOnEntityPage(createExtensionTester(entityContent));

    expect(
      await screen.findByRole('tablist', { name: 'Agent context sections' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByTestId('agent-readiness-card'),
    ).toBeInTheDocument();
    expect(api.getEntityContext).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });

  it('adds an info card on the same kinds as the tab', () => {
    const tester = createExtensionTester(entityCard);

    expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe('info');
    expect(
      tester.get(EntityCardBlueprint.dataRefs.filterExpression),
    ).toBeUndefined();
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(entityOfKind('Component'))).toBe(true);
    expect(filter(entityOfKind('System'))).toBe(true);
    expect(filter(entityOfKind('Group'))).toBe(true);
    expect(filter(entityOfKind('Location'))).toBe(false);
  });

  it('renders the overview card of the entity on the page', async () => {
    renderOnEntityPage(createExtensionTester(entityCard));

    expect(await screen.findByText('1,234 tokens')).toBeInTheDocument();
    expect(screen.getByText('Agent context')).toBeInTheDocument();
  });

  it('adds the readiness card on the overview of the kinds that are scored', () => {
    const tester = createExtensionTester(readinessCard);

    expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe('info');
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    for (const kind of ['Component', 'API', 'Resource', 'System']) {
      expect({ kind, shown: filter(entityOfKind(kind)) }).toEqual({
        kind,
        shown: true,
      });
    }
    for (const kind of ['Group', 'User', 'Domain', 'Location']) {
      expect({ kind, shown: filter(entityOfKind(kind)) }).toEqual({
        kind,
        shown: false,
      });
    }
  });

  it('renders the readiness card of the entity on the page', async () => {
    renderOnEntityPage(createExtensionTester(readinessCard));

    expect(
      await screen.findByLabelText('Agent readiness 78 of 100, partly ready'),
    ).toBeInTheDocument();
    expect(
      screen.getByTestId('agent-readiness-overview-card'),
    ).toBeInTheDocument();
  });

  it('adds the team adoption card on group pages only', () => {
    const filter = createExtensionTester(groupAdoptionCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect(filter(entityOfKind('Group'))).toBe(true);
    expect(filter(entityOfKind('Component'))).toBe(false);
    expect(filter(entityOfKind('User'))).toBe(false);
  });

  it('renders the team adoption card of the group on the page', async () => {
    const api = renderOnEntityPage(createExtensionTester(groupAdoptionCard), {
      ...entityOfKind('Group'),
      metadata: { name: 'checkout-team', namespace: 'default' },
    });

    expect(
      await screen.findByRole('table', { name: 'Team services' }),
    ).toBeInTheDocument();
    expect(api.listAdoptionEntities).toHaveBeenCalledWith(
      expect.objectContaining({ owner: 'group:default/checkout-team' }),
    );
  });

  it('adds the Codex page at /agent-context/codex with a sidebar title and icon', () => {
    const tester = createExtensionTester(codexPage);

    expect(tester.get(coreExtensionData.routePath)).toBe(
      '/agent-context/codex',
    );
    expect(tester.get(coreExtensionData.title)).toBe('Codex');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('renders the codex on its page', async () => {
    const api = mockAgentContextApi();
    api.getConventionScope.mockResolvedValue(globalScope);
    renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        {createExtensionTester(codexPage).reactElement()}
      </TestApiProvider>,
      {
        apis: [[agentContextApiRef, api]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('heading', { name: 'Codex' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('listitem', { name: 'DB-002' }),
    ).toBeInTheDocument();
    expect(api.getConventionScope).toHaveBeenCalledWith('global');
  });

  it('adds the AI adoption page at /agent-context/adoption with a sidebar title and icon', () => {
    const tester = createExtensionTester(adoptionPage);

    expect(tester.get(coreExtensionData.routePath)).toBe(
      '/agent-context/adoption',
    );
    expect(tester.get(coreExtensionData.title)).toBe('AI adoption');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('renders the adoption figures on their page', async () => {
    const api = mockAgentContextApi();
    api.getAdoptionOverview.mockResolvedValue(sampleOverview);
    api.listAdoptionTeams.mockResolvedValue(sampleListOf([]));
    api.listAdoptionEntities.mockResolvedValue(sampleListOf([]));
    api.listReadiness.mockResolvedValue({
      items: sampleReadinessItems,
      totalItems: 3,
    });
    renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        {createExtensionTester(adoptionPage).reactElement()}
      </TestApiProvider>,
      {
        apis: [[agentContextApiRef, api]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('heading', { name: 'AI adoption' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('group', { name: 'Requests' }),
    ).toHaveTextContent('412.3K');
  });
});
