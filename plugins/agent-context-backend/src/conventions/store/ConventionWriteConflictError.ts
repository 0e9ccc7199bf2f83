import { Convention } from '@agent-context/plugin-agent-context-common';
import { ConflictError } from '@backstage/errors';

/**
 * A write based on a stale revision, or a create of an id already taken.
 * Maps to 409 like any `ConflictError`; `current` is what is stored now, for
 * the editor to show and rebase on (absent if it has been deleted since).
 */
export class ConventionWriteConflictError extends ConflictError {
  constructor(message: string, readonly current?: Convention, cause?: unknown) {
    super(message, cause);
  }
}
