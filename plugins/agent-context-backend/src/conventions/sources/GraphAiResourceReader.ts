import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import { relationTargets } from '../../context/summarizeEntity';
import { ReadVisibility } from '../../visibility';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** What the reader needs of the in-process catalog graph. */
export interface AiResourceGraph {
  get(ref: string): Entity | undefined;
  refsOfKind(kind: string): string[];
}

/**
 * Where `CatalogAiResourceConventions` reads the catalog's AiResources and
 * the entities that verify them, each as the caller may read it.
 */
export interface AiResourceReader {
  /**
   * The AiResources that are part of the system or owned by one of the
   * owners (lower-case refs), as the caller may read them, by ref.
   */
  filedFor(
    scopes: { systemRef?: string; ownerRefs: string[] },
    credentials: BackstageCredentials,
  ): Promise<Entity[]>;
  /** One entity by lower-case ref, if the caller may read it. */
  entity(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined>;
}

/**
 * Reads AiResources from the in-process catalog graph instead of querying
 * the catalog by relation: on a large catalog that query, an HTTP round
 * trip back into the catalog, was most of a cold answer's time. Which of
 * them the caller may read is the same per-caller decision every answer
 * uses; it falls back to the catalog only for rules the graph cannot
 * evaluate.
 */
export class GraphAiResourceReader implements AiResourceReader {
  constructor(
    private readonly graph: AiResourceGraph,
    private readonly visibilities: {
      forCaller(credentials: BackstageCredentials): Promise<ReadVisibility>;
    },
  ) {}

  async filedFor(
    scopes: { systemRef?: string; ownerRefs: string[] },
    credentials: BackstageCredentials,
  ): Promise<Entity[]> {
    const owners = new Set(scopes.ownerRefs.map(lower));
    const system = scopes.systemRef && lower(scopes.systemRef);
    const filed = this.graph.refsOfKind('airesource').filter(ref => {
      const resource = this.graph.get(ref);
      return (
        !!resource &&
        ((!!system &&
          relationTargets(resource, RELATION_PART_OF).some(
            target => lower(target) === system,
          )) ||
          relationTargets(resource, RELATION_OWNED_BY).some(target =>
            owners.has(lower(target)),
          ))
      );
    });
    if (filed.length === 0) {
      return [];
    }
    const visibility = await this.visibilities.forCaller(credentials);
    const visible = await visibility.visibleAmong(filed);
    return filed
      .filter(ref => visible.has(ref))
      .sort()
      .map(ref => this.graph.get(ref)!);
  }

  async entity(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    const key = lower(ref);
    const entity = this.graph.get(key);
    if (!entity) {
      return undefined;
    }
    const visibility = await this.visibilities.forCaller(credentials);
    return (await visibility.visibleAmong([key])).has(key) ? entity : undefined;
  }
}
