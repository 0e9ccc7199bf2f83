import { parseAgentsMdHeader } from '@agent-context/plugin-agent-context-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { shopEntities } from './__testUtils__/shopEntities';
import { startPortal, TestPortal } from './__testUtils__/startPortal';
import { CliError } from './CliError';
import {
  CLI_USER_AGENT,
  describeSource,
  fetchAgentsMd,
  findCheckoutEntity,
} from './fetchAgentsMd';
import { apiUrlOf, PortalConnection } from './parseOptions';

const shop = 'git@github.com:example/shop.git';

async function listen(server: Server): Promise<string> {
  await new Promise<void>(resolve => server.listen(0, resolve));
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

describe('fetchAgentsMd', () => {
  let portal: TestPortal;
  let connection: PortalConnection;

  beforeAll(async () => {
    portal = await startPortal(shopEntities());
    connection = {
      apiUrl: apiUrlOf(portal.url),
      token: mockCredentials.user.token(),
    };
  });

  afterAll(async () => {
    await portal.stop();
  });

  it('fetches the AGENTS.md of an entity ref', async () => {
    const document = await fetchAgentsMd(
      connection,
      { entityRef: 'component:default/cart' },
      {},
    );
    expect(document.entityRef).toBe('component:default/cart');
    expect(document.tokens).toBeGreaterThan(0);
    expect(parseAgentsMdHeader(document.markdown)).toMatchObject({
      entityRef: 'component:default/cart',
      contentHash: document.contentHash,
    });
  });

  it('fetches the AGENTS.md of the entity deepest in a repository folder', async () => {
    await expect(
      fetchAgentsMd(
        connection,
        { repositoryUrl: shop, path: 'services/cart/src' },
        {},
      ),
    ).resolves.toMatchObject({ entityRef: 'component:default/cart' });
    await expect(
      fetchAgentsMd(connection, { repositoryUrl: shop, path: '' }, {}),
    ).resolves.toMatchObject({ entityRef: 'component:default/shop' });
  });

  it('passes the token budget on', async () => {
    await expect(
      fetchAgentsMd(
        connection,
        { entityRef: 'component:cart' },
        { maxTokens: 5 },
      ),
    ).rejects.toThrow("the portal answered 400: Invalid maxTokens '5'");
  });

  it("reports the portal's hint when no entity lives in a repository", async () => {
    const error = await fetchAgentsMd(
      connection,
      { repositoryUrl: 'https://github.com/example/unknown.git', path: '' },
      {},
    ).catch(e => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(
      "the portal answered 404: No entity has its source in 'github.com/example/unknown'",
    );
    expect(error.message).toContain('pass --entity REF');
  });

  it("reports the portal's candidates when several entities match", async () => {
    await expect(
      fetchAgentsMd(
        connection,
        { repositoryUrl: shop, path: 'services/twins' },
        {},
      ),
    ).rejects.toThrow(
      /answered 409: .*component:default\/twin-a, component:default\/twin-b[\s\S]*pass --entity REF/,
    );
  });

  it('reports an unknown entity', async () => {
    await expect(
      fetchAgentsMd(connection, { entityRef: 'component:default/nope' }, {}),
    ).rejects.toThrow(
      "the portal answered 404: No entity 'component:default/nope' found",
    );
  });

  it('points at the token when the portal rejects it', async () => {
    await expect(
      fetchAgentsMd(
        { ...connection, token: mockCredentials.user.invalidToken() },
        { entityRef: 'component:default/cart' },
        {},
      ),
    ).rejects.toThrow(
      /answered 401: .*\nCheck the token given with --token or AGENT_CONTEXT_TOKEN/,
    );
  });

  it('says so when the portal cannot be reached', async () => {
    const server = createServer();
    const url = await listen(server);
    await new Promise(resolve => server.close(resolve));
    await expect(
      fetchAgentsMd(
        { apiUrl: apiUrlOf(url), token: 't' },
        { entityRef: 'component:default/cart' },
        {},
      ),
    ).rejects.toThrow(
      `could not reach the portal at ${url}/api/agent-context: ECONNREFUSED`,
    );
  });

  it('announces itself as the CLI, so that the portal counts its fetches as such', async () => {
    const agents: Array<string | undefined> = [];
    const server = createServer((req, res) => {
      agents.push(req.headers['user-agent']);
      res.statusCode = 404;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: { name: 'NotFoundError', message: 'none' } }));
    });
    const url = await listen(server);
    try {
      const connection404 = { apiUrl: apiUrlOf(url), token: 't' };
      await expect(
        fetchAgentsMd(connection404, { entityRef: 'component:default/cart' }, {}),
      ).rejects.toThrow('the portal answered 404');
      await expect(
        findCheckoutEntity(connection404, { repositoryUrl: shop, path: '' }),
      ).rejects.toThrow('the portal answered 404');
      expect(agents).toEqual([CLI_USER_AGENT, CLI_USER_AGENT]);
      expect(CLI_USER_AGENT).toBe('agent-context-cli');
    } finally {
      await new Promise(resolve => server.close(resolve));
    }
  });

  it('says so when the URL is not a Backstage backend', async () => {
    const server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end('<html>the app, not the backend</html>');
    });
    const url = await listen(server);
    try {
      await expect(
        fetchAgentsMd(
          { apiUrl: apiUrlOf(url), token: 't' },
          { entityRef: 'component:default/cart' },
          {},
        ),
      ).rejects.toThrow('did not answer with Agent Context JSON');
    } finally {
      await new Promise(resolve => server.close(resolve));
    }
  });
});

describe('describeSource', () => {
  it('names an entity, or a repository and its folder', () => {
    expect(describeSource({ entityRef: 'component:default/cart' })).toBe(
      'component:default/cart',
    );
    expect(describeSource({ repositoryUrl: shop, path: '' })).toBe(shop);
    expect(describeSource({ repositoryUrl: shop, path: 'services/cart' })).toBe(
      `${shop} at 'services/cart'`,
    );
  });
});
