import {
  Convention,
  ConventionInput,
  ConventionScope,
  ConventionSourceId,
  conventionInputProblems,
  parseConventionInput,
} from '@agent-context/plugin-agent-context-common';

/**
 * Where a read-only convention was found.
 *
 * @public
 */
export interface ConventionOrigin {
  /** The scope the conventions are recorded at. */
  scope: ConventionScope;
  /** The id of the source that keeps it. */
  source: ConventionSourceId;
  /** The config key, file URL, entity ref or other place it lives at. */
  location: string;
}

/**
 * A validated input as a read-only convention. A waiver has no definition
 * of its own, so it carries a title naming what it switches off.
 *
 * @public
 */
export function conventionFromInput(
  input: ConventionInput,
  origin: ConventionOrigin,
): Convention {
  const action = input.action ?? 'define';
  return {
    id: input.id,
    scope: origin.scope,
    source: origin.source,
    action,
    category: input.category ?? 'rule',
    title: input.title ?? `Waiver of ${input.id}`,
    body: input.body ?? '',
    ...(input.severity ? { severity: input.severity } : {}),
    ...(input.appliesTo ? { appliesTo: input.appliesTo } : {}),
    enforced: input.enforced ?? false,
    ...(input.reason ? { reason: input.reason } : {}),
    location: origin.location,
    revision: 0,
  };
}

/**
 * Validates a list of conventions as written in app-config, a
 * conventions-as-code file or any other source people write, with the
 * checks of an API write, and reports every bad entry at once (rather than
 * the first) so that one edit can fix them all.
 *
 * Each problem names the entry by `label(index)` and its id, e.g.
 * `conventions[2] (SEC-004): severity "critical" is not one of must, should, may`;
 * without `quoteInput`, by `label(index)` alone and without the values
 * written (`conventions[2]: severity is not one of must, should, may`).
 *
 * @public
 */
export function readConventionEntries(
  entries: unknown,
  options: {
    origin: ConventionOrigin;
    /** How an entry is named in problems, e.g. its config path. */
    label: (index: number) => string;
    /** The org codex has nothing above it, so waivers make no sense there. */
    allowWaivers: boolean;
    /** How the whole list is named when it is not a list. */
    listName: string;
    /**
     * Quote ids, values and unknown keys in the problems (see
     * ConventionInputProblemOptions). Default: true.
     */
    quoteInput?: boolean;
  },
): { conventions: Convention[]; problems: string[] } {
  const { quoteInput = true } = options;
  if (!Array.isArray(entries)) {
    return {
      conventions: [],
      problems: [`${options.listName} must be a list of conventions`],
    };
  }
  const problems: string[] = [];
  const conventions: Convention[] = [];
  const firstIndexOfId = new Map<string, number>();
  entries.forEach((entry: unknown, index) => {
    const id = idOf(entry);
    const name =
      id && quoteInput
        ? `${options.label(index)} (${id})`
        : options.label(index);
    // The shared check speaks of a request body; here an entry is a list item.
    const entryProblems =
      typeof entry === 'object' && entry !== null && !Array.isArray(entry)
        ? conventionInputProblems(entry, { quoteInput }).map(
            p => `${p.field} ${p.message}`,
          )
        : ['must be a convention: an object with id, category, title...'];
    if (
      !options.allowWaivers &&
      (entry as Record<string, unknown> | undefined)?.action === 'waive'
    ) {
      entryProblems.push(
        'action "waive" is not allowed here: there is no broader scope to waive a convention of',
      );
    }
    if (id !== undefined) {
      const first = firstIndexOfId.get(id);
      if (first === undefined) {
        firstIndexOfId.set(id, index);
      } else {
        entryProblems.push(`id is already used by ${options.label(first)}`);
      }
    }
    if (entryProblems.length > 0) {
      problems.push(`${name}: ${entryProblems.join('; ')}`);
      return;
    }
    conventions.push(
      conventionFromInput(parseConventionInput(entry), options.origin),
    );
  });
  return { conventions, problems };
}

function idOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) {
    return undefined;
  }
  const id = (entry as Record<string, unknown>).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
