import {
  Convention,
  ConventionConflictError,
  ConventionHistoryEntry,
  ConventionInput,
  ConventionLayer,
  ConventionResolution,
  ConventionScope,
  ConventionScopeLevel,
  ConventionScopeView,
  ConventionUpdate,
  EntityContext,
  GLOBAL_SCOPE,
  filterSubjectOf,
  findInherited,
  inheritanceProblem,
  parseConventionInput,
  resolveConventions,
  scopePathOf,
} from '@agent-context/plugin-agent-context-common';
import { InputError } from '@backstage/errors';

/** Who writes in the dev app, which has no sign-in. */
const AUTHOR = 'user:default/guest';

/** A refusal the backend answers with 422, such as overriding an enforced rule. */
function unprocessable(message: string): Error {
  return Object.assign(new Error(message), {
    name: 'EnforcedConventionError',
  });
}

/**
 * An entity's scopes, broadest first, as the backend walks them; only the
 * codex for an entity the sample does not know.
 */
export function scopePath(
  context: EntityContext | undefined,
): ConventionScopeLevel[] {
  return context
    ? scopePathOf(context)
    : [{ scope: GLOBAL_SCOPE, level: 'global' }];
}

/**
 * The conventions of the dev app, kept in memory: resolved along each
 * sample entity's scope path, written with revisions and conflicts, and
 * recorded in a history, the way the backend does (with the same
 * resolution), so that every part of the UI can be tried without one.
 */
export class InMemoryConventions {
  private readonly conventions: Convention[];
  private readonly history: ConventionHistoryEntry[] = [];

  constructor(
    initial: Convention[],
    private readonly contexts: Map<string, EntityContext>,
    /** Who may edit each scope; absent scopes are read-only. */
    private readonly editors: Map<ConventionScope, string[]>,
  ) {
    this.conventions = initial.map(convention => ({ ...convention }));
  }

  /** An entity's scopes, broadest first. */
  path(entityRef: string): ConventionScopeLevel[] {
    return scopePath(this.contexts.get(entityRef));
  }

  resolve(entityRef: string): ConventionResolution {
    const context = this.contexts.get(entityRef);
    return resolveConventions({
      entityRef,
      entity: context ? filterSubjectOf(context) : {},
      layers: this.layers(scopePath(context)),
    });
  }

  /** The conventions recorded at each scope of a path. */
  private layers(path: ConventionScopeLevel[]): ConventionLayer[] {
    return path.map(level => ({
      level,
      conventions: this.conventions.filter(c => c.scope === level.scope),
    }));
  }

  scopeView(scope: ConventionScope): ConventionScopeView {
    const editors = this.editors.get(scope);
    return {
      scope,
      conventions: this.conventions.filter(c => c.scope === scope),
      canEdit: Boolean(editors),
      editors: editors ?? [],
    };
  }

  create(scope: ConventionScope, raw: ConventionInput): Convention {
    const input = this.checkWrite(scope, raw);
    const taken = this.find(scope, input.id);
    if (taken) {
      throw new ConventionConflictError(
        `Convention '${input.id}' already exists at ${scope}`,
        taken,
      );
    }
    const now = new Date().toISOString();
    const created = this.toConvention(scope, input, {
      revision: 1,
      createdBy: AUTHOR,
      createdAt: now,
    });
    this.conventions.push(created);
    this.record(created, 'create', undefined, created);
    return created;
  }

  update(scope: ConventionScope, update: ConventionUpdate): Convention {
    const { revision, ...raw } = update;
    const input = this.checkWrite(scope, raw);
    const stored = this.current(scope, input.id, revision);
    const updated = this.toConvention(scope, input, {
      revision: stored.revision + 1,
      createdBy: stored.createdBy,
      createdAt: stored.createdAt,
    });
    this.conventions.splice(this.conventions.indexOf(stored), 1, updated);
    this.record(updated, 'update', stored, updated);
    return updated;
  }

  remove(scope: ConventionScope, id: string, revision: number): void {
    this.checkEditor(scope);
    const stored = this.current(scope, id, revision);
    this.conventions.splice(this.conventions.indexOf(stored), 1);
    this.record(stored, 'delete', stored, undefined);
  }

  historyOf(
    scope: ConventionScope,
    conventionId?: string,
  ): ConventionHistoryEntry[] {
    return this.history.filter(
      entry =>
        entry.scope === scope &&
        (conventionId === undefined || entry.conventionId === conventionId),
    );
  }

  private find(scope: ConventionScope, id: string): Convention | undefined {
    return this.conventions.find(
      c => c.scope === scope && c.id === id && c.source === 'database',
    );
  }

  /** The stored convention, if `revision` is still its revision. */
  private current(
    scope: ConventionScope,
    id: string,
    revision: number,
  ): Convention {
    const stored = this.find(scope, id);
    if (!stored) {
      throw new ConventionConflictError(
        `Convention '${id}' was deleted at ${scope}`,
      );
    }
    if (stored.revision !== revision) {
      throw new ConventionConflictError(
        `Convention '${id}' is at revision ${stored.revision}, not ${revision}`,
        stored,
      );
    }
    return stored;
  }

  private checkEditor(scope: ConventionScope): void {
    if (!this.editors.has(scope)) {
      throw Object.assign(
        new Error(`You may not edit the conventions of ${scope}`),
        { name: 'NotAllowedError' },
      );
    }
  }

  /** Validates a write as the backend does, enforced inheritance included. */
  private checkWrite(
    scope: ConventionScope,
    raw: ConventionInput,
  ): ConventionInput {
    this.checkEditor(scope);
    const input = parseConventionInput(raw);
    const broader = this.layers(
      this.path(scope).filter(level => level.scope !== scope),
    );
    const problem = inheritanceProblem(broader, input);
    if (problem) {
      throw findInherited(broader, input.id)?.enforced
        ? unprocessable(`${problem} at ${scope}`)
        : new InputError(`Invalid convention: ${problem} for ${scope}`);
    }
    return input;
  }

  private toConvention(
    scope: ConventionScope,
    input: ConventionInput,
    bookkeeping: Pick<Convention, 'revision' | 'createdBy' | 'createdAt'>,
  ): Convention {
    return {
      scope,
      source: 'database',
      action: input.action ?? 'define',
      category: input.category ?? 'rule',
      title: input.title ?? '',
      body: input.body ?? '',
      enforced: input.enforced ?? false,
      id: input.id,
      ...(input.severity && { severity: input.severity }),
      ...(input.appliesTo && { appliesTo: input.appliesTo }),
      ...(input.reason && { reason: input.reason }),
      ...bookkeeping,
      updatedBy: AUTHOR,
      updatedAt: new Date().toISOString(),
    };
  }

  private record(
    changed: Convention,
    change: ConventionHistoryEntry['change'],
    before: Convention | undefined,
    after: Convention | undefined,
  ): void {
    this.history.unshift({
      scope: changed.scope,
      conventionId: changed.id,
      revision: changed.revision,
      change,
      author: AUTHOR,
      at: new Date().toISOString(),
      before,
      after,
    });
  }
}
