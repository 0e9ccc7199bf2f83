import {
  parseRepositoryUrl,
  normalizeRepositoryPath,
} from './parseRepositoryUrl';

describe('parseRepositoryUrl', () => {
  it.each([
    ['https://github.com/Northwind/Checkout', ''],
    ['https://github.com/northwind/checkout.git', ''],
    ['git@github.com:northwind/checkout.git', ''],
    ['git@github.com:northwind/checkout', ''],
    ['ssh://git@github.com/northwind/checkout.git', ''],
    ['url:https://github.com/northwind/checkout/tree/main/', ''],
    [
      'https://github.com/northwind/checkout/blob/main/services/api/catalog-info.yaml',
      'services/api/catalog-info.yaml',
    ],
    [
      'https://github.com/northwind/checkout/tree/main/services/api/',
      'services/api',
    ],
  ])('reads %s as the same repository', (url, path) => {
    expect(parseRepositoryUrl(url)).toEqual({
      repository: 'github.com/northwind/checkout',
      path,
    });
  });

  it('keeps GitLab subgroups and reads its /-/tree/ form', () => {
    expect(
      parseRepositoryUrl(
        'https://gitlab.example.com/group/sub/repo/-/tree/main/app',
      ),
    ).toEqual({ repository: 'gitlab.example.com/group/sub/repo', path: 'app' });
  });

  it.each([
    ['not a url', "Invalid repository url 'not a url'"],
    [
      'https://github.com/only-owner',
      'expected an owner and a repository name',
    ],
    ['file:///etc/passwd', "unsupported scheme 'file:'"],
    [
      'https://github.com/northwind/%E0%A4%A',
      'its path has a malformed percent-escape',
    ],
    ['https://github.com/a\u0000/b', 'it contains control characters'],
    ['git@github.com:a/b\n', 'it contains control characters'],
  ])('rejects %s with a message naming it', (url, message) => {
    expect(() => parseRepositoryUrl(url)).toThrow(message);
  });
});

describe('normalizeRepositoryPath', () => {
  it('drops dots and surrounding slashes', () => {
    expect(normalizeRepositoryPath('./services//checkout/')).toBe(
      'services/checkout',
    );
    expect(normalizeRepositoryPath(undefined)).toBe('');
  });

  it.each(['../../etc', 'services/../../etc', '..'])(
    'refuses %s, which leaves the folder it names',
    path => {
      expect(() => normalizeRepositoryPath(path)).toThrow(
        `Invalid path '${path}': expected a folder within the repository`,
      );
    },
  );
});
