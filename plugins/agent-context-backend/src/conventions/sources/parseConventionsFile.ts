import {
  Convention,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import { InputError } from '@backstage/errors';
import { parse } from 'yaml';
import { readConventionEntries } from './conventionEntries';

/**
 * A conventions-as-code file: YAML with one key, `conventions`, a list of
 * conventions written as in the API (`id`, `category`, `title`, `body`,
 * `severity`, `appliesTo`, `enforced`, or `action: waive` with a `reason`).
 * Throws `InputError` naming every bad entry, so the owner sees them all.
 */
export function parseConventionsFile(
  content: string,
  origin: { scope: ConventionScope; location: string },
): Convention[] {
  let document: unknown;
  try {
    document = parse(content);
  } catch (error) {
    throw new InputError(
      `Invalid conventions file: it is not valid YAML (${
        error instanceof Error ? error.message.split('\n')[0] : String(error)
      })`,
    );
  }
  if (typeof document !== 'object' || document === null) {
    throw new InputError(
      'Invalid conventions file: expected a YAML object with a conventions list',
    );
  }
  const unknownKeys = Object.keys(document).filter(
    key => key !== 'conventions',
  );
  const { conventions, problems } = readConventionEntries(
    (document as Record<string, unknown>).conventions,
    {
      origin: { ...origin, source: 'repository' },
      label: index => `conventions[${index}]`,
      listName: 'conventions',
      allowWaivers: true,
    },
  );
  problems.unshift(
    ...unknownKeys.map(key => `${key} is not a conventions file field`),
  );
  if (problems.length > 0) {
    throw new InputError(`Invalid conventions file: ${problems.join('; ')}`);
  }
  return conventions;
}
