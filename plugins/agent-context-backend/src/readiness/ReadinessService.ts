import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { ReadinessQuery } from './parseReadinessQuery';
import type {
  EntityReadiness,
  ReadinessListItem,
  ReadinessPage,
} from '@agent-context/plugin-agent-context-common';

export type {
  ReadinessListItem,
  ReadinessPage,
} from '@agent-context/plugin-agent-context-common';

const nameOf = (ref: string) => ref.slice(ref.indexOf('/') + 1);

const comparators: Record<
  ReadinessQuery['sort'],
  (a: EntityReadiness, b: EntityReadiness) => number
> = {
  score: (a, b) => a.score - b.score,
  name: (a, b) => nameOf(a.entityRef).localeCompare(nameOf(b.entityRef)),
  kind: (a, b) => a.kind.localeCompare(b.kind),
};

/**
 * Readiness as a caller may see it: the index holds every entity, so each
 * answer keeps only the entities the caller may read, and one they may not
 * read is "not found" exactly like one that does not exist.
 */
export class ReadinessService {
  constructor(
    private readonly deps: {
      index: {
        all(): Promise<EntityReadiness[]>;
        get(entityRef: string): Promise<EntityReadiness | undefined>;
      };
      visibilities: {
        forCaller(credentials: BackstageCredentials): Promise<{
          visibleAmong(refs: readonly string[]): Promise<Set<string>>;
        }>;
      };
    },
  ) {}

  async list(
    query: ReadinessQuery,
    credentials: BackstageCredentials,
  ): Promise<ReadinessPage> {
    const matching = (await this.deps.index.all()).filter(
      readiness =>
        (!query.owner || readiness.owner === query.owner) &&
        (!query.system || readiness.system === query.system) &&
        (!query.kind ||
          readiness.kind.toLocaleLowerCase('en-US') === query.kind) &&
        (!query.lifecycle || readiness.lifecycle === query.lifecycle) &&
        (query.minScore === undefined || readiness.score >= query.minScore) &&
        (query.maxScore === undefined || readiness.score <= query.maxScore),
    );
    const visibility = await this.deps.visibilities.forCaller(credentials);
    const visible = await visibility.visibleAmong(
      matching.map(readiness => readiness.entityRef),
    );
    const direction = query.order === 'desc' ? -1 : 1;
    const compare = comparators[query.sort];
    const sorted = matching
      .filter(readiness => visible.has(readiness.entityRef))
      .sort(
        (a, b) =>
          direction * compare(a, b) || a.entityRef.localeCompare(b.entityRef),
      );
    return {
      items: sorted
        .slice(query.offset, query.offset + query.limit)
        .map(listItemOf),
      totalItems: sorted.length,
    };
  }

  /**
   * Every check of one entity. Throws `NotFoundError` when it does not
   * exist, is not scored, or the caller may not read it.
   */
  async forEntity(
    entityRef: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness> {
    const display = stringifyEntityRef(entityRef);
    const ref = display.toLocaleLowerCase('en-US');
    const [readiness, visibility] = await Promise.all([
      this.deps.index.get(ref),
      this.deps.visibilities.forCaller(credentials),
    ]);
    if (!readiness || !(await visibility.visibleAmong([ref])).has(ref)) {
      throw new NotFoundError(
        `No readiness for entity '${display}': it does not exist, is not of a scored kind, or may not be read`,
      );
    }
    return readiness;
  }
}

function listItemOf(readiness: EntityReadiness): ReadinessListItem {
  const { checks, ...rest } = readiness;
  return {
    ...rest,
    failed: checks.filter(check => !check.passed).map(check => check.id),
  };
}
