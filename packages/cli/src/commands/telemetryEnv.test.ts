import { mockCredentials } from '@backstage/backend-test-utils';
import { execFileSync } from 'node:child_process';
import { makeCheckout, TestCheckout } from '../__testUtils__/makeCheckout';
import { runCli } from '../__testUtils__/runCli';
import { shopEntities } from '../__testUtils__/shopEntities';
import { startPortal, TestPortal } from '../__testUtils__/startPortal';

describe('agent-context telemetry-env', () => {
  let portal: TestPortal;
  let checkout: TestCheckout;
  let env: Record<string, string>;

  beforeAll(async () => {
    portal = await startPortal(shopEntities());
    env = {
      AGENT_CONTEXT_URL: portal.url,
      AGENT_CONTEXT_TOKEN: mockCredentials.user.token(),
    };
  });

  afterAll(async () => {
    await portal.stop();
  });

  beforeEach(() => {
    checkout = makeCheckout();
  });

  afterEach(() => {
    checkout.remove();
  });

  it('prints export lines that attribute telemetry to the entity of the folder it runs in', async () => {
    const run = await runCli(['telemetry-env'], { cwd: checkout.cartSrc, env });

    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'Telemetry sent with this environment is attributed to component:default/cart\n',
    );
    // What a shell gets from eval "$(agent-context telemetry-env)".
    const evaluated = execFileSync(
      'sh',
      ['-c', `${run.stdout}env`],
      { encoding: 'utf8', env: {} },
    );
    const variables = Object.fromEntries(
      evaluated
        .split('\n')
        .filter(line => /^(OTEL|CLAUDE)_/.test(line))
        .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(variables).toEqual({
      CLAUDE_CODE_ENABLE_TELEMETRY: '1',
      OTEL_METRICS_EXPORTER: 'otlp',
      OTEL_LOGS_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: `${portal.url}/api/agent-context/v1/otlp`,
      OTEL_EXPORTER_OTLP_HEADERS: `Authorization=Bearer ${env.AGENT_CONTEXT_TOKEN}`,
      OTEL_RESOURCE_ATTRIBUTES:
        'backstage.entity_ref=component:default/cart,vcs.repository.url.full=git@github.com:example/shop.git',
    });
  });

  it('prints JSON with --format json, the team included when given', async () => {
    const run = await runCli(
      ['telemetry-env', '--format', 'json', '--team', 'web-team'],
      { cwd: checkout.root, env },
    );

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      OTEL_EXPORTER_OTLP_ENDPOINT: `${portal.url}/api/agent-context/v1/otlp`,
      OTEL_RESOURCE_ATTRIBUTES:
        'backstage.entity_ref=component:default/shop,vcs.repository.url.full=git@github.com:example/shop.git,team.id=web-team',
    });
  });

  it('takes the entity from --entity, and the repository if there is a checkout', async () => {
    const outside = await runCli(
      ['telemetry-env', '--format', 'json', '--entity', 'component:default/cart'],
      { cwd: '/', env },
    );

    expect(outside.code).toBe(0);
    expect(JSON.parse(outside.stdout).OTEL_RESOURCE_ATTRIBUTES).toBe(
      'backstage.entity_ref=component:default/cart',
    );

    const inside = await runCli(
      ['telemetry-env', '--format', 'json', '--entity', 'component:default/shop'],
      { cwd: checkout.cartSrc, env },
    );
    expect(JSON.parse(inside.stdout).OTEL_RESOURCE_ATTRIBUTES).toBe(
      'backstage.entity_ref=component:default/shop,vcs.repository.url.full=git@github.com:example/shop.git',
    );
  });

  it('holds a placeholder without a token, says where to get one, and asks the portal nothing', async () => {
    const run = await runCli(['telemetry-env', '--format', 'json'], {
      cwd: checkout.cartSrc,
      // No portal behind this URL: nothing may be asked of it.
      env: { AGENT_CONTEXT_URL: 'http://127.0.0.1:9' },
    });

    expect(run.code).toBe(0);
    const environment = JSON.parse(run.stdout);
    expect(environment.OTEL_EXPORTER_OTLP_HEADERS).toContain(
      'Authorization=Bearer <a token for the portal: ask its admins',
    );
    expect(environment.OTEL_RESOURCE_ATTRIBUTES).toBe(
      'vcs.repository.url.full=git@github.com:example/shop.git',
    );
    expect(run.stderr).toContain(
      'No token (--token or AGENT_CONTEXT_TOKEN): OTEL_EXPORTER_OTLP_HEADERS holds a placeholder',
    );
  });

  it('fails with the portal’s own message when no entity lives in the repository', async () => {
    const run = await runCli(['telemetry-env', '--remote', 'upstream'], {
      cwd: checkout.root,
      env,
    });

    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(
      /^agent-context: the portal answered 404: No entity has its source in 'github\.com\/example\/unknown'/,
    );
  });

  it('refuses an unknown format, naming it', async () => {
    const run = await runCli(['telemetry-env', '--format', 'yaml'], {
      cwd: checkout.root,
      env,
    });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^agent-context: --format expects shell or json, got 'yaml'\n\nUsage: agent-context telemetry-env/,
    );
  });
});
