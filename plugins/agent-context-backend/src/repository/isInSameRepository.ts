import { parseRepositoryUrl } from './parseRepositoryUrl';

/**
 * Percent-escapes that change what a path means to a server that decodes
 * it: a slash, a backslash, a dot, and the percent sign itself (a path
 * escaped twice and decoded twice). A file in a repository never needs
 * them, and a path holding one could be read by the file host as another
 * path than the one compared here.
 */
const PATH_CHANGING_ESCAPE = /%(?:2f|5c|2e|25)/i;

/** The URL, if it is an http(s) URL whose path can be compared as it is. */
function comparableUrl(raw: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return undefined;
  }
  return PATH_CHANGING_ESCAPE.test(url.pathname) ? undefined : url;
}

/** `host/owner/repo`, as parseRepositoryUrl names the repository. */
function repositoryOf(url: URL): string | undefined {
  try {
    return parseRepositoryUrl(url.toString()).repository;
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` names a file in the same repository as `base`: the same
 * host and port (whatever the scheme; the URL parser lower-cases the host)
 * and the same repository path, as parseRepositoryUrl derives it per
 * provider shape (GitHub's and Bitbucket's `owner/repo`, GitLab's groups
 * and subgroups).
 *
 * Compared on the parsed URLs, after the URL parser has resolved `.` and
 * `..` segments (escaped ones too), never on the strings: `org/repo-evil`
 * and `org/repo/../other` are other repositories. A URL with a
 * path-changing escape (see above) is in no repository.
 */
export function isInSameRepository(url: string, base: string): boolean {
  const target = comparableUrl(url);
  const origin = comparableUrl(base);
  if (!target || !origin) {
    return false;
  }
  const repository = repositoryOf(target);
  return (
    repository !== undefined &&
    repository === repositoryOf(origin) &&
    // parseRepositoryUrl leaves the port out, as an ssh and an https URL of
    // one repository must match there; here another port is another server.
    target.port === origin.port
  );
}
