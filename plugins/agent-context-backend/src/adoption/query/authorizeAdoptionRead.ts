import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { adoptionReadPermission } from '@agent-context/plugin-agent-context-common';
import { requireAdoptionPermission } from '../requireAdoptionPermission';

/** Throws `NotAllowedError` unless the caller may read adoption figures. */
export async function authorizeAdoptionRead(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
): Promise<void> {
  await requireAdoptionPermission(
    permissions,
    credentials,
    adoptionReadPermission,
    'You may not read adoption figures',
  );
}
