import {
  AgentContextClient,
  AgentsMdDocument,
} from '@agent-context/plugin-agent-context-common';
import { CliError } from './CliError';
import { PortalConnection, TOKEN_ENV } from './parseOptions';
import { AgentsMdSource } from './resolveAgentsMdSource';

/** What the CLI calls itself in its requests. */
export const CLI_USER_AGENT = 'agent-context-cli';

/** How long a CI job waits for the portal before giving up. */
const TIMEOUT_MS = 60_000;

/** The fields of `ResponseError` (from `@backstage/errors`) read here. */
interface PortalResponseError {
  name: 'ResponseError';
  statusCode: number;
  body?: { error?: { message?: string } };
}

/**
 * Fetches the live AGENTS.md of an entity, or of the entity whose source is
 * a repository folder, through the suite's HTTP client. Failures become
 * CliErrors carrying the portal's own message (its 404 hint, its 409 list
 * of candidates) and what to do about them.
 */
export async function fetchAgentsMd(
  connection: PortalConnection,
  source: AgentsMdSource,
  options: { maxTokens?: number },
): Promise<AgentsMdDocument> {
  const client = portalClient(connection);
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    // By repository, the portal first resolves the entity, then renders its
    // AGENTS.md: the JSON form, so that the token count comes along.
    const entityRef =
      'entityRef' in source
        ? source.entityRef
        : (
            await client.getContextByRepository(
              { url: source.repositoryUrl, path: source.path },
              { signal },
            )
          ).entity.ref;
    return await client.getAgentsMd(entityRef, {
      maxTokens: options.maxTokens,
      signal,
    });
  } catch (error) {
    throw toCliError(error, connection, source);
  }
}

/**
 * The ref of the entity whose source is a repository folder, as the
 * portal's by-repository lookup finds it; failures as for fetchAgentsMd.
 */
export async function findCheckoutEntity(
  connection: PortalConnection,
  source: { repositoryUrl: string; path: string },
): Promise<string> {
  try {
    const context = await portalClient(connection).getContextByRepository(
      { url: source.repositoryUrl, path: source.path },
      { signal: AbortSignal.timeout(TIMEOUT_MS) },
    );
    return context.entity.ref;
  } catch (error) {
    throw toCliError(error, connection, source);
  }
}

/**
 * The suite's HTTP client with the CLI's token, announcing itself so that
 * the portal counts its fetches as the CLI's.
 */
function portalClient(connection: PortalConnection): AgentContextClient {
  return new AgentContextClient({
    discoveryApi: { getBaseUrl: async () => connection.apiUrl },
    fetchApi: {
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${connection.token}`);
        headers.set('User-Agent', CLI_USER_AGENT);
        return fetch(input, { ...init, headers });
      },
    },
  });
}

/** Says which entity or checkout a message is about. */
export function describeSource(source: AgentsMdSource): string {
  if ('entityRef' in source) {
    return source.entityRef;
  }
  return source.path
    ? `${source.repositoryUrl} at '${source.path}'`
    : source.repositoryUrl;
}

function toCliError(
  error: unknown,
  connection: PortalConnection,
  source: AgentsMdSource,
): unknown {
  if (isPortalResponseError(error)) {
    const status = error.statusCode;
    const message = error.body?.error?.message ?? 'no message';
    return new CliError(
      `the portal answered ${status}: ${message}${hintFor(status, source)}`,
    );
  }
  // By name, not instanceof: fetch's errors may come from another realm
  // (as under jest), where instanceof TypeError is false.
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new CliError(
      `the portal at ${connection.apiUrl} did not answer within ${
        TIMEOUT_MS / 1000
      } seconds`,
    );
  }
  if (name === 'SyntaxError') {
    return new CliError(
      `${connection.apiUrl} did not answer with Agent Context JSON: is --portal (or AGENT_CONTEXT_URL) the URL of the Backstage backend?`,
    );
  }
  if (name === 'TypeError' && (error as Error).message === 'fetch failed') {
    const cause = (error as Error).cause as NodeJS.ErrnoException | undefined;
    return new CliError(
      `could not reach the portal at ${connection.apiUrl}: ${
        cause?.code ?? cause?.message ?? 'fetch failed'
      }`,
    );
  }
  return error;
}

function hintFor(status: number, source: AgentsMdSource): string {
  if (status === 401) {
    return `\nCheck the token given with --token or ${TOKEN_ENV}.`;
  }
  if (status === 403) {
    return '\nThe token is valid but may not read this; ask the portal admins for access.';
  }
  if (status === 404 && !('entityRef' in source)) {
    return `\nLooked for ${describeSource(
      source,
    )}; to pull an entity by its ref instead, pass --entity REF.`;
  }
  if (status === 409) {
    return '\nRun agent-context in the folder of the entity you mean, or pass --entity REF.';
  }
  return '';
}

function isPortalResponseError(error: unknown): error is PortalResponseError {
  return (
    error instanceof Error &&
    error.name === 'ResponseError' &&
    typeof (error as Partial<PortalResponseError>).statusCode === 'number'
  );
}
