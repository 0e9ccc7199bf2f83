import { agentEndpoints, agentSnippets } from './agentSnippets';

const entityRef = {
  kind: 'Component',
  namespace: 'default',
  name: 'checkout-service',
};

describe('agentEndpoints', () => {
  it('builds the entity and MCP URLs under the backend base URL', () => {
    expect(agentEndpoints('https://portal.example.com', entityRef)).toEqual({
      contextUrl:
        'https://portal.example.com/api/agent-context/v1/entities/component/default/checkout-service/context',
      agentsMdUrl:
        'https://portal.example.com/api/agent-context/v1/entities/component/default/checkout-service/agents.md',
      mcpUrl: 'https://portal.example.com/api/mcp-actions/v1',
      portalUrl: 'https://portal.example.com',
    });
  });

  it('encodes each segment of the ref', () => {
    expect(
      agentEndpoints('https://portal.example.com', {
        kind: 'API',
        namespace: 'Team A',
        name: 'orders#v2',
      }).contextUrl,
    ).toBe(
      'https://portal.example.com/api/agent-context/v1/entities/api/team%20a/orders%23v2/context',
    );
  });
});

describe('agentSnippets', () => {
  const snippets = agentSnippets(
    agentEndpoints('https://portal.example.com', entityRef),
    entityRef,
  );

  it('gives MCP configs that are valid JSON and keep the token out', () => {
    expect(JSON.parse(snippets.cursor)).toEqual({
      mcpServers: {
        backstage: {
          url: 'https://portal.example.com/api/mcp-actions/v1',
          headers: { Authorization: 'Bearer ${env:BACKSTAGE_TOKEN}' },
        },
      },
    });
    expect(JSON.parse(snippets.vscode).servers).toEqual({
      backstage: {
        type: 'http',
        url: 'https://portal.example.com/api/mcp-actions/v1',
        headers: { Authorization: 'Bearer ${input:backstage-token}' },
      },
    });
    expect(JSON.parse(snippets.vscode).inputs[0]).toMatchObject({
      id: 'backstage-token',
      password: true,
    });
  });

  it('gives a Claude Code command for the Streamable HTTP transport', () => {
    expect(snippets.claudeCode).toBe(
      'claude mcp add --transport http backstage https://portal.example.com/api/mcp-actions/v1 \\\n' +
        '  --header "Authorization: Bearer $BACKSTAGE_TOKEN"',
    );
  });
});
