import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { entity } from '../__fixtures__/entities';
import { findEntityForRepository } from './findEntityForRepository';

const REPO = 'https://github.com/northwind/checkout';

describe('findEntityForRepository', () => {
  const catalog = catalogServiceMock({
    entities: [
      entity('Component', 'monorepo', {}, [], {
        annotations: { 'github.com/project-slug': 'Northwind/Checkout' },
      }),
      entity('API', 'api', {}, [], {
        annotations: {
          'backstage.io/source-location': `url:${REPO}/tree/main/services/api`,
        },
      }),
      entity('Component', 'api-service', {}, [], {
        annotations: {
          'backstage.io/source-location': `url:${REPO}/tree/main/services/api`,
        },
      }),
      entity('Component', 'unannotated', {}, []),
    ],
  });
  const credentials = mockCredentials.user();

  it('returns the entity of the deepest folder, a component before other kinds', async () => {
    const found = await findEntityForRepository(
      { url: REPO, path: 'services/api/v2' },
      catalog,
      credentials,
    );

    expect(found.metadata.name).toBe('api-service');
    await expect(
      findEntityForRepository({ url: `${REPO}.git` }, catalog, credentials),
    ).resolves.toMatchObject({ metadata: { name: 'monorepo' } });
  });

  it('answers 404 for a repository no entity names', async () => {
    await expect(
      findEntityForRepository(
        { url: 'https://github.com/northwind/billing' },
        catalog,
        credentials,
      ),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringMatching(
        /^No entity has its source in 'github.com\/northwind\/billing': register/,
      ),
    });
  });
});
