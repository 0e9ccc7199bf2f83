import {
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Convention,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionResolution,
  ConventionScope,
  ConventionScopeView,
  ContextPlacement,
  GLOBAL_SCOPE,
  filterSubjectOf,
  findInherited,
  inheritanceProblem,
  parseConventionInput,
  resolveConventions,
  scopePathOf,
  UnverifiedCatalogResource,
} from '@agent-context/plugin-agent-context-common';
import { Request } from 'express';
import { PlacementService } from '../answers/ContextAnswers';
import { ConventionEditors } from './ConventionEditors';
import { ConventionLayers, scopeLevelOf } from './ConventionLayers';
import { EnforcedConventionError } from './EnforcedConventionError';
import { neutralizeResolution } from './neutralizeResolution';
import { scopesAbove } from './scopesAbove';
import { CONVENTIONS_ANNOTATION, RepositoryConventionsReader } from './sources';
import { ConventionWriteConflictError } from './store';
import {
  ConventionStore,
  RepositoryConventionsStore,
  StoredRepositoryConventions,
} from './types';

/** What every write is told besides its payload. */
export interface ConventionWriteOptions {
  credentials: BackstageCredentials;
  /** The HTTP request, for the audit event; absent for non-HTTP callers. */
  request?: Request;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** Revisions are 32-bit integer columns; no stored one is ever larger. */
const MAX_REVISION = 2 ** 31 - 1;

/**
 * `revision` as sent by a client: a whole number from 1, or its decimal
 * digits in a query string, else a 400. `Number()` alone would also read
 * '0x2', ' 2' and '2e0' as revision 2, and so act on a revision nobody named.
 */
export function parseRevision(raw: unknown): number {
  const value =
    typeof raw === 'string' && /^[0-9]+$/.test(raw) ? Number(raw) : raw;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_REVISION
  ) {
    throw new InputError(
      `Invalid revision '${String(
        raw,
      )}': name the revision you read, a whole number from 1 to ${MAX_REVISION}`,
    );
  }
  return value;
}

/**
 * Reads and writes the codex. Reads resolve an entity's conventions along
 * its scope path; writes check the caller may edit the scope, refuse what
 * the codex forbids there (duplicates of read-only conventions, overrides
 * and waivers of enforced ones, waivers of nothing), store with optimistic
 * concurrency, and leave an audit event either way.
 */
