import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCheckout, TestCheckout } from './__testUtils__/makeCheckout';
import { readGitCheckout, withoutCredentials } from './readGitCheckout';

describe('readGitCheckout', () => {
  let checkout: TestCheckout;
  let outside: string;

  beforeAll(() => {
    checkout = makeCheckout();
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'agent-context-nogit-')));
  });

  afterAll(() => {
    checkout.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads the remote and the folder within the repository', async () => {
    await expect(readGitCheckout(checkout.cartSrc, 'origin')).resolves.toEqual({
      remoteUrl: 'git@github.com:example/shop.git',
      path: 'services/cart/src',
    });
  });

  it('gives an empty folder at the repository root', async () => {
    await expect(readGitCheckout(checkout.root, 'upstream')).resolves.toEqual({
      remoteUrl: 'https://github.com/example/unknown.git',
      path: '',
    });
  });

  it('says what to do when the remote does not exist', async () => {
    await expect(readGitCheckout(checkout.root, 'fork')).rejects.toThrow(
      "the git checkout has no remote 'fork': name the remote with --remote NAME, or pass --entity REF",
    );
  });

  it('says what to do outside a git checkout', async () => {
    await expect(readGitCheckout(outside, 'origin')).rejects.toThrow(
      `'${outside}' is not in a git checkout: run agent-context inside the repository, or pass --entity REF`,
    );
  });

  it('says what to do when the folder does not exist', async () => {
    await expect(
      readGitCheckout(join(outside, 'missing'), 'origin'),
    ).rejects.toThrow(/could not run git in .*pass --entity REF/);
  });
});

describe('withoutCredentials', () => {
  it.each([
    [
      'https://gitlab-ci-token:s3cret@gitlab.example.com/shop/cart.git',
      'https://gitlab.example.com/shop/cart.git',
    ],
    [
      'https://x-access-token@github.com/example/shop',
      'https://github.com/example/shop',
    ],
    [
      'ssh://git@github.com/example/shop.git',
      'ssh://github.com/example/shop.git',
    ],
    ['git@github.com:example/shop.git', 'git@github.com:example/shop.git'],
    [
      'https://github.com/example/shop.git',
      'https://github.com/example/shop.git',
    ],
  ])('turns %s into %s', (remote, expected) => {
    expect(withoutCredentials(remote)).toBe(expected);
  });
});
