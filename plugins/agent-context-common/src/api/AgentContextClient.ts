import {
  CompoundEntityRef,
  parseEntityRef,
  DEFAULT_NAMESPACE,
} from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  AGENT_CONTEXT_API_VERSION,
  AGENT_CONTEXT_PLUGIN_ID,
} from '../constants';
import { AgentsMdDocument, EntityContext } from '../types';
import { AgentContextApi } from './AgentContextApi';

/**
 * The parts of Backstage's discovery API the client needs. Declared here so
 * that this package stays isomorphic: both the frontend's `discoveryApi` and
 * the backend's `discovery` service satisfy it.
 *
 * @public
 */
export interface AgentContextDiscovery {
  getBaseUrl(pluginId: string): Promise<string>;
}

/**
 * A `fetch` that adds the caller's credentials, such as the frontend's
 * `fetchApi`.
 *
 * @public
 */
export interface AgentContextFetch {
  fetch: typeof fetch;
}

/**
 * HTTP client for the agent-context backend.
 *
 * @public
 */
export class AgentContextClient implements AgentContextApi {
  private readonly discoveryApi: AgentContextDiscovery;
  private readonly fetchApi: AgentContextFetch;

  constructor(options: {
    discoveryApi: AgentContextDiscovery;
    fetchApi?: AgentContextFetch;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: (...args) => fetch(...args) };
  }

  async getEntityContext(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<EntityContext> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    return this.request<EntityContext>(
      `/entities/${encodeSegments(ref)}/context`,
      options?.signal,
    );
  }

  async getAgentsMd(
    entityRef: CompoundEntityRef | string,
    options?: { maxTokens?: number; signal?: AbortSignal },
  ): Promise<AgentsMdDocument> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    const query = new URLSearchParams({ format: 'json' });
    if (options?.maxTokens !== undefined) {
      query.set('maxTokens', String(options.maxTokens));
    }
    return this.request<AgentsMdDocument>(
      `/entities/${encodeSegments(ref)}/agents.md?${query}`,
      options?.signal,
    );
  }

  async getContextByRepository(
    request: { url: string; path?: string },
    options?: { signal?: AbortSignal },
  ): Promise<EntityContext> {
    const query = new URLSearchParams({ url: request.url, format: 'json' });
    if (request.path) {
      query.set('path', request.path);
    }
    return this.request<EntityContext>(
      `/context/by-repository?${query}`,
      options?.signal,
    );
  }

  private async request<T>(path: string, signal?: AbortSignal): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(AGENT_CONTEXT_PLUGIN_ID);
    const response = await this.fetchApi.fetch(
      `${baseUrl}/${AGENT_CONTEXT_API_VERSION}${path}`,
      { headers: { Accept: 'application/json' }, signal },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

function encodeSegments(ref: CompoundEntityRef): string {
  return [ref.kind, ref.namespace || DEFAULT_NAMESPACE, ref.name]
    .map(segment => encodeURIComponent(segment.toLocaleLowerCase('en-US')))
    .join('/');
}
