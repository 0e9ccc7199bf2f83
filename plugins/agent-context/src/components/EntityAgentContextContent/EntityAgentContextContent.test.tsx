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
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { agentContextApiRef } from '../../api';
import {
  checkoutServiceAgentsMd,
  checkoutServiceContext,
  checkoutServiceEntity,
} from '../../__fixtures__/entityContext';
import {
  checkoutServiceResolution,
  checkoutServiceScope,
  largePrsOk,
} from '../../__fixtures__/conventions';
import {
  sampleReadiness,
  sampleServiceAdoption,
} from '../../__fixtures__/adoption';
import { mockAgentContextApi } from '../../__testUtils__';
import { EntityAgentContextContent } from './EntityAgentContextContent';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const config = mockApis.config({
  data: {
    backend: { baseUrl: 'http://portal.test:7007' },
    app: { baseUrl: 'http://portal.test:3000' },
  },
});

function renderContent(api: AgentContextApi, routeEntries?: string[]) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [agentContextApiRef, api],
        [configApiRef, config],
      ]}
    >
      <EntityProvider entity={checkoutServiceEntity}>
        <EntityAgentContextContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes, routeEntries },
  );
}

/** Opens one of the long lists below the first screen. */
async function openSection(name: string) {
  await userEvent.click(
    within(
      await screen.findByRole('tablist', { name: 'Agent context sections' }),
    ).getByRole('tab', { name }),
  );
}

