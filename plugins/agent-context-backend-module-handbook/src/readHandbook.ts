import {
  Convention,
  GLOBAL_SCOPE,
} from '@agent-context/plugin-agent-context-common';
import { readConventionEntries } from '@agent-context/plugin-agent-context-node';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { YAMLParseError, parse } from 'yaml';

/**
 * The source id the handbook's conventions carry, shown to readers.
 *
 * @public
 */
export const HANDBOOK_SOURCE_ID = 'handbook';

const YAML_FILE = /\.ya?ml$/i;

/** Every YAML file below the directory, by path, so reads are repeatable. */
async function yamlFilesIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter(entry => entry.isFile() && YAML_FILE.test(entry.name))
    .map(entry => join(entry.parentPath, entry.name))
    .sort();
}

/** A file's YAML; a syntax error as one line, by where it is. */
function parseYaml(content: string): unknown {
  try {
    return parse(content);
  } catch (error) {
    const [at] = error instanceof YAMLParseError ? error.linePos ?? [] : [];
    throw new Error(
      `it is not valid YAML${
        error instanceof YAMLParseError
          ? ` (${error.code}${
              at ? ` at line ${at.line}, column ${at.col}` : ''
            })`
          : ''
      }`,
    );
  }
}

/** `global`, or the full lower-case ref of the entity a file is about. */
function scopeOf(value: unknown): string {
  if (value === GLOBAL_SCOPE) {
    return GLOBAL_SCOPE;
  }
  if (typeof value !== 'string') {
    throw new Error(
      'scope must be global or an entity ref such as system:default/checkout',
    );
  }
  // A bare name could be any kind; the catalog's defaults would guess one.
  if (!value.includes(':')) {
    throw new Error(
      `scope '${value}' names no kind; write it as kind:namespace/name`,
    );
  }
  return stringifyEntityRef(parseEntityRef(value)).toLocaleLowerCase('en-US');
}

/**
 * Reads the handbook: YAML files, each with the `scope` it is about
 * (`global`, or an entity ref) and its `conventions`, written as for the
 * API. Every problem in every file is reported at once, naming the file
 * and the entry, and stops the backend: a handbook that silently lacks a
 * rule is worse than a portal that does not start.
 *
 * @param directory - the directory as configured; locations are given
 *   below it, with forward slashes
 * @public
 */
export async function readHandbook(directory: string): Promise<Convention[]> {
  const conventions: Convention[] = [];
  const problems: string[] = [];
  for (const file of await yamlFilesIn(directory)) {
    const location = [
      directory.replace(/[\\/]+$/, ''),
      ...relative(directory, file).split(sep),
    ].join('/');
    try {
      const document = parseYaml(await readFile(file, 'utf8'));
      if (
        typeof document !== 'object' ||
        document === null ||
        Array.isArray(document)
      ) {
        throw new Error('must be a mapping with scope and conventions');
      }
      const { scope: rawScope, conventions: entries } = document as Record<
        string,
        unknown
      >;
      const scope = scopeOf(rawScope);
      const read = readConventionEntries(entries, {
        origin: { scope, source: HANDBOOK_SOURCE_ID, location },
        label: index => `conventions[${index}]`,
        listName: 'conventions',
        // Nothing is above the global scope to waive.
        allowWaivers: scope !== GLOBAL_SCOPE,
      });
      conventions.push(...read.conventions);
      problems.push(...read.problems.map(problem => `${location}: ${problem}`));
    } catch (error) {
      problems.push(
        `${location}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `Invalid handbook in ${directory}:\n${problems
        .map(problem => `  - ${problem}`)
        .join('\n')}`,
    );
  }
  return conventions;
}
