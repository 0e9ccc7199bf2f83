import { readGitCheckout } from './readGitCheckout';

/** Where to fetch an AGENTS.md from: an entity, or a repository folder. */
export type AgentsMdSource =
  | { entityRef: string }
  | { repositoryUrl: string; path: string };

/**
 * The entity given with --entity, or else the repository and folder of the
 * git checkout the command runs in.
 */
export async function resolveAgentsMdSource(
  options: { entityRef?: string; remote: string },
  cwd: string,
): Promise<AgentsMdSource> {
  if (options.entityRef) {
    return { entityRef: options.entityRef };
  }
  const checkout = await readGitCheckout(cwd, options.remote);
  return { repositoryUrl: checkout.remoteUrl, path: checkout.path };
}