export class ConventionsService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      /** Where scopes stand: what a write's checks inherit from. */
      placements: PlacementService;
      layers: ConventionLayers;
      editors: ConventionEditors;
      store: ConventionStore;
      repositoryStore: RepositoryConventionsStore;
      auditor: AuditorService;
      /** Told of every write, so this replica's answers drop it at once. */
      scopeChanges?: { announce(scopes: string[]): void };
      /** Reads a conventions-as-code file the schedule has not seen yet. */
      repositoryReader?: Pick<RepositoryConventionsReader, 'refreshEntity'>;
    },
  ) {}

  /** Resolves conventions for an entity whose context is already known. */
  async resolveFor(
    context: ContextPlacement,
    credentials: BackstageCredentials,
  ): Promise<ConventionResolution> {
    const path = scopePathOf(context);
    const { layers, skills } = await this.deps.layers.gather(path, credentials);
    return neutralizeResolution(
      resolveConventions({
        entityRef: lower(context.entity.ref),
        entity: filterSubjectOf(context),
        layers,
        skills,
        sourcePrecedence: this.deps.layers.sourcePrecedence,
      }),
    );
  }

  async getScope(
    scope: ConventionScope,
    credentials: BackstageCredentials,
  ): Promise<ConventionScopeView> {
    const scopeEntity = await this.scopeEntity(scope, credentials);
    const repository = await this.conventionsFileOf(scope, scopeEntity);
    const [{ conventions, unverified }, canEdit] = await Promise.all([
      this.recordedAt(scope, credentials),
      this.deps.editors.canEdit(scope, scopeEntity, credentials),
    ]);
    return {
      scope,
      conventions,
      canEdit,
      editors: this.deps.editors.editorsOf(scope, scopeEntity),
      ...(unverified.length > 0 ? { unverified } : {}),
      ...(repository
        ? {
            repository: {
              location: repository.location,
              lastCheckedAt: repository.lastCheckedAt,
              ...(repository.lastGoodAt
                ? { lastGoodAt: repository.lastGoodAt }
                : {}),
              ...(repository.error ? { error: repository.error } : {}),
            },
          }
        : {}),
    };
  }

  async history(
    scope: ConventionScope,
    options: { conventionId?: string; credentials: BackstageCredentials },
  ): Promise<ConventionHistoryEntry[]> {
    await this.scopeEntity(scope, options.credentials);
    return this.deps.store.history(scope, {
      conventionId: options.conventionId,
    });
  }

  async create(
    scope: ConventionScope,
    body: unknown,
    options: ConventionWriteOptions,
  ): Promise<Convention> {
    const conventionId = String((body as { id?: unknown } | null)?.id ?? '');
    return this.audited(
      'create',
      scope,
      conventionId,
      options,
      async author => {
        const input = await this.prepareWrite(
          scope,
          parseConventionInput(body),
          options.credentials,
        );
        return this.deps.store.create(scope, input, author).catch(error => {
          if (error instanceof ConventionWriteConflictError) {
            throw new InputError(
              `Invalid convention: id '${input.id}' already exists at ${scope}${
                error.current ? ` (revision ${error.current.revision})` : ''
              }; update it instead`,
            );
          }
          throw error;
        });
      },
    );
  }

  async update(
    scope: ConventionScope,
    id: string,
    body: unknown,
    options: ConventionWriteOptions,
  ): Promise<Convention> {
    // The path names the convention written, whatever the body says.
    return this.audited('update', scope, id, options, async author => {
      const { revision, ...fields } = (body ?? {}) as Record<string, unknown>;
      const expected = parseRevision(revision);
      const input = parseConventionInput(fields);
      if (input.id !== id) {
        throw new InputError(
          `Invalid convention: id '${input.id}' differs from '${id}' in the path; ids cannot be changed, create a new convention instead`,
        );
      }
      return this.deps.store.update(
        scope,
        await this.prepareWrite(scope, input, options.credentials),
        expected,
        author,
      );
    });
  }

  async delete(
    scope: ConventionScope,
    id: string,
    rawRevision: unknown,
    options: ConventionWriteOptions,
  ): Promise<Convention> {
    return this.audited('delete', scope, id, options, async author => {
      const expected = parseRevision(rawRevision);
      const scopeEntity = await this.scopeEntity(scope, options.credentials);
      await this.deps.editors.assertCanEdit(
        scope,
        scopeEntity,
        options.credentials,
      );
      return this.deps.store.delete(scope, id, expected, author);
    });
  }

  /**
   * Every convention recorded at the scope, from every source, in the
   * order resolution reads them.
   */
  private async conventionsAt(
    scope: ConventionScope,
    credentials: BackstageCredentials,
  ): Promise<Convention[]> {
    return (await this.recordedAt(scope, credentials)).conventions;
  }

  /** The scope's conventions, and the catalog resources refused there. */
  private async recordedAt(
    scope: ConventionScope,
    credentials: BackstageCredentials,
  ): Promise<{
    conventions: Convention[];
    unverified: UnverifiedCatalogResource[];
  }> {
    const { layers, unverified } = await this.deps.layers.gather(
      [scopeLevelOf(scope)],
      credentials,
    );
    return {
      conventions: layers[0].conventions,
      unverified: unverified.filter(resource => resource.scope === scope),
    };
  }

  /**
   * The scope's conventions-as-code file as last read. An entity whose file
   * nobody has read yet (registered since the last scheduled refresh) is
   * read now, so its owner does not see an empty scope for minutes.
   */
  private async conventionsFileOf(
    scope: ConventionScope,
    scopeEntity: Entity | undefined,
  ): Promise<StoredRepositoryConventions | undefined> {
    if (!scopeEntity) {
      return undefined;
    }
    const { repositoryReader, repositoryStore } = this.deps;
    const stored = (await repositoryStore.get([scope])).get(scope);
    if (
      stored ||
      !repositoryReader ||
      !scopeEntity.metadata.annotations?.[CONVENTIONS_ANNOTATION]
    ) {
      return stored;
    }
    await repositoryReader.refreshEntity(scopeEntity);
    return (await repositoryStore.get([scope])).get(scope);
  }

  /**
   * The scope's entity as the caller may read it; 404 for scopes the caller
   * cannot see, exactly as for a missing entity.
   */
  private async scopeEntity(
    scope: ConventionScope,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    if (scope === GLOBAL_SCOPE) {
      return undefined;
    }
    const entity = await this.deps.catalog.getEntityByRef(scope, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity '${scope}' found`);
    }
    return entity;
  }

  /**
   * Checks a write and completes it. Refused whoever writes it: an id a
   * read-only source already uses at the scope, an override or waiver of an
   * enforced inherited convention, and a waiver with nothing to waive. A
   * waiver is stored with the category and title of what it waives, so the
   * history reads well even after the inherited convention is gone.
   */
  private async prepareWrite(
    scope: ConventionScope,
    input: ConventionInput,
    credentials: BackstageCredentials,
  ): Promise<ConventionInput> {
    const scopeEntity = await this.scopeEntity(scope, credentials);
    await this.deps.editors.assertCanEdit(scope, scopeEntity, credentials);

    const readOnlyTwin = (await this.conventionsAt(scope, credentials)).find(
      convention =>
        convention.source !== 'database' && convention.id === input.id,
    );
    if (readOnlyTwin) {
      throw new InputError(
        `Invalid convention: id '${input.id}' is already used at ${scope} by a convention kept in ${readOnlyTwin.source} (${readOnlyTwin.location}); edit it there, or choose another id`,
      );
    }

    const inherited = await this.inherited(scopeEntity, credentials);
    const precedence = {
      sourcePrecedence: this.deps.layers.sourcePrecedence,
    };
    const above = findInherited(inherited, input.id, precedence);
    const problem = inheritanceProblem(inherited, input, precedence);
    if (problem) {
      throw above?.enforced
        ? new EnforcedConventionError(`${problem} at ${scope}`)
        : new InputError(`Invalid convention: ${problem} for ${scope}`);
    }
    if (input.action !== 'waive' || !above) {
      return input;
    }
    return {
      ...input,
      category: above.category,
      title: above.title,
      body: '',
      ...(above.severity ? { severity: above.severity } : {}),
    };
  }

  /** The layers a scope inherits from: its own path without itself. */
  private async inherited(
    scopeEntity: Entity | undefined,
    credentials: BackstageCredentials,
  ) {
    if (!scopeEntity) {
      return [];
    }
    const path = await scopesAbove(scopeEntity, this.deps, credentials);
    return (await this.deps.layers.gather(path, credentials)).layers;
  }

  /** Runs a write inside an audit event that records how it ended. */
  private async audited<T extends Convention>(
    action: 'create' | 'update' | 'delete',
    scope: ConventionScope,
    conventionId: string,
    options: ConventionWriteOptions,
    write: (author: string) => Promise<T>,
  ): Promise<T> {
    const event = await this.deps.auditor.createEvent({
      eventId: 'convention-write',
      severityLevel: scope === GLOBAL_SCOPE ? 'high' : 'medium',
      request: options.request,
      meta: { action, scope, conventionId },
    });
    try {
      const author = authorOf(options.credentials);
      const result = await write(author);
      this.deps.scopeChanges?.announce([scope]);
      await event.success({ meta: { revision: result.revision } });
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }
}

/** Who a write is recorded as: the user, or the service that sent it. */
function authorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? principal.type;
}
