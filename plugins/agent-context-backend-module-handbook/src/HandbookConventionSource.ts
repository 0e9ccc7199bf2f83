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
 */
export const DEFAULT_HANDBOOK_PRECEDENCE = 150;

/**
 * The handbook read at startup, as a convention source: read-only
 * conventions at the scopes its files name, exported with the codex.
 */
export class HandbookConventionSource implements ConventionSource {
  readonly id = HANDBOOK_SOURCE_ID;

  constructor(
    private readonly conventions: Convention[],
    readonly precedence: number = DEFAULT_HANDBOOK_PRECEDENCE,
  ) {}

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

  async listAll(): Promise<Convention[]> {
    return this.conventions;
  }
}
