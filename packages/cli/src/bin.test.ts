import { parseAgentsMdHeader } from '@agent-context/plugin-agent-context-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { shopEntities } from './__testUtils__/shopEntities';
import { startPortal, TestPortal } from './__testUtils__/startPortal';

const bin = resolve(__dirname, '../bin/agent-context');

function runBin(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(done => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) =>
        done({
          code: error ? Number(error.code ?? 1) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        }),
    );
  });
}

describe('bin/agent-context', () => {
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startPortal(shopEntities());
  });

  afterAll(async () => {
    await portal.stop();
  });

  it('runs the command from source in the monorepo', async () => {
    const run = await runBin(
      ['pull', '--stdout', '--entity', 'component:default/cart'],
      {
        AGENT_CONTEXT_URL: portal.url,
        AGENT_CONTEXT_TOKEN: mockCredentials.user.token(),
      },
    );
    expect(run.stderr).toMatch(
      /^Printed the AGENTS\.md of component:default\/cart/,
    );
    expect(run.code).toBe(0);
    expect(parseAgentsMdHeader(run.stdout)?.entityRef).toBe(
      'component:default/cart',
    );
  });

  it('sets the exit code of a failed command', async () => {
    const run = await runBin(['pull'], { AGENT_CONTEXT_URL: portal.url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('AGENT_CONTEXT_TOKEN');
  });
});
