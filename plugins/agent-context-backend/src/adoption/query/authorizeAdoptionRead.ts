import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { adoptionReadPermission } from '@agent-context/plugin-agent-context-common';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** Throws `NotAllowedError` unless the caller may read adoption figures. */
export async function authorizeAdoptionRead(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await permissions.authorize(
    [{ permission: adoptionReadPermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError('You may not read adoption figures');
  }
}
