import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { AddressInfo } from 'node:net';
import {
  checkoutServiceIngested,
  contextWhenIngested,
  createTestDatabases,
  guestAuthorization,
  startExamplePortal,
} from './__testUtils__/startExamplePortal';

/**
 * The suite's actions through the real MCP endpoint of the MCP actions
 * backend, driven by the official MCP TypeScript SDK client.
 */
const databases = createTestDatabases();
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

describe('MCP tools', () => {
  it('are listed with provider-safe names and answer each call', async () => {
    const server = await startExamplePortal(databases, 'SQLITE_3');
    await contextWhenIngested(
      server,
      'component/default/checkout-service',
      checkoutServiceIngested,
    );
    const { port } = server.address() as AddressInfo;
    const client = new Client({ name: 'agent-context-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${port}/api/mcp-actions/v1`),
        { requestInit: { headers: { Authorization: guestAuthorization } } },
      ),
    );
    try {
      const { tools } = await client.listTools();
      const ours = tools.filter(tool =>
        [
          'get-entity-context',
          'get-agents-md',
          'get-context-for-repository',
          'get-blast-radius',
          'list-conventions',
        ].includes(tool.name),
      );
      expect(ours).toHaveLength(5);
      for (const tool of tools) {
        expect(tool.name).toMatch(TOOL_NAME);
      }
      for (const tool of ours) {
        expect(tool.annotations).toMatchObject({
          readOnlyHint: true,
          destructiveHint: false,
          idempotentHint: true,
        });
        expect(tool.description?.length).toBeGreaterThan(100);
      }

      const context = await client.callTool({
        name: 'get-entity-context',
        arguments: { entityRef: 'component:default/checkout-service' },
      });
      expect(context.isError).toBeFalsy();
      expect(context.structuredContent).toMatchObject({
        context: {
          entity: { ref: 'component:default/checkout-service' },
          ownership: { owner: { ref: 'group:default/checkout-team' } },
        },
      });

      const agentsMd = await client.callTool({
        name: 'get-agents-md',
        arguments: { entityRef: 'checkout-service', maxTokens: 2000 },
      });
      expect(agentsMd.isError).toBeFalsy();
      const md = agentsMd.structuredContent as {
        markdown: string;
        tokens: number;
      };
      expect(md.markdown).toContain(
        'entity=component:default/checkout-service',
      );
      expect(md.tokens).toBeLessThanOrEqual(2000);

      const byRepository = await client.callTool({
        name: 'get-context-for-repository',
        arguments: {
          url: 'git@github.com:northwind-commerce/commerce-monorepo.git',
          path: 'services/checkout-service/src',
        },
      });
      expect(byRepository.isError).toBeFalsy();
      expect(byRepository.structuredContent).toMatchObject({
        entityRef: 'component:default/checkout-service',
      });

      const blastRadius = await client.callTool({
        name: 'get-blast-radius',
        arguments: { entityRef: 'component:default/identity-service' },
      });
      expect(blastRadius.isError).toBeFalsy();
      const radius = blastRadius.structuredContent as {
        entries: Array<{ ref: string; depth: number }>;
      };
      expect(radius.entries.length).toBeGreaterThanOrEqual(10);
      expect(
        radius.entries.filter(e => e.depth === 1).length,
      ).toBeGreaterThanOrEqual(10);

      const conventions = await client.callTool({
        name: 'list-conventions',
        arguments: { entityRef: 'checkout-service' },
      });
      expect(conventions.isError).toBeFalsy();
      const codex = conventions.structuredContent as {
        conventions: Array<{ id: string; scope: string }>;
        waived: Array<{ id: string; waivedBy: { reason: string } }>;
      };
      expect(codex.conventions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: 'SEC-001', scope: 'global' }),
          expect.objectContaining({
            id: 'CHK-001',
            scope: 'component:default/checkout-service',
          }),
        ]),
      );
      expect(codex.waived.map(w => w.id)).toContain('TEST-003');

      const unknown = await client.callTool({
        name: 'get-entity-context',
        arguments: { entityRef: 'component:default/no-such-service' },
      });
      expect(unknown.isError).toBe(true);
      expect(JSON.stringify(unknown.content)).toContain(
        "No entity 'component:default/no-such-service' found",
      );
    } finally {
      await client.close();
    }
  }, 120_000);
});
