import {
  AdoptionRow,
  adoptionRowSchema,
} from '@agent-context/plugin-agent-context-common';
import { InputError } from '@backstage/errors';
import { describeRowIssues } from './describeRowIssues';
import { fastAdoptionRow } from './fastAdoptionRow';

/** The most rows one push may carry; the README and openapi.yaml say so. */
export const ADOPTION_PUSH_MAX_ROWS = 10_000;

/** The largest request body a push may have; 10,000 typical rows fit. */
export const ADOPTION_PUSH_MAX_BODY = '16mb';

/**
 * The rows of a push, every one checked against `adoptionRowSchema`. The
 * first bad row stops the batch with an `InputError` naming its index and
 * fields, so a batch is stored whole or not at all.
 */
export function parseAdoptionBatch(body: unknown): AdoptionRow[] {
  const rows =
    typeof body === 'object' && body !== null
      ? (body as { rows?: unknown }).rows
      : undefined;
  if (!Array.isArray(rows)) {
    throw new InputError('rows: must be an array of adoption rows');
  }
  if (rows.length > ADOPTION_PUSH_MAX_ROWS) {
    throw new InputError(
      `rows: at most ${ADOPTION_PUSH_MAX_ROWS} rows per push, got ${rows.length}; send them in several pushes`,
    );
  }
  const parsed = new Array<AdoptionRow>(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const fast = fastAdoptionRow(rows[index]);
    if (fast) {
      parsed[index] = fast;
      continue;
    }
    const result = adoptionRowSchema.safeParse(rows[index]);
    if (!result.success) {
      throw new InputError(
        describeRowIssues(`rows[${index}]`, result.error.issues),
      );
    }
    parsed[index] = result.data;
  }
  return parsed;
}
