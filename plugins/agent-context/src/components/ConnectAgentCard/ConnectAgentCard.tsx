import { ReactNode, useState } from 'react';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CodeSnippet, InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { usePortalUrls } from '../../hooks';
import {
  agentContextMcpTools,
  agentEndpoints,
  agentSnippets,
} from './agentSnippets';

/**
 * Props of {@link ConnectAgentCard}.
 */
export interface ConnectAgentCardProps {
  entityRef: CompoundEntityRef | string;
}

type Client = 'curl' | 'cli' | 'claudeCode' | 'cursor' | 'vscode';

const clients: { id: Client; label: string }[] = [
  { id: 'curl', label: 'curl' },
  { id: 'cli', label: 'CLI' },
  { id: 'claudeCode', label: 'Claude Code' },
  { id: 'cursor', label: 'Cursor' },
  { id: 'vscode', label: 'VS Code' },
];

/**
 * Ready-to-paste commands and MCP client configs that point an agent at this
 * portal and this entity, with the portal's real URLs filled in.
 */
export function ConnectAgentCard(props: ConnectAgentCardProps) {
  const entityRef =
    typeof props.entityRef === 'string'
      ? parseEntityRef(props.entityRef)
      : props.entityRef;
  const ref = stringifyEntityRef(entityRef);
  const { backendBaseUrl, appBaseUrl } = usePortalUrls();
  const entityRoute = useRouteRef(entityRouteRef);
  // The route already carries the app's base path; only the origin is added.
  const entityPageUrl = `${new URL(appBaseUrl).origin}${entityRoute(
    entityRouteParams(entityRef),
  )}`;
  const endpoints = agentEndpoints(backendBaseUrl, entityRef);
  const snippets = agentSnippets(endpoints, entityRef);
  const [client, setClient] = useState<Client>('curl');

  const mcpNote = (
    <Typography variant="body2" color="text.secondary">
      The server offers the tools{' '}
      {agentContextMcpTools.map((tool, index) => (
        <span key={tool}>
          {index > 0 && ', '}
          <code>{tool}</code>
        </span>
      ))}{' '}
      next to the catalog's own (prefixed <code>agent-context.</code> where the
      portal keeps namespaced tool names). Then ask, for example: “Get the
      entity context of <code>{ref}</code>”. Where the portal signs MCP clients
      in with OAuth, leave out the token header and sign in as yourself instead.
    </Typography>
  );

  const panels: Record<Client, ReactNode> = {
    curl: (
      <>
        <Typography variant="body2">
          The JSON context and the AGENTS.md of this entity over HTTP.
        </Typography>
        <CodeSnippet text={snippets.curl} language="bash" showCopyCodeButton />
      </>
    ),
    cli: (
      <>
        <Typography variant="body2">
          Keep a committed AGENTS.md in the repository up to date, and check it
          in CI.
        </Typography>
        <CodeSnippet text={snippets.cli} language="bash" showCopyCodeButton />
      </>
    ),
    claudeCode: (
      <>
        <Typography variant="body2">
          Adds the portal's MCP server (Streamable HTTP) to Claude Code.
        </Typography>
        <CodeSnippet
          text={snippets.claudeCode}
          language="bash"
          showCopyCodeButton
        />
        {mcpNote}
      </>
    ),
    cursor: (
      <>
        <Typography variant="body2">
          Add to <code>.cursor/mcp.json</code> in the repository (or{' '}
          <code>~/.cursor/mcp.json</code> for every project); Cursor reads the
          token from <code>BACKSTAGE_TOKEN</code>.
        </Typography>
        <CodeSnippet
          text={snippets.cursor}
          language="json"
          showCopyCodeButton
        />
        {mcpNote}
      </>
    ),
    vscode: (
      <>
        <Typography variant="body2">
          Add to <code>.vscode/mcp.json</code> in the repository; VS Code asks
          for the token once and keeps it in its secret storage.
        </Typography>
        <CodeSnippet
          text={snippets.vscode}
          language="json"
          showCopyCodeButton
        />
        {mcpNote}
      </>
    ),
  };

  return (
    <InfoCard title="Connect an agent">
      <Typography variant="body2" sx={{ mb: 1 }}>
        Agents read <code>{ref}</code> (
        <Link to={entityPageUrl}>{entityPageUrl}</Link>) from this portal with a
        token: set <code>BACKSTAGE_TOKEN</code> (or{' '}
        <code>AGENT_CONTEXT_TOKEN</code> for the CLI) to a token from your
        Backstage administrators. An agent sees only what that token may read.
      </Typography>
      <Tabs
        sx={{ mb: 2 }}
        value={client}
        onChange={(_, value: Client) => setClient(value)}
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
        scrollButtons="auto"
        aria-label="How to connect"
      >
        {clients.map(({ id, label }) => (
          <Tab
            key={id}
            value={id}
            label={label}
            id={`connect-agent-tab-${id}`}
            aria-controls="connect-agent-panel"
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id="connect-agent-panel"
        aria-labelledby={`connect-agent-tab-${client}`}
        sx={{ '& > * + *': { mt: 1.5 } }}
      >
        {panels[client]}
      </Box>
    </InfoCard>
  );
}
