import { CustomErrorBase } from '@backstage/errors';

/**
 * An override or waiver of a convention that a broader scope enforces.
 * Answered with 422: the request is well formed, and the caller may be
 * allowed to edit the scope, but the codex forbids this change there.
 */
export class EnforcedConventionError extends CustomErrorBase {
  name = 'EnforcedConventionError' as const;
  readonly statusCode = 422;
}
