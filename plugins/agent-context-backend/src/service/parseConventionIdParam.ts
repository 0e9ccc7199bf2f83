import { InputError } from '@backstage/errors';
import {
  CONVENTION_ID_MAX_LENGTH,
  CONVENTION_ID_PATTERN,
} from '@agent-context/plugin-agent-context-common';

/**
 * A convention id from a path or a query string, checked as ids are when
 * written. Text no convention can have as its id is refused with an
 * `InputError` naming it, rather than looked up: a lookup would only answer
 * "not found", and PostgreSQL cannot even compare text holding a NUL.
 *
 * @param field - what the caller called it, e.g. `conventionId`
 */
export function parseConventionIdParam(raw: string, field: string): string {
  if (
    raw.length > CONVENTION_ID_MAX_LENGTH ||
    !CONVENTION_ID_PATTERN.test(raw)
  ) {
    throw new InputError(
      `Invalid ${field} '${raw}': expected at most ${CONVENTION_ID_MAX_LENGTH} letters and digits with single dashes between them, e.g. SEC-004`,
    );
  }
  return raw;
}
