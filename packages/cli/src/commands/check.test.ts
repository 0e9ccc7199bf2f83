import { parseAgentsMdHeader } from '@agent-context/plugin-agent-context-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCheckout, TestCheckout } from '../__testUtils__/makeCheckout';
import { runCli } from '../__testUtils__/runCli';
import { shopEntities } from '../__testUtils__/shopEntities';
import { startPortal, TestPortal } from '../__testUtils__/startPortal';
import { whatChanged } from './check';

describe('agent-context check', () => {
  let portal: TestPortal;
  // The same catalog after the cart's owners rewrote its description.
  let changedPortal: TestPortal;
  let checkout: TestCheckout;

  const envFor = (p: TestPortal) => ({
    AGENT_CONTEXT_URL: p.url,
    AGENT_CONTEXT_TOKEN: mockCredentials.user.token(),
  });

  beforeAll(async () => {
    [portal, changedPortal] = await Promise.all([
      startPortal(shopEntities()),
      startPortal(
        shopEntities({
          cartDescription: 'Keeps the basket and applies vouchers.',
          cartEtag: 'cart-2',
        }),
      ),
    ]);
  });

  afterAll(async () => {
    await Promise.all([portal.stop(), changedPortal.stop()]);
  });

  beforeEach(() => {
    checkout = makeCheckout();
  });

  afterEach(() => {
    checkout.remove();
  });

  async function pullIntoCart() {
    const run = await runCli(['pull'], {
      cwd: checkout.cartSrc,
      env: envFor(portal),
    });
    expect(run.code).toBe(0);
    return parseAgentsMdHeader(
      readFileSync(join(checkout.cartSrc, 'AGENTS.md'), 'utf8'),
    )!;
  }

  it('passes right after a pull', async () => {
    const header = await pullIntoCart();

    const run = await runCli(['check'], {
      cwd: checkout.cartSrc,
      env: envFor(portal),
    });

    expect(run).toEqual({
      code: 0,
      stdout: `AGENTS.md is up to date (component:default/cart, hash ${header.contentHash})\n`,
      stderr: '',
    });
  });

  it('fails with what changed once the catalog changed', async () => {
    const header = await pullIntoCart();

    const run = await runCli(['check'], {
      cwd: checkout.cartSrc,
      env: envFor(changedPortal),
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const live = await runCli(['pull', '--stdout'], {
      cwd: checkout.cartSrc,
      env: envFor(changedPortal),
    });
    const liveHeader = parseAgentsMdHeader(live.stdout)!;
    expect(liveHeader.catalogRevision).not.toBe(header.catalogRevision);
    expect(run.stderr).toBe(
      `AGENTS.md is stale for component:default/cart: the catalog changed ` +
        `(catalog revision ${header.catalogRevision} → ${liveHeader.catalogRevision}). ` +
        'Run `agent-context pull` and commit the result.\n',
    );
  });

  it('passes again once the new AGENTS.md is pulled', async () => {
    await pullIntoCart();
    const env = envFor(changedPortal);
    expect((await runCli(['pull'], { cwd: checkout.cartSrc, env })).code).toBe(
      0,
    );
    expect((await runCli(['check'], { cwd: checkout.cartSrc, env })).code).toBe(
      0,
    );
  });

  it('fails when the hash in the header was edited', async () => {
    await pullIntoCart();
    const file = join(checkout.cartSrc, 'AGENTS.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/hash=sha256-\w+/, 'hash=sha256-0'),
    );

    const run = await runCli(['check'], {
      cwd: checkout.cartSrc,
      env: envFor(portal),
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^AGENTS\.md is stale for component:default\/cart: the catalog or its conventions changed \(hash sha256-0 → sha256-\w+\)\. Run `agent-context pull`/,
    );
  });

  it('fails when the folder now belongs to another entity', async () => {
    await runCli(['pull', '--entity', 'component:default/shop'], {
      cwd: checkout.cartSrc,
      env: envFor(portal),
    });

    const run = await runCli(['check'], {
      cwd: checkout.cartSrc,
      env: envFor(portal),
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'AGENTS.md is stale: it describes component:default/shop, but this folder now belongs to component:default/cart. ' +
        'Run `agent-context pull` and commit the result.\n',
    );
  });

  it('checks the file and the entity given, and says how to pull them', async () => {
    await runCli(
      ['pull', '--entity', 'component:default/cart', '--out', 'docs.md'],
      { cwd: checkout.root, env: envFor(portal) },
    );

    const upToDate = await runCli(
      ['check', '--entity', 'component:default/cart', '--file', 'docs.md'],
      { cwd: checkout.root, env: envFor(portal) },
    );
    expect(upToDate.code).toBe(0);
    expect(upToDate.stdout).toMatch(
      /^docs\.md is up to date \(component:default\/cart, hash sha256-\w+\)\n$/,
    );

    const stale = await runCli(
      ['check', '--entity', 'component:default/cart', '--file', 'docs.md'],
      { cwd: checkout.root, env: envFor(changedPortal) },
    );
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(
      'Run `agent-context pull --entity component:default/cart --out docs.md` and commit the result.',
    );
  });

  it('fails when there is no AGENTS.md, without asking the portal', async () => {
    const run = await runCli(['check'], {
      cwd: checkout.cartSrc,
      env: { ...envFor(portal), AGENT_CONTEXT_URL: 'http://localhost:1' },
    });

    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'no AGENTS.md at AGENTS.md: run `agent-context pull` and commit the result.\n',
    });
  });

  it('fails on a hand-written AGENTS.md, saying it was not generated', async () => {
    writeFileSync(
      join(checkout.cartSrc, 'AGENTS.md'),
      '# Cart\n\nRun `yarn test` before you push.\n',
    );

    const run = await runCli(['check'], {
      cwd: checkout.cartSrc,
      env: envFor(portal),
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'AGENTS.md was not generated by Agent Context: it has no agent-context header',
    );
    expect(run.stderr).toContain('run `agent-context pull`');
  });

  it('exits 2 naming AGENT_CONTEXT_TOKEN when there is no token', async () => {
    const run = await runCli(['check'], {
      cwd: checkout.cartSrc,
      env: { AGENT_CONTEXT_URL: portal.url },
    });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('AGENT_CONTEXT_TOKEN');
  });

  it("exits 2 with the portal's hint when no entity lives in the repository", async () => {
    await pullIntoCart();

    const run = await runCli(['check', '--remote', 'upstream'], {
      cwd: checkout.cartSrc,
      env: envFor(portal),
    });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "the portal answered 404: No entity has its source in 'github.com/example/unknown'",
    );
  });
});

describe('whatChanged', () => {
  const committed = {
    entityRef: 'component:default/cart',
    catalogRevision: 'c1',
    conventionsRevision: 'v1',
    contentHash: 'sha256-1',
  };

  it('names the conventions when only they changed', () => {
    expect(
      whatChanged(
        committed,
        { ...committed, conventionsRevision: 'v2', contentHash: 'sha256-2' },
        'sha256-2',
      ),
    ).toBe('its conventions changed (conventions revision v1 → v2)');
  });

  it('names both when both changed', () => {
    expect(
      whatChanged(
        committed,
        {
          ...committed,
          catalogRevision: 'c2',
          conventionsRevision: 'v2',
          contentHash: 'sha256-2',
        },
        'sha256-2',
      ),
    ).toBe(
      'the catalog and its conventions changed (catalog revision c1 → c2, conventions revision v1 → v2)',
    );
  });

  it('falls back to the hashes when the live header is unreadable', () => {
    expect(whatChanged(committed, undefined, 'sha256-2')).toBe(
      'the catalog or its conventions changed (hash sha256-1 → sha256-2)',
    );
  });
});
