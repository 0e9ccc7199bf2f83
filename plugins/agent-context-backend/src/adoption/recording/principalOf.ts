import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who made a call, as usage rows name them: the user's entity ref, or
 * `service:<subject>` for a service or external-access token; undefined
 * for anything else. Pseudonymised before it is stored.
 */
export function principalOf(
  credentials: BackstageCredentials,
): string | undefined {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  if (principal.type === 'service' && principal.subject) {
    return `service:${principal.subject}`;
  }
  return undefined;
}
