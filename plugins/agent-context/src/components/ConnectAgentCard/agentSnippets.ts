import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AGENT_CONTEXT_API_VERSION,
  AGENT_CONTEXT_PLUGIN_ID,
} from '@agent-context/plugin-agent-context-common';

/** The MCP actions backend's Streamable HTTP endpoint, under `/api`. */
const MCP_PATH = '/api/mcp-actions/v1';

/** The MCP server's name in client configs. */
const MCP_SERVER_NAME = 'backstage';

/**
 * The actions the agent-context backend registers, which the MCP server
 * offers as tools: under these names when the portal sets
 * `mcpActions.namespacedToolNames: false` (as ours does, since some model
 * providers reject dots), else prefixed with `agent-context.`.
 */
export const agentContextMcpTools = [
  'get-entity-context',
  'get-agents-md',
  'get-context-for-repository',
  'get-blast-radius',
  'list-conventions',
];

/** Where an agent reaches the portal. */
export interface AgentEndpoints {
  /** The entity's context, as JSON. */
  contextUrl: string;
  /** The entity's AGENTS.md, as Markdown. */
  agentsMdUrl: string;
  /** The portal's MCP server. */
  mcpUrl: string;
  /** The backend's base URL, for the CLI's `--portal`. */
  portalUrl: string;
}

/**
 * The agent-facing URLs of one entity, built the way the HTTP client builds
 * them: lower-case, encoded path segments.
 */
export function agentEndpoints(
  backendBaseUrl: string,
  entityRef: CompoundEntityRef,
): AgentEndpoints {
  const segments = [
    entityRef.kind,
    entityRef.namespace || DEFAULT_NAMESPACE,
    entityRef.name,
  ]
    .map(segment => encodeURIComponent(segment.toLocaleLowerCase('en-US')))
    .join('/');
  const entityUrl = `${backendBaseUrl}/api/${AGENT_CONTEXT_PLUGIN_ID}/${AGENT_CONTEXT_API_VERSION}/entities/${segments}`;
  return {
    contextUrl: `${entityUrl}/context`,
    agentsMdUrl: `${entityUrl}/agents.md`,
    mcpUrl: `${backendBaseUrl}${MCP_PATH}`,
    portalUrl: backendBaseUrl,
  };
}

/** Ready-to-paste snippets, one per way of connecting. */
export interface AgentSnippets {
  curl: string;
  cli: string;
  claudeCode: string;
  cursor: string;
  vscode: string;
}

/**
 * The snippets for one entity. Tokens stay in environment variables (or an
 * editor's secret prompt) so that a pasted config never holds a secret.
 */
export function agentSnippets(
  endpoints: AgentEndpoints,
  entityRef: CompoundEntityRef,
): AgentSnippets {
  const ref = stringifyEntityRef(entityRef);
  const auth = '-H "Authorization: Bearer $BACKSTAGE_TOKEN"';
  const curl = [
    `# The context of ${ref}, as JSON`,
    `curl ${auth} \\`,
    `  "${endpoints.contextUrl}"`,
    '',
    '# Its AGENTS.md, kept short by default: append ?maxTokens=0 for all',
    '# of it, or ?maxTokens=2000 for a token budget of your own',
    `curl ${auth} \\`,
    `  -o AGENTS.md "${endpoints.agentsMdUrl}"`,
  ].join('\n');

  const cli = [
    "# In a checkout of this entity's repository: write its AGENTS.md.",
    '# The CLI finds the entity from the git remote (or add',
    `# --entity ${ref}) and reads the token from AGENT_CONTEXT_TOKEN.`,
    `npx @agent-context/cli pull --portal ${endpoints.portalUrl}`,
    '',
    '# In CI: fail when the committed AGENTS.md is out of date',
    `npx @agent-context/cli check --portal ${endpoints.portalUrl}`,
  ].join('\n');

  const claudeCode = [
    `claude mcp add --transport http ${MCP_SERVER_NAME} ${endpoints.mcpUrl} \\`,
    '  --header "Authorization: Bearer $BACKSTAGE_TOKEN"',
  ].join('\n');

  const cursor = JSON.stringify(
    {
      mcpServers: {
        [MCP_SERVER_NAME]: {
          url: endpoints.mcpUrl,
          headers: { Authorization: 'Bearer ${env:BACKSTAGE_TOKEN}' },
        },
      },
    },
    null,
    2,
  );

  // VS Code asks for the token once and keeps it in its secret storage.
  const vscode = JSON.stringify(
    {
      inputs: [
        {
          type: 'promptString',
          id: 'backstage-token',
          description: 'Backstage token',
          password: true,
        },
      ],
      servers: {
        [MCP_SERVER_NAME]: {
          type: 'http',
          url: endpoints.mcpUrl,
          headers: { Authorization: 'Bearer ${input:backstage-token}' },
        },
      },
    },
    null,
    2,
  );

  return { curl, cli, claudeCode, cursor, vscode };
}
