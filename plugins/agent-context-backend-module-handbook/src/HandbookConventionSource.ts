import {
  Convention,
  ConventionScopeLevel,
} from '@agent-context/plugin-agent-context-common';
import {
  ConventionSource,
  ConventionSourceResult,
} from '@agent-context/plugin-agent-context-node';
import { HANDBOOK_SOURCE_ID } from './readHandbook';

/**
 * After app-config (100), before the catalog's rules (200): the handbook
 * is shipped by the same people who ship the portal's configuration.
 *
 * @public
 */
export const DEFAULT_HANDBOOK_PRECEDENCE = 150;

/**
 * The handbook read at startup, as a convention source: read-only
 * conventions at the scopes its files name, exported with the codex.
 *
 * @public
 */
export class HandbookConventionSource implements ConventionSource {
  /** `handbook`, each of its conventions' `source`. */
  readonly id = HANDBOOK_SOURCE_ID;

  /** Against other sources at the same scope and id: the lower wins. */
  readonly precedence: number;

  /**
   * @param conventions - the handbook, as `readHandbook` read it
   * @param precedence - default `DEFAULT_HANDBOOK_PRECEDENCE`
   */
  constructor(
    private readonly conventions: Convention[],
    precedence: number = DEFAULT_HANDBOOK_PRECEDENCE,
  ) {
    this.precedence = precedence;
  }

  /** The handbook's conventions at the scopes of the path. */
  async conventionsFor(request: {
    path: ConventionScopeLevel[];
  }): Promise<ConventionSourceResult> {
    const scopes = new Set(request.path.map(level => level.scope));
    return {
      conventions: this.conventions.filter(convention =>
        scopes.has(convention.scope),
      ),
    };
  }

  /** The whole handbook, for the codex export. */
  async listAll(): Promise<Convention[]> {
    return this.conventions;
  }
}
