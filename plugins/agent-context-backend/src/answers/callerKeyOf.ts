import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { createHash } from 'node:crypto';

/**
 * Who the catalog answers for. Two callers share a key only if the
 * catalog would answer them identically: the same user, or the same
 * service with the same access restrictions.
 */
export function callerKeyOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
    accessRestrictions?: unknown;
  };
  const identity =
    principal.type === 'user'
      ? `user:${principal.userEntityRef}`
      : `${principal.type}:${principal.subject ?? ''}:${JSON.stringify(
          principal.accessRestrictions ?? null,
        )}`;
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}
