import { ResponseError } from '@backstage/errors';

/**
 * What to tell an editor when a write fails: the backend's own message (for
 * a 400, the fields it refused; for a 422, why an enforced convention cannot
 * be overridden) rather than the HTTP status line.
 */
export function errorMessageOf(error: unknown): string {
  if (error instanceof ResponseError && error.cause?.message) {
    return error.cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}
