import { InputError } from '@backstage/errors';

/**
 * A repository named the same way whichever URL form named it: host and
 * path in lower case, without `.git`, plus the folder within it, if the URL
 * pointed into one (`/tree/<branch>/...`, `/blob/...`, `/-/tree/...`).
 */
export interface RepositoryLocation {
  /** e.g. `github.com/northwind-commerce/checkout` */
  repository: string;
  /** Folder within the repository, no leading or trailing slash; '' for the root. */
  path: string;
}

// `git@github.com:org/repo.git`: scp-style, what `git remote -v` usually shows.
const SCP_STYLE = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/;

/**
 * Normalises an https, ssh or scp-style repository URL. Throws `InputError`
 * for anything that names no repository.
 */
export function parseRepositoryUrl(raw: string): RepositoryLocation {
  // No git remote holds control characters; a NUL would otherwise be
  // matched against the catalog as part of a repository name.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) {
    throw new InputError(
      `Invalid repository url '${raw}': it contains control characters`,
    );
  }
  const text = raw.trim().replace(/^url:/, '');
  let host: string;
  let pathname: string;
  const scp = SCP_STYLE.exec(text);
  if (scp && !text.includes('://')) {
    host = scp[1];
    pathname = scp[2];
  } else {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new InputError(
        `Invalid repository url '${raw}': expected an https, ssh or scp-style git URL`,
      );
    }
    if (
      !['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(url.protocol)
    ) {
      throw new InputError(
        `Invalid repository url '${raw}': unsupported scheme '${url.protocol}'`,
      );
    }
    host = url.hostname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      throw new InputError(
        `Invalid repository url '${raw}': its path has a malformed percent-escape`,
      );
    }
  }

  const segments = pathname.split('/').filter(Boolean);
  // Everything after a tree/blob marker is branch and folder, not repository.
  const marker = segments.findIndex(
    (s, i) =>
      i >= 2 && (s === 'tree' || s === 'blob' || s === 'src' || s === '-'),
  );
  const repoSegments = marker === -1 ? segments : segments.slice(0, marker);
  let rest = marker === -1 ? [] : segments.slice(marker + 1);
  if (rest[0] === 'tree' || rest[0] === 'blob') {
    rest = rest.slice(1); // GitLab's `/-/tree/<branch>/...`
  }
  if (repoSegments.length < 2) {
    throw new InputError(
      `Invalid repository url '${raw}': expected an owner and a repository name in the path`,
    );
  }
  const repoPath = repoSegments
    .join('/')
    .replace(/\.git$/i, '')
    .toLocaleLowerCase('en-US');
  return {
    repository: `${host.toLocaleLowerCase('en-US')}/${repoPath}`,
    // The first segment after tree/blob is the branch.
    path: normalizeRepositoryPath(rest.slice(1).join('/')),
  };
}

/**
 * `./services/checkout/` → `services/checkout`. A `..` segment is refused:
 * it would name a folder outside the repository, or one spelt two ways.
 */
export function normalizeRepositoryPath(path: string | undefined): string {
  const segments = (path ?? '')
    .split('/')
    .filter(segment => segment && segment !== '.');
  if (segments.includes('..')) {
    throw new InputError(
      `Invalid path '${path}': expected a folder within the repository, relative to its root and without '..'`,
    );
  }
  return segments.join('/');
}
