import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  BuiltInConventionSourceId,
  ContextSkill,
  Convention,
  ConventionScopeLevel,
  UnverifiedCatalogResource,
} from '@agent-context/plugin-agent-context-common';

/**
 * What a convention source is asked for: the scopes of one entity's path,
 * or a single scope read on its own (its view, a write's checks).
 *
 * @public
 */
export interface ConventionSourceRequest {
  /**
   * The scopes, broadest first: `global`, then full lower-case entity refs
   * (`system:default/checkout`), each with its level. A system, domain or
   * group read on its own stands at the `entity` level.
   */
  path: ConventionScopeLevel[];
  /**
   * Who asks, as the catalog should see them. Read the catalog (or
   * anything else that has permissions) with these, so that nobody is
   * given a convention from an entity they may not read.
   */
  credentials: BackstageCredentials;
}

/**
 * What a convention source holds for the scopes it was asked about.
 *
 * @public
 */
export interface ConventionSourceResult {
  /**
   * The source's conventions at the requested scopes, each with its
   * `scope`. Entries at other scopes are ignored, and each entry's `source`
   * is set to the source's id: a source cannot pass its entries off as
   * another's (such as the editable `database`). `readConventionEntries`
   * validates entries written by people the way app-config and files are.
   */
  conventions: Convention[];
  /** AI skills for these scopes, listed in the context. */
  skills?: ContextSkill[];
  /**
   * Entries that name one of the scopes but were not applied there, with
   * the reason; the scope's view shows them to its editors.
   */
  unverified?: UnverifiedCatalogResource[];
}

/**
 * A place conventions are kept. The suite's four (app-config, the
 * catalog's `AiResource` rules, conventions-as-code files and its
 * database) are sources too; a backend module adds its own through
 * `agentContextConventionSourcesExtensionPoint`. Every source feeds the
 * same resolution: its conventions override, waive and are enforced along
 * an entity's scope path as any other's. Only the `database` source is
 * edited through the suite; every other source's conventions are shown
 * read-only, with their `location`.
 *
 * @public
 */
export interface ConventionSource {
  /**
   * Stable id, recorded as the `source` of each of its conventions and
   * shown to readers: lower-case letters, digits and single dashes, at
   * most 32 characters (`handbook`). Unique among the installed sources.
   */
  readonly id: string;
  /**
   * Which entry is used when two sources record the same id at one scope:
   * the one whose source has the lower precedence (the other is reported
   * as a conflict). The built-in sources stand at
   * `BUILT_IN_CONVENTION_SOURCE_PRECEDENCE`; a whole number from 0 to
   * 10,000.
   */
  readonly precedence: number;
  /**
   * The source's conventions at the scopes of a path. Called for every
   * context, AGENTS.md and conventions request, and a failure fails the
   * request (an entity's rules are never served with some silently
   * missing): keep it fast and keep the last good version of whatever can
   * fail to read.
   */
  conventionsFor(
    request: ConventionSourceRequest,
  ): Promise<ConventionSourceResult>;
  /**
   * Every convention the source holds, at any scope, for the codex export
   * (which keeps the scopes the caller may read). Leave it out to keep the
   * source's conventions out of the export, as the catalog's rules are,
   * which are exported by the catalog where they live.
   */
  listAll?(options: {
    credentials: BackstageCredentials;
  }): Promise<Convention[]>;
}

/**
 * The precedence of the suite's own sources: what an administrator ships
 * in app-config first, then the catalog's rules, conventions as code, and
 * what was typed into the portal. A module's source takes a number among
 * them, e.g. 150 to win over the catalog but not over app-config.
 *
 * @public
 */
export const BUILT_IN_CONVENTION_SOURCE_PRECEDENCE: Readonly<
  Record<BuiltInConventionSourceId, number>
> = {
  config: 100,
  catalog: 200,
  repository: 300,
  database: 400,
};
