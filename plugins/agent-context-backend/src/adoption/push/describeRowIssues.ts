import { z } from 'zod/v4';

/** What one zod issue says is wrong, in the API's words. */
function whatIsWrong(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected === 'object' ? 'an' : 'a'} ${
        issue.expected
      }`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${issue.minimum} characters`
        : `must be a ${issue.origin} >= ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters`
        : `must be a ${issue.origin} <= ${issue.maximum}`;
    default:
      // The schema's own checks already speak this way ("is not a day").
      return issue.message;
  }
}

function pathOf(prefix: string, path: PropertyKey[]) {
  return path.reduce<string>(
    (whole, key) =>
      typeof key === 'number' ? `${whole}[${key}]` : `${whole}.${String(key)}`,
    prefix,
  );
}

/**
 * A row's zod issues as one message that names each field, e.g.
 * `rows[12].metrics.tokensIn: must be a number >= 0`.
 */
export function describeRowIssues(
  prefix: string,
  issues: readonly z.core.$ZodIssue[],
): string {
  return issues
    .map(issue => `${pathOf(prefix, issue.path)}: ${whatIsWrong(issue)}`)
    .join('; ');
}
