import type { Knex } from 'knex';
import { SCOPE_CHANGES_TABLE, ScopeChangeRow } from './tables';

/**
 * Adds the scopes to the change feed every replica reads (see
 * `ScopeChangeFeed`). Called inside the transaction of the write itself.
 */
export async function recordScopeChanges(
  tx: Knex,
  scopes: string[],
  at: string,
): Promise<void> {
  if (scopes.length === 0) {
    return;
  }
  await tx<ScopeChangeRow>(SCOPE_CHANGES_TABLE).insert(
    scopes.map(scope => ({ scope: scope.toLocaleLowerCase('en-US'), at })),
  );
}
