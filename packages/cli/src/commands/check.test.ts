import { parseAgentsMdHeader } from '@agent-context/plugin-agent-context-common';
import {
  LARGE_HUB_REF,
  largeHubEntities,
} from '@agent-context/plugin-agent-context-common/testUtils';
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
  // The same catalog, its frontend moved to another address.
  let movedPortal: TestPortal;
  let checkout: TestCheckout;

  const envFor = (p: TestPortal) => ({
    AGENT_CONTEXT_URL: p.url,
    AGENT_CONTEXT_TOKEN: mockCredentials.user.token(),
  });

  beforeAll(async () => {
    [portal, changedPortal, movedPortal] = await Promise.all([
      startPortal(shopEntities()),
      startPortal(
        shopEntities({
          cartDescription: 'Keeps the basket and applies vouchers.',
          cartEtag: 'cart-2',
        }),
      ),
      startPortal(shopEntities(), { baseUrl: 'https://portal.example.com' }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([
      portal.stop(),
      changedPortal.stop(),
      movedPortal.stop(),
    ]);
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

  const cartFile = () => join(checkout.cartSrc, 'AGENTS.md');

  /** Rewrites the pulled file with `edit`. */
  function editCart(edit: (text: string) => string): void {
    writeFileSync(cartFile(), edit(readFileSync(cartFile(), 'utf8')));
  }

  /** The 1-based number of the file's first line containing `text`. */
  function lineOf(text: string): number {
    const lines = readFileSync(cartFile(), 'utf8').split('\n');
    return lines.findIndex(line => line.includes(text)) + 1;
  }

  async function checkCart(p: TestPortal = portal) {
    return runCli(['check'], { cwd: checkout.cartSrc, env: envFor(p) });
  }

  const EDITED_BY_HAND = (line: number) =>
    'AGENTS.md was edited by hand: the catalog and its conventions are unchanged, ' +
    `but the text is not what the portal serves for component:default/cart (first difference at line ${line}). ` +
    "Move what was written by hand into the entity's conventions in the portal (the file's first line says where), " +
    'which is where owners edit what agents read. Run `agent-context pull` and commit the result.\n';

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

  it('fails when the body was edited by hand under an intact header', async () => {
    await pullIntoCart();
    const line = lineOf('# cart');
    editCart(text =>
      text.replace(
        '# cart\n',
        '# cart\nAlways run `yarn lint` before pushing.\n',
      ),
    );

    const run = await checkCart();

    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: EDITED_BY_HAND(line + 1),
    });
  });

  it('fails when a single character changed', async () => {
    await pullIntoCart();
    const line = lineOf('Keeps the basket.');
    editCart(text => text.replace('Keeps the basket.', 'Keeps the basket!'));

    const run = await checkCart();

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(EDITED_BY_HAND(line));
  });

  it('fails when a line was removed', async () => {
    await pullIntoCart();
    const line = lineOf('Keeps the basket.');
    editCart(text =>
      text
        .split('\n')
        .filter(l => !l.includes('Keeps the basket.'))
        .join('\n'),
    );

    const run = await checkCart();

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(EDITED_BY_HAND(line));
  });

  it('counts trailing spaces as an edit, since Markdown reads them as a line break', async () => {
    await pullIntoCart();
    const line = lineOf('Keeps the basket.');
    editCart(text => text.replace('Keeps the basket.', 'Keeps the basket.  '));

    const run = await checkCart();

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(EDITED_BY_HAND(line));
  });

  it('passes with Windows line endings, a byte order mark or another final newline', async () => {
    await pullIntoCart();
    const pulled = readFileSync(cartFile(), 'utf8');
    const checkouts = [
      pulled.replace(/\n/g, '\r\n'),
      `\uFEFF${pulled}`,
      `${pulled}\n\n`,
      pulled.replace(/\n$/, ''),
    ];

    for (const text of checkouts) {
      writeFileSync(cartFile(), text);
      const run = await checkCart();
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 0,
        stderr: '',
      });
    }
  });

  it('fails as stale and edited when both happened', async () => {
    const header = await pullIntoCart();
    editCart(text => `${text}\nAsk Team A before changing the basket.\n`);

    const run = await checkCart(changedPortal);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^AGENTS\\.md is stale for component:default/cart: the catalog changed \\(catalog revision ${header.catalogRevision} → \\w+\\); ` +
          'and it was edited by hand since it was pulled\\. ' +
          "Move what was written by hand into the entity's conventions in the portal .*\\. " +
          'Run `agent-context pull` and commit the result\\.\n$',
      ),
    );
  });

  it('fails as stale and edited when the hash in the header was edited', async () => {
    await pullIntoCart();
    editCart(text => text.replace(/hash=sha256-\w+/, 'hash=sha256-0'));

    const run = await checkCart();

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^AGENTS\.md is stale for component:default\/cart: the catalog or its conventions changed \(hash sha256-0 → sha256-\w+\); and it was edited by hand since it was pulled\./,
    );
  });

  describe('on a file from a portal that wrote no text digest', () => {
    const dropDigest = (text: string) =>
      text.replace(/^<!-- agent-context-text: .*\n/m, '');

    it('fails as rendered differently, not as edited, when it is untouched', async () => {
      await pullIntoCart();
      editCart(dropDigest);

      const run = await checkCart();

      // The live file has the line the old one lacks (line 3).
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^AGENTS\.md is stale for component:default\/cart: the catalog and its conventions are unchanged, but the portal renders them differently now \(first difference at line 3\)/,
      );
    });

    it('reports an edit under an unchanged catalog as edited by hand', async () => {
      await pullIntoCart();
      editCart(text =>
        dropDigest(text).replace('Keeps the basket.', 'Keeps it all.'),
      );

      const run = await checkCart();

      expect(run.code).toBe(1);
      expect(run.stderr).toContain('AGENTS.md was edited by hand');
    });

    it('reports an edited file under a changed catalog as stale only', async () => {
      const header = await pullIntoCart();
      editCart(text =>
        dropDigest(text).replace('Keeps the basket.', 'Keeps it all.'),
      );

      const run = await checkCart(changedPortal);

      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `^AGENTS\\.md is stale for component:default/cart: the catalog changed \\(catalog revision ${header.catalogRevision} → \\w+\\)\\. ` +
            'Run `agent-context pull` and commit the result\\.\n$',
        ),
      );
    });
  });

  it('fails, without blaming an edit, when the portal renders the same facts differently', async () => {
    await pullIntoCart();
    const line = lineOf('http://localhost:3000');

    const run = await checkCart(movedPortal);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'AGENTS.md is stale for component:default/cart: the catalog and its conventions are unchanged, ' +
        `but the portal renders them differently now (first difference at line ${line}): the file was pulled with another --max-tokens, or the portal's output or its default budget changed. ` +
        'If it was pulled with --max-tokens, check with the same. Run `agent-context pull` and commit the result.\n',
    );
  });

  describe('a hub whose AGENTS.md the default budget shortens', () => {
    let hubPortal: TestPortal;
    const run = (command: string, ...flags: string[]) =>
      runCli([command, '--entity', LARGE_HUB_REF, ...flags], {
        cwd: checkout.root,
        env: envFor(hubPortal),
      });

    beforeAll(async () => {
      hubPortal = await startPortal(largeHubEntities());
    });

    afterAll(async () => {
      await hubPortal.stop();
    });

    it('passes when pulled and checked with the same default', async () => {
      expect((await run('pull')).code).toBe(0);
      const check = await run('check');
      expect(check.code).toBe(0);
      expect(check.stdout).toContain('AGENTS.md is up to date');
    });

    it('passes when pulled and checked with --max-tokens 0, and fails checked without it', async () => {
      expect((await run('pull', '--max-tokens', '0')).code).toBe(0);

      expect((await run('check', '--max-tokens', '0')).code).toBe(0);

      const byDefault = await run('check');
      expect(byDefault.code).toBe(1);
      expect(byDefault.stderr).toContain(
        'the catalog and its conventions are unchanged, but the portal renders them differently now',
      );
      expect(byDefault.stderr).toContain(
        'the file was pulled with another --max-tokens',
      );
    });
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
