import { execFile } from 'node:child_process';
import { CliError } from './CliError';

/** What git says about the checkout a command runs in. */
export interface GitCheckout {
  /** The remote's URL, without any credentials it embeds. */
  remoteUrl: string;
  /** The working directory relative to the repository root; '' at the root. */
  path: string;
}

/**
 * Reads the repository (from `git remote get-url <remote>`) and the folder
 * within it (from `git rev-parse --show-prefix`) for a working directory.
 * Throws CliError, saying what to do instead, when `cwd` is not in a git
 * checkout or has no such remote.
 */
export async function readGitCheckout(
  cwd: string,
  remote: string,
): Promise<GitCheckout> {
  const prefix = await git(cwd, ['rev-parse', '--show-prefix'], stderr =>
    /not a git repository/i.test(stderr)
      ? `'${cwd}' is not in a git checkout: run agent-context inside the repository, or pass --entity REF`
      : undefined,
  );
  const remoteUrl = await git(cwd, ['remote', 'get-url', remote], stderr =>
    /no such remote/i.test(stderr)
      ? `the git checkout has no remote '${remote}': name the remote with --remote NAME, or pass --entity REF`
      : undefined,
  );
  return {
    remoteUrl: withoutCredentials(remoteUrl),
    path: prefix.replace(/\/+$/, ''),
  };
}

/**
 * Drops the user and password from a URL remote. CI systems put tokens
 * there (`https://ci-token:<secret>@host/org/repo.git`), and the remote
 * travels to the portal in a query string, which servers log.
 */
export function withoutCredentials(remoteUrl: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(remoteUrl)) {
    return remoteUrl; // scp-style: `git@host:org/repo.git` carries no secret
  }
  try {
    const url = new URL(remoteUrl);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return remoteUrl;
  }
}

function git(
  cwd: string,
  args: string[],
  explain: (stderr: string) => string | undefined,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd }, (error, stdout, stderr) => {
      if (!error) {
        resolve(stdout.trim());
        return;
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(
          new CliError(
            `could not run git in '${cwd}' (git is not on PATH, or the folder does not exist): pass --entity REF to go without git`,
          ),
        );
        return;
      }
      const text = String(stderr).trim();
      reject(
        new CliError(
          explain(text) ?? `git ${args.join(' ')} failed in '${cwd}': ${text}`,
        ),
      );
    });
  });
}
