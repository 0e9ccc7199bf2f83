import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../context/contextDigest';

/**
 * Who is asking, as a key for anything remembered per caller.
 *
 * Two callers share a key only if every decision about them is the same: the
 * same user, or the same service with the same access restrictions (a
 * service's permissions come from its restrictions alone), or both
 * unauthenticated. The key is the first 32 hex digits of a sha256, so it can
 * be logged and stored without naming the caller.
 */
export function callerKeyOf(credentials: BackstageCredentials): string {
  return createHash('sha256')
    .update(principalIdentity(credentials.principal))
    .digest('hex')
    .slice(0, 32);
}

function principalIdentity(principal: unknown): string {
  const { type, userEntityRef, subject, accessRestrictions } =
    principal as PrincipalFields;
  if (type === 'user') {
    return `user:${userEntityRef}`;
  }
  if (type === 'none') {
    return 'none';
  }
  return `${type}:${subject ?? ''}:${canonicalJson(
    accessRestrictions ?? null,
  )}`;
}

/** The fields of every principal type that tell callers apart. */
type PrincipalFields = {
  type: string;
  userEntityRef?: string;
  subject?: string;
  accessRestrictions?: unknown;
};
