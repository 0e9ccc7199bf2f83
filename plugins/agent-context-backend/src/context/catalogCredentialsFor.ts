import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';

/**
 * The credentials to read the catalog with on a caller's behalf.
 *
 * Users, and service callers without access restrictions, are passed on as
 * they are, so the catalog applies their permissions. A service token with
 * access restrictions cannot be delegated to the catalog unless it is
 * allowed the whole catalog plugin, writes included. We would rather such
 * tokens be allowed only `agent-context` (and `mcp-actions`), so for them
 * the plugin reads as itself. That shows them nothing more than they could
 * see anyway: service principals bypass the permission policy, so an
 * unrestricted catalog read would see every entity too.
 */
export async function catalogCredentialsFor(
  credentials: BackstageCredentials,
  auth: AuthService,
): Promise<BackstageCredentials> {
  if (
    auth.isPrincipal(credentials, 'service') &&
    credentials.principal.accessRestrictions
  ) {
    return auth.getOwnServiceCredentials();
  }
  return credentials;
}
