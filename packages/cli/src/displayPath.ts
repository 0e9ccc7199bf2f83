import { isAbsolute, relative } from 'node:path';

/** A file path as the user would type it: relative to `cwd` when inside it. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
