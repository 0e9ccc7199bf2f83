import { configApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConnectAgentCard } from './ConnectAgentCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };
const config = mockApis.config({
  data: {
    backend: { baseUrl: 'http://portal.test:7007' },
    app: { baseUrl: 'http://portal.test:3000' },
  },
});
const entityPath = 'entities/component/default/checkout-service';

function renderCard() {
  return renderInTestApp(
    <TestApiProvider apis={[[configApiRef, config]]}>
      <ConnectAgentCard entityRef="component:default/checkout-service" />
    </TestApiProvider>,
    { mountedRoutes },
  );
}

/** The open tab's panel, once its (lazily highlighted) snippet is in. */
async function panelWith(text: string): Promise<HTMLElement> {
  const panel = screen.getByRole('tabpanel');
  await waitFor(() => expect(panel).toHaveTextContent(text));
  return panel;
}

describe('ConnectAgentCard', () => {
  it('names the entity and links its page on this portal', async () => {
    await renderCard();

    expect(
      screen.getByRole('link', {
        name: /http:\/\/portal\.test:3000\/catalog\/default\/component\/checkout-service/,
      }),
    ).toHaveAttribute(
      'href',
      'http://portal.test:3000/catalog/default/component/checkout-service',
    );
  });

  it('gives curl commands for the context and the AGENTS.md of the entity', async () => {
    await renderCard();

    expect(screen.getByRole('tab', { name: 'curl' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const panel = await panelWith(
      `"http://portal.test:7007/api/agent-context/v1/${entityPath}/context"`,
    );
    expect(panel).toHaveTextContent(
      `-o AGENTS.md "http://portal.test:7007/api/agent-context/v1/${entityPath}/agents.md"`,
    );
    expect(panel).toHaveTextContent(
      'curl -H "Authorization: Bearer $BACKSTAGE_TOKEN"',
    );
  });

  it('gives the CLI commands for pulling and checking AGENTS.md', async () => {
    await renderCard();
    await userEvent.click(screen.getByRole('tab', { name: 'CLI' }));

    const panel = await panelWith(
      'npx @agent-context/cli pull --portal http://portal.test:7007',
    );
    expect(panel).toHaveTextContent(
      'npx @agent-context/cli check --portal http://portal.test:7007',
    );
    expect(panel).toHaveTextContent('AGENT_CONTEXT_TOKEN');
    expect(panel).toHaveTextContent(
      '--entity component:default/checkout-service',
    );
  });

  it('gives the Claude Code command for the MCP endpoint, and lists the tools', async () => {
    await renderCard();
    await userEvent.click(screen.getByRole('tab', { name: 'Claude Code' }));

    const panel = await panelWith(
      'claude mcp add --transport http backstage http://portal.test:7007/api/mcp-actions/v1',
    );
    expect(panel).toHaveTextContent(
      '--header "Authorization: Bearer $BACKSTAGE_TOKEN"',
    );
    for (const tool of [
      'get-entity-context',
      'get-agents-md',
      'get-context-for-repository',
      'get-blast-radius',
      'list-conventions',
    ]) {
      expect(panel).toHaveTextContent(tool);
    }
    expect(panel).toHaveTextContent('component:default/checkout-service');
  });

  it('gives the Cursor and VS Code configs for the MCP endpoint', async () => {
    await renderCard();

    await userEvent.click(screen.getByRole('tab', { name: 'Cursor' }));
    let panel = await panelWith('"mcpServers"');
    expect(panel).toHaveTextContent('.cursor/mcp.json');
    expect(panel).toHaveTextContent(
      '"url": "http://portal.test:7007/api/mcp-actions/v1"',
    );
    expect(panel).toHaveTextContent(
      '"Authorization": "Bearer ${env:BACKSTAGE_TOKEN}"',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'VS Code' }));
    panel = await panelWith('"servers"');
    expect(panel).toHaveTextContent('.vscode/mcp.json');
    expect(panel).toHaveTextContent('"type": "http"');
    expect(panel).toHaveTextContent(
      '"url": "http://portal.test:7007/api/mcp-actions/v1"',
    );
  });

  it('offers to copy each snippet', async () => {
    await renderCard();

    expect(
      await screen.findByRole('button', { name: 'Copy text' }),
    ).toBeInTheDocument();
  });
});
