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
import {
  AgentsMdDocument,
  Convention,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionResolution,
  ConventionScope,
  ConventionScopeView,
  ConventionUpdate,
  EntityContext,
  GLOBAL_SCOPE,
} from '../types';
import {
  AdoptionDetailOf,
  AdoptionList,
  AdoptionListQuery,
  AdoptionOverview,
  AdoptionRangeQuery,
} from '../adoption';
import {
  EntityReadiness,
  ReadinessListQuery,
  ReadinessPage,
} from '../readiness';
import { AgentContextApi } from './AgentContextApi';
import { ConventionConflictError } from './ConventionConflictError';

/**
 * The parts of Backstage's discovery API the client needs. Declared here so
 * that this package stays isomorphic: both the frontend's `discoveryApi` and
 * the backend's `discovery` service satisfy it.
 *
 * @public
 */
export interface AgentContextDiscovery {
  /** The base URL of a plugin's API, e.g. `…/api/agent-context`. */
  getBaseUrl(pluginId: string): Promise<string>;
}

/**
 * A `fetch` that adds the caller's credentials, such as the frontend's
 * `fetchApi`.
 *
 * @public
 */
export interface AgentContextFetch {
  /** Sends a request with the caller's credentials attached. */
  fetch: typeof fetch;
}

/** The API path of a scope: the org codex, or an entity's own conventions. */
function scopePath(scope: ConventionScope): string {
  if (scope === GLOBAL_SCOPE) {
    return '/conventions/global';
  }
  return `/conventions/entities/${encodeSegments(parseEntityRef(scope))}`;
}

/**
 * HTTP client for the agent-context backend.
 *
 * @public
 */
export class AgentContextClient implements AgentContextApi {
  private readonly discoveryApi: AgentContextDiscovery;
  private readonly fetchApi: AgentContextFetch;

  /** `fetchApi` defaults to the global `fetch`, which sends no credentials. */
  constructor(options: {
    discoveryApi: AgentContextDiscovery;
    fetchApi?: AgentContextFetch;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: (...args) => fetch(...args) };
  }

  /** {@inheritDoc AgentContextApi.getEntityContext} */
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

  /** {@inheritDoc AgentContextApi.getAgentsMd} */
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

  /** {@inheritDoc AgentContextApi.getContextByRepository} */
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

  /** {@inheritDoc AgentContextApi.getConventionResolution} */
  async getConventionResolution(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<ConventionResolution> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    return this.request<ConventionResolution>(
      `/entities/${encodeSegments(ref)}/conventions`,
      options?.signal,
    );
  }

  /** {@inheritDoc AgentContextApi.getConventionScope} */
  async getConventionScope(
    scope: ConventionScope,
    options?: { signal?: AbortSignal },
  ): Promise<ConventionScopeView> {
    return this.request<ConventionScopeView>(scopePath(scope), options?.signal);
  }

  /** {@inheritDoc AgentContextApi.createConvention} */
  async createConvention(
    scope: ConventionScope,
    input: ConventionInput,
  ): Promise<Convention> {
    return this.request<Convention>(scopePath(scope), undefined, {
      method: 'POST',
      body: input,
    });
  }

  /** {@inheritDoc AgentContextApi.updateConvention} */
  async updateConvention(
    scope: ConventionScope,
    update: ConventionUpdate,
  ): Promise<Convention> {
    return this.request<Convention>(
      `${scopePath(scope)}/${encodeURIComponent(update.id)}`,
      undefined,
      { method: 'PUT', body: update },
    );
  }

  /** {@inheritDoc AgentContextApi.deleteConvention} */
  async deleteConvention(
    scope: ConventionScope,
    id: string,
    revision: number,
  ): Promise<void> {
    await this.request<void>(
      `${scopePath(scope)}/${encodeURIComponent(id)}?revision=${revision}`,
      undefined,
      { method: 'DELETE' },
    );
  }

  /** {@inheritDoc AgentContextApi.getConventionHistory} */
  async getConventionHistory(
    scope: ConventionScope,
    options?: { conventionId?: string; signal?: AbortSignal },
  ): Promise<{ entries: ConventionHistoryEntry[] }> {
    const query = options?.conventionId
      ? `?${new URLSearchParams({ conventionId: options.conventionId })}`
      : '';
    return this.request<{ entries: ConventionHistoryEntry[] }>(
      `${scopePath(scope)}/history${query}`,
      options?.signal,
    );
  }

  /** {@inheritDoc AgentContextApi.getAdoptionOverview} */
  async getAdoptionOverview(
    query?: AdoptionRangeQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionOverview> {
    return this.request<AdoptionOverview>(
      `/adoption/overview${queryString(query)}`,
      options?.signal,
    );
  }

  /** {@inheritDoc AgentContextApi.listAdoptionTeams} */
  async listAdoptionTeams(
    query?: AdoptionListQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionList> {
    return this.request<AdoptionList>(
      `/adoption/teams${queryString(query)}`,
      options?.signal,
    );
  }

  /** {@inheritDoc AgentContextApi.listAdoptionEntities} */
  async listAdoptionEntities(
    query?: AdoptionListQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionList> {
    return this.request<AdoptionList>(
      `/adoption/entities${queryString(query)}`,
      options?.signal,
    );
  }

  /** {@inheritDoc AgentContextApi.getEntityAdoption} */
  async getEntityAdoption(
    entityRef: CompoundEntityRef | string,
    query?: AdoptionRangeQuery,
    options?: { signal?: AbortSignal },
  ): Promise<AdoptionDetailOf> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    return this.request<AdoptionDetailOf>(
      `/adoption/entities/${encodeSegments(ref)}${queryString(query)}`,
      options?.signal,
    );
  }

  /** {@inheritDoc AgentContextApi.listReadiness} */
  async listReadiness(
    query?: ReadinessListQuery,
    options?: { signal?: AbortSignal },
  ): Promise<ReadinessPage> {
    return this.request<ReadinessPage>(
      `/readiness${queryString(query)}`,
      options?.signal,
    );
  }

  /** {@inheritDoc AgentContextApi.getEntityReadiness} */
  async getEntityReadiness(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<EntityReadiness> {
    const ref =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    return this.request<EntityReadiness>(
      `/entities/${encodeSegments(ref)}/readiness`,
      options?.signal,
    );
  }

  private async request<T>(
    path: string,
    signal?: AbortSignal,
    write?: { method: 'POST' | 'PUT' | 'DELETE'; body?: unknown },
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(AGENT_CONTEXT_PLUGIN_ID);
    const hasBody = write?.body !== undefined;
    const response = await this.fetchApi.fetch(
      `${baseUrl}/${AGENT_CONTEXT_API_VERSION}${path}`,
      {
        method: write?.method ?? 'GET',
        headers: {
          Accept: 'application/json',
          ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
        },
        body: hasBody ? JSON.stringify(write.body) : undefined,
        signal,
      },
    );
    if (response.status === 409 && write) {
      throw await ConventionConflictError.fromResponse(response);
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }
}

function encodeSegments(ref: CompoundEntityRef): string {
  return [ref.kind, ref.namespace || DEFAULT_NAMESPACE, ref.name]
    .map(segment => encodeURIComponent(segment.toLocaleLowerCase('en-US')))
    .join('/');
}

/** `?a=1&b=2` of the fields that are set, or '' when none is. */
function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') {
      params.set(name, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
