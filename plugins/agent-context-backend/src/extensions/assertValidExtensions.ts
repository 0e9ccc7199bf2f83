/** Ids of sources and contributors: lower-case letters, digits and single dashes. */
const EXTENSION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXTENSION_ID_MAX_LENGTH = 32;
const MAX_RANK = 10_000;

/**
 * Stops the backend, naming every problem, when what modules registered
 * cannot be told apart or ordered: an id that is malformed or taken twice,
 * or a precedence or priority that is not a whole number from 0 to 10,000.
 * A module's mistake shows at startup rather than in some entity's context.
 *
 * @param what - how the list is named, e.g. `convention sources`
 * @param rankName - the field that orders them, e.g. `precedence`
 */
export function assertValidExtensions(
  what: string,
  extensions: ReadonlyArray<{ id: string; rank: number; problem?: string }>,
  rankName: string,
): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id, rank, problem } of extensions) {
    if (
      typeof id !== 'string' ||
      !EXTENSION_ID.test(id) ||
      id.length > EXTENSION_ID_MAX_LENGTH
    ) {
      problems.push(
        `id '${String(
          id,
        )}' is not lower-case letters, digits and single dashes of at most ${EXTENSION_ID_MAX_LENGTH} characters`,
      );
    } else if (seen.has(id)) {
      problems.push(`id '${id}' is registered more than once`);
    }
    seen.add(id);
    if (!Number.isInteger(rank) || rank < 0 || rank > MAX_RANK) {
      problems.push(
        `${rankName} ${String(rank)} of '${String(
          id,
        )}' is not a whole number from 0 to ${MAX_RANK}`,
      );
    }
    if (problem) {
      problems.push(problem);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Invalid ${what}:\n${problems
        .map(problem => `  - ${problem}`)
        .join('\n')}`,
    );
  }
}
