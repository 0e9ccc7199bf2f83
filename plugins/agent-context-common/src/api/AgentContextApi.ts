import { CompoundEntityRef } from '@backstage/catalog-model';
import { AgentsMdDocument, EntityContext } from '../types';

/**
 * Read access to the agent context of catalog entities.
 *
 * @public
 */
export interface AgentContextApi {
  /**
   * The context of one entity. Rejects with a `ResponseError` whose
   * `statusCode` is 404 when the entity does not exist or the caller may not
   * read it.
   */
  getEntityContext(
    entityRef: CompoundEntityRef | string,
    options?: { signal?: AbortSignal },
  ): Promise<EntityContext>;

  /**
   * The entity's AGENTS.md, with its token count. `maxTokens` trims the
   * lowest-priority material first and the document says what it left out.
   */
  getAgentsMd(
    entityRef: CompoundEntityRef | string,
    options?: { maxTokens?: number; signal?: AbortSignal },
  ): Promise<AgentsMdDocument>;

  /**
   * The context of the entity whose source is the given repository (and,
   * for a monorepo, the folder `path` in it). 404 when no entity matches,
   * 409 when several match equally well.
   */
  getContextByRepository(
    request: { url: string; path?: string },
    options?: { signal?: AbortSignal },
  ): Promise<EntityContext>;
}
