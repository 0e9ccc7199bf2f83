import { LoggerService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EntityContext,
  EntityReadinessSummary,
} from '@agent-context/plugin-agent-context-common';
import { EntityContextRequestOptions, EntityContextService } from '../context';
import { contentHashOf } from '../context/contextDigest';
import { EntityReadiness } from './ReadinessScorer';

/** The compact form a context carries: the score and what to fix. */
export function readinessSummaryOf(
  readiness: EntityReadiness,
): EntityReadinessSummary {
  return {
    score: readiness.score,
    failed: readiness.checks
      .filter(check => !check.passed)
      .map(({ id, title, fix }) => ({ id, title, fix })),
  };
}

/**
 * Adds the readiness summary to each context. It reads only the entity's
 * own facts, its conventions and its usage, which the shared answer is
 * already keyed by or refreshed for (the index tells the answers of the
 * entities whose summary changed), so a shared answer stays one answer for
 * every caller who may read the entity.
 */
export class ReadinessContextService implements EntityContextService {
  constructor(
    private readonly inner: EntityContextService,
    private readonly index: {
      get(entityRef: string): Promise<EntityReadiness | undefined>;
    },
    private readonly logger: LoggerService,
  ) {}

  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: EntityContextRequestOptions,
  ): Promise<EntityContext> {
    const [context, readiness] = await Promise.all([
      this.inner.getEntityContext(entityRef, options),
      // A failed scoring leaves the summary out rather than failing the
      // context; the index retries on its next read.
      this.index.get(stringifyEntityRef(entityRef)).catch(error => {
        this.logger.warn(`Readiness left out of a context: ${error}`);
        return undefined;
      }),
    ]);
    if (!readiness) {
      return context;
    }
    const { metadata, ...content } = context;
    const withReadiness = {
      ...content,
      readiness: readinessSummaryOf(readiness),
    };
    return {
      ...withReadiness,
      metadata: {
        ...metadata,
        contentHash: contentHashOf({
          ...withReadiness,
          catalogRevision: metadata.catalogRevision,
          conventionsRevision: metadata.conventionsRevision,
        }),
      },
    };
  }
}
