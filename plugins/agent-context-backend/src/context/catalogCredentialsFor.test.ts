import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogCredentialsFor } from './catalogCredentialsFor';

describe('catalogCredentialsFor', () => {
  const auth = mockServices.auth({ pluginId: 'agent-context' });

  it('passes users on, so the catalog applies their permissions', async () => {
    const user = mockCredentials.user('user:default/alice');
    await expect(catalogCredentialsFor(user, auth)).resolves.toBe(user);
  });

  it('passes unrestricted services on', async () => {
    const service = mockCredentials.service('external:ci');
    await expect(catalogCredentialsFor(service, auth)).resolves.toBe(service);
  });

  it('reads as the plugin for a token restricted to this plugin', async () => {
    const restricted = mockCredentials.service('external:coding-agents', {
      permissionNames: ['catalog.entity.read'],
    });
    const used = await catalogCredentialsFor(restricted, auth);
    expect(used.principal).toEqual({
      type: 'service',
      subject: 'plugin:agent-context',
    });
  });
});
