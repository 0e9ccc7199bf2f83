/** One `Key: value` trailer of a commit message. */
export interface CommitTrailer {
  key: string;
  value: string;
}

const TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;
// Trailers git itself writes; one of them lets a block that also holds
// other lines count, as `git interpret-trailers` allows.
const GIT_TRAILERS = new Set(['signed-off-by', 'co-authored-by']);

/**
 * The trailers of a commit message, read as `git interpret-trailers` reads
 * them: the last paragraph, never the subject's, whose lines are all
 * `Key: value` trailers (a line starting with whitespace continues the one
 * above), or at least a quarter of them with one that git writes itself.
 */
export function parseCommitTrailers(message: string): CommitTrailer[] {
  const lines = message.replace(/\r\n?/g, '\n').trimEnd().split('\n');
  let start = lines.length;
  while (start > 0 && lines[start - 1].trim() !== '') {
    start--;
  }
  // The subject paragraph is never a trailer block.
  if (start === 0) {
    return [];
  }
  const trailers: CommitTrailer[] = [];
  let others = 0;
  let last: CommitTrailer | undefined;
  for (const line of lines.slice(start)) {
    const match = TRAILER.exec(line);
    if (match) {
      last = { key: match[1], value: match[2].trim() };
      trailers.push(last);
    } else if (last && /^[ \t]/.test(line)) {
      last.value = `${last.value} ${line.trim()}`;
    } else {
      others++;
      last = undefined;
    }
  }
  if (others === 0) {
    return trailers;
  }
  const hasGitTrailer = trailers.some(t =>
    GIT_TRAILERS.has(t.key.toLowerCase()),
  );
  return hasGitTrailer && trailers.length * 3 >= others ? trailers : [];
}

/** The name and e-mail of a `Name <e-mail>` trailer value. */
export function parsePerson(value: string): { name: string; email?: string } {
  const match = /^(.*?)\s*<([^>]*)>\s*$/.exec(value);
  return match
    ? { name: match[1].trim(), email: match[2].trim() }
    : { name: value.trim() };
}
