import {
  AgentContextApi,
  AgentContextClient,
} from '@agent-context/plugin-agent-context-common';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { configApiRef } from '@backstage/core-plugin-api';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
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
import { mockAgentContextApi, renderOnEntityPage } from './__testUtils__';
import {
  AgentContextAdoptionPage,
  AgentContextCodexPage,
  EntityAgentContextCard,
  EntityAgentContextContent,
  EntityAgentReadinessOverviewCard,
  EntityGroupAdoptionCard,
  agentContextPlugin,
} from './plugin';
import { adoptionRouteRef, codexRouteRef, rootRouteRef } from './routes';

describe('agentContextPlugin', () => {
  it('has the plugin id, the root route and the codex route', () => {
    expect(agentContextPlugin.getId()).toBe('agent-context');
    expect(agentContextPlugin.routes.root).toBe(rootRouteRef);
    expect(agentContextPlugin.routes.codex).toBe(codexRouteRef);
    expect(agentContextPlugin.routes.adoption).toBe(adoptionRouteRef);
  });

  it('registers an AgentContextClient built from discovery and fetch', async () => {
    const [factory] = [...agentContextPlugin.getApis()];
    expect(factory.api).toBe(agentContextApiRef);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);

    const fetch = jest.fn(
      async () => new Response(JSON.stringify(checkoutServiceContext)),
    );
    const client = factory.factory({
      discoveryApi: {
        getBaseUrl: async () => 'http://portal.test/api/agent-context',
      },
      fetchApi: { fetch },
    }) as AgentContextApi;

    expect(client).toBeInstanceOf(AgentContextClient);
    await client.getEntityContext('component:default/checkout-service');
    expect(fetch).toHaveBeenCalledWith(
      'http://portal.test/api/agent-context/v1/entities/component/default/checkout-service/context',
      expect.anything(),
    );
  });
});

describe('EntityAgentContextContent', () => {
  it('renders the tab for the entity in context where it is routed', async () => {
    const api = mockAgentContextApi();
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    api.getConventionResolution.mockResolvedValue(checkoutServiceResolution);
    api.getConventionScope.mockResolvedValue(checkoutServiceScope);
    api.getEntityReadiness.mockResolvedValue(sampleReadiness);
    const config = mockApis.config({
      data: {
        backend: { baseUrl: 'http://portal.test:7007' },
        app: { baseUrl: 'http://portal.test:3000' },
      },
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [agentContextApiRef, api],
          [configApiRef, config],
        ]}
      >
        <EntityProvider entity={checkoutServiceEntity}>
          <Routes>
            <Route
              path="/agent-context"
              element={<EntityAgentContextContent />}
            />
          </Routes>
        </EntityProvider>
      </TestApiProvider>,
      {
        routeEntries: ['/agent-context'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('tablist', { name: 'Agent context sections' }),
    ).toBeInTheDocument();
    expect(api.getEntityContext).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });
});

describe('EntityAgentContextCard', () => {
  it('renders the overview card for the entity in context', async () => {
    const api = mockAgentContextApi();
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <EntityProvider entity={checkoutServiceEntity}>
          <EntityAgentContextCard />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(await screen.findByText('1,234 tokens')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /View agent context/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-service/agent-context',
    );
  });
});

describe('EntityAgentReadinessOverviewCard', () => {
  it('renders the readiness of the entity in context, linking to its tab', async () => {
    const api = mockAgentContextApi();
    api.getEntityReadiness.mockResolvedValue(sampleReadiness);
    api.getEntityAdoption.mockResolvedValue(sampleServiceAdoption);
    await renderOnEntityPage(<EntityAgentReadinessOverviewCard />, {
      api,
      entity: checkoutServiceEntity,
    });

    expect(
      await screen.findByLabelText('Agent readiness 78 of 100, partly ready'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /View agent context/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-service/agent-context',
    );
  });
});

describe('EntityGroupAdoptionCard', () => {
  it('renders the adoption of the group in context and its services', async () => {
    const api = mockAgentContextApi();
    api.getEntityAdoption.mockResolvedValue(sampleServiceAdoption);
    api.listAdoptionEntities.mockResolvedValue(
      sampleListOf(sampleServiceItems),
    );
    api.listReadiness.mockResolvedValue({
      items: sampleReadinessItems,
      totalItems: sampleReadinessItems.length,
    });
    await renderOnEntityPage(<EntityGroupAdoptionCard />, {
      api,
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'payments-team', namespace: 'default' },
      },
    });

    expect(
      await screen.findByRole('table', { name: 'Team services' }),
    ).toBeInTheDocument();
    expect(api.getEntityAdoption).toHaveBeenCalledWith(
      'group:default/payments-team',
      expect.anything(),
    );
  });
});

describe('AgentContextCodexPage', () => {
  it('renders the codex where it is mounted', async () => {
    const api = mockAgentContextApi();
    api.getConventionScope.mockResolvedValue(globalScope);
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <Routes>
          <Route
            path="/agent-context/codex"
            element={<AgentContextCodexPage />}
          />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/agent-context/codex'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('heading', { name: 'Codex' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('listitem', { name: 'SEC-004' }),
    ).toBeInTheDocument();
    expect(api.getConventionScope).toHaveBeenCalledWith('global');
  });
});

describe('AgentContextAdoptionPage', () => {
  it('renders the adoption figures where it is mounted', async () => {
    const api = mockAgentContextApi();
    api.getAdoptionOverview.mockResolvedValue(sampleOverview);
    api.listAdoptionTeams.mockResolvedValue(sampleListOf([]));
    api.listAdoptionEntities.mockResolvedValue(sampleListOf([]));
    api.listReadiness.mockResolvedValue({
      items: sampleReadinessItems,
      totalItems: 3,
    });
    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <Routes>
          <Route
            path="/agent-context/adoption"
            element={<AgentContextAdoptionPage />}
          />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/agent-context/adoption?from=2026-09-04&to=2026-12-02'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('heading', { name: 'AI adoption' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('group', { name: 'Cost' }),
    ).toHaveTextContent('$18,421');
    expect(api.getAdoptionOverview).toHaveBeenCalledWith({
      from: '2026-09-04',
      to: '2026-12-02',
      bucket: 'week',
    });
  });
});
