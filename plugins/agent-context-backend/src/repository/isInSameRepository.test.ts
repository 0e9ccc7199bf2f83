import { isInSameRepository } from './isInSameRepository';

describe('isInSameRepository', () => {
  const github =
    'https://github.com/northwind/checkout/blob/main/catalog-info.yaml';
  const gitlab =
    'https://gitlab.example.com/group/sub/checkout/-/blob/main/catalog-info.yaml';

  it.each([
    [
      'a file next to the catalog file',
      github,
      'https://github.com/northwind/checkout/blob/main/skills/pr/SKILL.md',
    ],
    [
      'another branch',
      github,
      'https://github.com/northwind/checkout/tree/release/skills/pr/SKILL.md',
    ],
    [
      'the host and owner in other case',
      github,
      'https://GitHub.com/Northwind/Checkout/blob/main/SKILL.md',
    ],
    [
      'the other scheme',
      github,
      'http://github.com/northwind/checkout/blob/main/SKILL.md',
    ],
    [
      'a dot-dot that stays inside',
      github,
      'https://github.com/northwind/checkout/blob/main/skills/../SKILL.md',
    ],
    [
      'a GitLab subgroup project',
      gitlab,
      'https://gitlab.example.com/group/sub/checkout/-/blob/main/skills/SKILL.md',
    ],
  ])('accepts %s', (_, base, url) => {
    expect(isInSameRepository(url, base)).toBe(true);
  });

  it.each([
    [
      'another repository',
      github,
      'https://github.com/northwind/payments/blob/main/SKILL.md',
    ],
    [
      'a repository whose name starts the same',
      github,
      'https://github.com/northwind/checkout-evil/blob/main/SKILL.md',
    ],
    [
      'another owner',
      github,
      'https://github.com/southwind/checkout/blob/main/SKILL.md',
    ],
    [
      'another host',
      github,
      'https://github.evil.example/northwind/checkout/blob/main/SKILL.md',
    ],
    [
      'a host that ends the same',
      github,
      'https://evilgithub.com/northwind/checkout/blob/main/SKILL.md',
    ],
    [
      'another port',
      github,
      'https://github.com:8443/northwind/checkout/blob/main/SKILL.md',
    ],
    [
      'dot-dot segments out of the repository',
      github,
      'https://github.com/northwind/checkout/../payments/blob/main/SKILL.md',
    ],
    [
      'escaped dot-dot segments out of the repository',
      github,
      'https://github.com/northwind/checkout/blob/main/%2e%2e/%2E%2E/%2e%2e/payments/blob/main/SKILL.md',
    ],
    [
      'an escaped slash',
      github,
      'https://github.com/northwind/checkout/blob/main/..%2F..%2F..%2Fpayments%2Fblob%2Fmain%2FSKILL.md',
    ],
    [
      'an escaped slash in the repository name',
      github,
      'https://github.com/northwind/checkout%2F..%2Fpayments/blob/main/SKILL.md',
    ],
    [
      'an escaped backslash',
      github,
      'https://github.com/northwind/checkout/blob/main/..%5C..%5Cpayments%5CSKILL.md',
    ],
    [
      'a twice-escaped dot-dot',
      github,
      'https://github.com/northwind/checkout/blob/main/%252e%252e/SKILL.md',
    ],
    [
      'a parent GitLab group',
      gitlab,
      'https://gitlab.example.com/group/sub/-/blob/main/SKILL.md',
    ],
    ['a non-http URL', github, 'file:///etc/passwd'],
    ['something that is not a URL', github, 'not a url'],
    ['a URL naming no repository', github, 'https://github.com/northwind'],
  ])('refuses %s', (_, base, url) => {
    expect(isInSameRepository(url, base)).toBe(false);
  });

  it('refuses everything when the base names no repository', () => {
    expect(
      isInSameRepository(
        'https://example.com/skills/SKILL.md',
        'https://example.com/catalog-info.yaml',
      ),
    ).toBe(false);
  });
});