describe('EntityAgentContextContent', () => {
  const api = mockAgentContextApi();

  beforeEach(() => {
    jest.resetAllMocks();
    api.getAgentsMd.mockResolvedValue(checkoutServiceAgentsMd);
    api.getConventionResolution.mockResolvedValue(checkoutServiceResolution);
    api.getConventionScope.mockResolvedValue(checkoutServiceScope);
    api.getEntityReadiness.mockResolvedValue(sampleReadiness);
    api.getEntityAdoption.mockResolvedValue(sampleServiceAdoption);
  });

  it('holds the summary, readiness, AGENTS.md and how to connect on the first screen, and the long lists behind tabs', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    await renderContent(api);

    expect(await screen.findByText('Summary')).toBeInTheDocument();
    const readiness = screen.getByTestId('agent-readiness-card');
    expect(
      await within(readiness).findByRole('list', { name: 'Fixes' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('1,234 tokens')).toBeInTheDocument();
    expect(screen.getByText('Connect an agent')).toBeInTheDocument();

    const sections = screen.getByRole('tablist', {
      name: 'Agent context sections',
    });
    expect(
      within(sections)
        .getAllByRole('tab')
        .map(tab => tab.textContent),
    ).toEqual([
      'Dependencies',
      'APIs',
      'Blast radius',
      'Conventions',
      'Ownership & system',
      'Adoption',
    ]);
    // Only the open section is drawn: the dependencies, not the rest.
    expect(
      screen.getByRole('tab', { name: 'Dependencies', selected: true }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tabpanel', { name: 'Dependencies' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Provides' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('navigation', { name: 'Ownership chain' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('Applies here')).not.toBeInTheDocument();
    expect(api.getConventionResolution).not.toHaveBeenCalled();
    expect(api.getEntityAdoption).not.toHaveBeenCalled();
  });

  it('opens the section named in the URL, and the adoption of the service on its tab', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    await renderContent(api, ['/?section=blast-radius']);

    expect(
      await screen.findByText('A change here can affect 3 entities'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Blast radius', selected: true }),
    ).toBeInTheDocument();

    await openSection('Adoption');
    expect(
      await within(screen.getByTestId('agent-adoption-card')).findByText(
        'Context fetches',
      ),
    ).toBeInTheDocument();
    expect(api.getEntityAdoption).toHaveBeenCalledWith(
      'component:default/checkout-service',
      expect.objectContaining({ bucket: 'week' }),
    );
  });

  it('leaves the readiness card out for a kind that is not scored', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    renderInTestApp(
      <TestApiProvider
        apis={[
          [agentContextApiRef, api],
          [configApiRef, config],
        ]}
      >
        <EntityProvider entity={{ ...checkoutServiceEntity, kind: 'Group' }}>
          <EntityAgentContextContent />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes },
    );

    expect(await screen.findByText('Summary')).toBeInTheDocument();
    expect(
      screen.queryByTestId('agent-readiness-card'),
    ).not.toBeInTheDocument();
    expect(api.getEntityReadiness).not.toHaveBeenCalled();
  });

  it('asks for the context of the entity on the page', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    await renderContent(api);

    expect(api.getEntityContext).toHaveBeenCalledTimes(1);
    expect(api.getEntityContext).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });

  it('shows the summary, the ownership chain and both dependency lists', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    await renderContent(api);

    const summary = (await screen.findByText('Summary')).closest<HTMLElement>(
      '.MuiCard-root',
    )!;
    expect(
      within(summary).getByText('component:default/checkout-service'),
    ).toBeInTheDocument();

    const dependsOn = screen.getByRole('table', { name: 'Depends on' });
    expect(
      within(dependsOn).getByRole('link', { name: 'payments-service' }),
    ).toHaveAttribute('href', '/catalog/default/component/payments-service');
    const unresolved = within(dependsOn)
      .getByText('component:default/mainframe-gateway')
      .closest('tr')!;
    expect(within(unresolved).getByText('not in catalog')).toBeInTheDocument();

    const dependedOnBy = screen.getByRole('table', { name: 'Depended on by' });
    expect(
      within(dependedOnBy).getByRole('link', { name: 'storefront-web' }),
    ).toHaveAttribute('href', '/catalog/default/component/storefront-web');

    await openSection('Ownership & system');
    const chain = screen.getByRole('navigation', { name: 'Ownership chain' });
    expect(
      within(chain)
        .getAllByRole('link')
        .map(link => link.textContent),
    ).toEqual(['Checkout Team', 'Commerce', 'Engineering', 'Northwind']);
    expect(
      screen.getByRole('link', { name: 'checkout@example.com' }),
    ).toHaveAttribute('href', 'mailto:checkout@example.com');
  });

  it('shows the APIs, the system, the blast radius, the AGENTS.md and how to connect', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    await renderContent(api);

    await openSection('APIs');
    expect(
      await screen.findByRole('table', { name: 'Provides' }),
    ).toBeInTheDocument();
    await openSection('Ownership & system');
    expect(
      screen.getByRole('list', { name: 'Other parts of the system' }),
    ).toBeInTheDocument();
    await openSection('Blast radius');
    expect(
      screen.getByText('A change here can affect 3 entities'),
    ).toBeInTheDocument();
    expect(await screen.findByText('1,234 tokens')).toBeInTheDocument();
    expect(api.getAgentsMd).toHaveBeenCalledWith(
      'component:default/checkout-service',
      undefined,
    );
    expect(screen.getByText('Connect an agent')).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Claude Code' }),
    ).toBeInTheDocument();
  });

  it('shows the conventions of the entity beside its AGENTS.md', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    await renderContent(api);

    await openSection('Conventions');
    expect(
      await screen.findByText('Conventions', { selector: 'span' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Applies here' }),
    ).toBeInTheDocument();
    expect(api.getConventionResolution).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });

  it('refreshes the AGENTS.md and the context after a convention is saved', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    api.getAgentsMd
      .mockResolvedValueOnce(checkoutServiceAgentsMd)
      .mockResolvedValue({ ...checkoutServiceAgentsMd, tokens: 1300 });
    api.updateConvention.mockResolvedValue({ ...largePrsOk, revision: 4 });
    await renderContent(api);
    expect(await screen.findByText('1,234 tokens')).toBeInTheDocument();

    await openSection('Conventions');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit PR-001' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit PR-001' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('1,300 tokens')).toBeInTheDocument();
    expect(api.getAgentsMd).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(api.getEntityContext).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(api.getConventionResolution).toHaveBeenCalledTimes(2),
    );
    // Readiness counts conventions, so it is scored again too.
    await waitFor(() =>
      expect(api.getEntityReadiness).toHaveBeenCalledTimes(2),
    );
    // The tab stays on screen while it reloads.
    expect(screen.getByText('Summary')).toBeInTheDocument();
  });

  it('shows when the context was generated and its revisions', async () => {
    api.getEntityContext.mockResolvedValue(checkoutServiceContext);
    const { container } = await renderContent(api);

    const caption = screen.getByText(/^Context generated/);
    expect(container.querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-03-02T09:30:00.000Z',
    );
    expect(caption).toHaveTextContent('content hash sha256:9f86d081884c7d65');
    expect(caption).toHaveTextContent('catalog revision c1a2b3c4d5e6');
    expect(caption).toHaveTextContent('conventions revision e3b0c44298fc');
  });

  it('shows progress while the context loads', async () => {
    api.getEntityContext.mockReturnValue(new Promise(() => {}));
    await renderContent(api);

    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByText('Summary')).not.toBeInTheDocument();
  });

  it('shows an error panel with the message when loading fails', async () => {
    api.getEntityContext.mockRejectedValue(new Error('Backend unavailable'));
    await renderContent(api);

    expect(
      await screen.findByText('Error: Backend unavailable'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Summary')).not.toBeInTheDocument();
  });

  it('shows the empty states of an entity without owner or dependencies', async () => {
    api.getEntityContext.mockResolvedValue({
      ...checkoutServiceContext,
      ownership: { parents: [], members: [], memberCount: 0 },
      dependencies: { dependsOn: [], dependedOnBy: [] },
      apis: { provides: [], consumes: [] },
      system: undefined,
      blastRadius: { entries: [], maxDepth: 3, truncated: false },
    });
    await renderContent(api);

    expect(
      await screen.findByText('No dependencies declared'),
    ).toBeInTheDocument();
    await openSection('APIs');
    expect(
      screen.getByText('No APIs provided or consumed'),
    ).toBeInTheDocument();
    await openSection('Ownership & system');
    expect(screen.getByText('No owner declared')).toBeInTheDocument();
    expect(screen.getByText('Not part of a system')).toBeInTheDocument();
    await openSection('Blast radius');
    expect(
      screen.getByText('Nothing in the catalog is affected by a change here'),
    ).toBeInTheDocument();
  });

  it('shows what the kind adds: an API’s providers and consumers', async () => {
    const related = (ref: string) => ({
      ref,
      kind: 'Component',
      resolved: true,
    });
    api.getEntityContext.mockResolvedValue({
      ...checkoutServiceContext,
      entity: {
        ...checkoutServiceContext.entity,
        ref: 'api:default/checkout-api',
        kind: 'API',
      },
      apis: { provides: [], consumes: [] },
      api: {
        providedBy: [related('component:default/checkout-service')],
        consumedBy: [
          related('component:default/storefront-web'),
          related('component:default/mobile-app'),
        ],
      },
    });
    await renderContent(api);

    await openSection('APIs');
    const consumers = await screen.findByRole('table', { name: 'Consumed by' });
    expect(
      within(consumers).getByRole('link', { name: 'mobile-app' }),
    ).toHaveAttribute('href', '/catalog/default/component/mobile-app');
    expect(
      within(screen.getByRole('table', { name: 'Provided by' })).getByRole(
        'link',
        { name: 'checkout-service' },
      ),
    ).toBeInTheDocument();
  });

  it('shows what the kind adds: a group’s organisation, what it owns, and why it has no blast radius', async () => {
    const person = (ref: string, displayName: string) => ({
      ref,
      kind: ref.startsWith('user:') ? 'User' : 'Group',
      displayName,
      resolved: true,
    });
    api.getEntityContext.mockResolvedValue({
      ...checkoutServiceContext,
      entity: {
        ...checkoutServiceContext.entity,
        ref: 'group:default/checkout-team',
        kind: 'Group',
      },
      ownership: { parents: [], members: [], memberCount: 0 },
      group: {
        parents: [person('group:default/commerce', 'Commerce')],
        children: [],
        childCount: 0,
        members: [person('user:default/ada', 'Ada Lovelace')],
        memberCount: 1,
      },
      owns: {
        entities: [
          {
            ref: 'component:default/checkout-service',
            kind: 'Component',
            type: 'service',
            resolved: true,
          },
        ],
        count: 1,
      },
      blastRadius: { entries: [], maxDepth: 3, truncated: false },
    });
    await renderContent(api);

    await openSection('Ownership & system');
    const chain = await screen.findByRole('navigation', {
      name: 'Parent chain',
    });
    expect(
      within(chain).getByRole('link', { name: 'Commerce' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Members' })).getByRole('link', {
        name: 'Ada Lovelace',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Owns (1)')).toBeInTheDocument();
    expect(screen.queryByText('No owner declared')).not.toBeInTheDocument();
    await openSection('Blast radius');
    expect(screen.getByText(/^None for a group:/)).toBeInTheDocument();
  });

  describe('with the HTTP client', () => {
    const server = setupServer();
    registerMswTestHooks(server);

    const baseUrl = 'http://portal.test/api/agent-context';
    const client = new AgentContextClient({
      discoveryApi: { getBaseUrl: async () => baseUrl },
    });

    it('shows the data the backend serves for the entity', async () => {
      server.use(
        http.get(
          `${baseUrl}/v1/entities/component/default/checkout-service/context`,
          () => HttpResponse.json(checkoutServiceContext),
        ),
        http.get(
          `${baseUrl}/v1/entities/component/default/checkout-service/conventions`,
          () => HttpResponse.json(checkoutServiceResolution),
        ),
        http.get(
          `${baseUrl}/v1/conventions/entities/component/default/checkout-service`,
          () => HttpResponse.json(checkoutServiceScope),
        ),
        http.get(
          `${baseUrl}/v1/entities/component/default/checkout-service/agents.md`,
          ({ request }) =>
            new URL(request.url).searchParams.get('format') === 'json'
              ? HttpResponse.json(checkoutServiceAgentsMd)
              : HttpResponse.text('not JSON', { status: 406 }),
        ),
        http.get(
          `${baseUrl}/v1/entities/component/default/checkout-service/readiness`,
          () => HttpResponse.json(sampleReadiness),
        ),
      );
      await renderContent(client);

      expect(await screen.findByText('Summary')).toBeInTheDocument();
      expect(
        screen.getByRole('table', { name: 'Depends on' }),
      ).toBeInTheDocument();
      expect(await screen.findByText('1,234 tokens')).toBeInTheDocument();
      expect(
        await screen.findByLabelText('Agent readiness 78 of 100, partly ready'),
      ).toBeInTheDocument();
      await openSection('Conventions');
      expect(
        await screen.findByRole('listitem', { name: 'CMD-TEST' }),
      ).toBeInTheDocument();
    });

    it("shows the backend's error when it does not know the entity", async () => {
      server.use(
        http.get(`${baseUrl}/v1/entities/*`, () =>
          HttpResponse.json(
            {
              error: {
                name: 'NotFoundError',
                message: "No entity 'component:default/checkout-service' found",
              },
              request: { method: 'GET', url: '/v1/entities' },
              response: { statusCode: 404 },
            },
            { status: 404 },
          ),
        ),
      );
      await renderContent(client);

      expect(
        await screen.findByText(
          "No entity 'component:default/checkout-service' found",
        ),
      ).toBeInTheDocument();
      expect(screen.getByText('404: NotFoundError')).toBeInTheDocument();
    });
  });
});
