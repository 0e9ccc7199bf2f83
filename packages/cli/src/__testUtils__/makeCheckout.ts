import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary git checkout of `example/shop`. */
export interface TestCheckout {
  root: string;
  /** services/cart/src, inside the cart component's folder. */
  cartSrc: string;
  /** services/twins, claimed by two components. */
  twins: string;
  remove(): void;
}

/**
 * `git init` with origin `git@github.com:example/shop.git`, and remote
 * `upstream` naming a repository the catalog does not know.
 */
export function makeCheckout(): TestCheckout {
  // realpath: macOS's tmpdir is a symlink, and git reports resolved paths.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'agent-context-cli-')));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('remote', 'add', 'origin', 'git@github.com:example/shop.git');
  git('remote', 'add', 'upstream', 'https://github.com/example/unknown.git');
  const cartSrc = join(root, 'services/cart/src');
  const twins = join(root, 'services/twins');
  mkdirSync(cartSrc, { recursive: true });
  mkdirSync(twins, { recursive: true });
  return {
    root,
    cartSrc,
    twins,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
