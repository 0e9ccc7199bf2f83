import {
  Convention,
  ConventionScope,
} from '@agent-context/plugin-agent-context-common';
import { InputError } from '@backstage/errors';
import { YAMLParseError, parse } from 'yaml';
import { readConventionEntries } from '@agent-context/plugin-agent-context-node';

/**
 * A conventions file that is not valid.
 *
 * The message is stored and shown to everyone who may read the scope,
 * while the file was read with the backend's own credentials from wherever
 * the annotation points. So it states only structural facts (entry
 * numbers, the schema's own field names and rules, where a YAML syntax
 * error is, size limits), never a key, value or line of the file: a bad
 * file must not become a way to read another one. `details` quotes the
 * file, for the backend's log.
 */
export class InvalidConventionsFileError extends InputError {
  /** The message with the file's own words, for the log only. */
  readonly details: string;

  constructor(problem: string, detailedProblem: string) {
    super(`Invalid conventions file: ${problem}`);
    this.details = `Invalid conventions file: ${detailedProblem}`;
  }
}

/** Where a YAML syntax error is, by the parser's code, line and column. */
function describeYamlError(error: unknown): string {
  if (!(error instanceof YAMLParseError)) {
    return 'it is not valid YAML';
  }
  const [at] = error.linePos ?? [];
  return `it is not valid YAML (${error.code}${
    at ? ` at line ${at.line}, column ${at.col}` : ''
  })`;
}

/**
 * A conventions-as-code file: YAML with one key, `conventions`, a list of
 * conventions written as in the API (`id`, `category`, `title`, `body`,
 * `severity`, `appliesTo`, `enforced`, or `action: waive` with a `reason`).
 * Throws `InvalidConventionsFileError` (an `InputError`) naming every bad
 * entry, so the owner sees them all.
 */
export function parseConventionsFile(
  content: string,
  origin: { scope: ConventionScope; location: string },
): Convention[] {
  let document: unknown;
  try {
    document = parse(content);
  } catch (error) {
    throw new InvalidConventionsFileError(
      describeYamlError(error),
      `it is not valid YAML: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  if (typeof document !== 'object' || document === null) {
    const problem = 'expected a YAML object with a conventions list';
    throw new InvalidConventionsFileError(problem, problem);
  }
  const unknownKeys = Object.keys(document).filter(
    key => key !== 'conventions',
  );
  const entries = (document as Record<string, unknown>).conventions;
  const read = (quoteInput: boolean) =>
    readConventionEntries(entries, {
      origin: { ...origin, source: 'repository' },
      label: index => `conventions[${index}]`,
      listName: 'conventions',
      allowWaivers: true,
      quoteInput,
    });
  const { conventions, problems } = read(true);
  if (problems.length === 0 && unknownKeys.length === 0) {
    return conventions;
  }
  const details = [
    ...unknownKeys.map(key => `${key} is not a conventions file field`),
    ...problems,
  ];
  const structural = read(false).problems;
  if (unknownKeys.length > 0) {
    structural.unshift(
      `conventions is the only top-level field, and the file has ${
        unknownKeys.length
      } other${unknownKeys.length === 1 ? '' : 's'}`,
    );
  }
  throw new InvalidConventionsFileError(
    structural.join('; '),
    details.join('; '),
  );
}
