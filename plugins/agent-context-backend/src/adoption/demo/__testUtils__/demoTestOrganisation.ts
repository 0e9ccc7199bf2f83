import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { entity, groupEntity } from '../../../__fixtures__/entities';
import { CatalogGraph } from '../../../graph';

/** Five teams of seven people, a team of three, and the services they own. */
export const DEMO_TEAMS = [
  { name: 'alpha', size: 7 },
  { name: 'bravo', size: 7 },
  { name: 'charlie', size: 7 },
  { name: 'delta', size: 7 },
  { name: 'echo', size: 7 },
  { name: 'tiny', size: 3 },
];

const service = (name: string, team: string, slug: string) =>
  entity(
    'Component',
    name,
    { type: 'service', lifecycle: 'production', owner: team },
    [['ownedBy', `group:default/${team}`]],
    { annotations: { 'github.com/project-slug': slug } },
  );

/**
 * A small organisation as the catalog serves it: each team owns an API
 * service and a worker in repositories of their own; alpha also owns a
 * library in a repository that bravo shares.
 */
export const demoTestEntities: Entity[] = [
  entity('Group', 'engineering', { type: 'department', children: [] }, []),
  ...DEMO_TEAMS.flatMap(({ name, size }) => [
    groupEntity(name, 'engineering'),
    service(`${name}-api`, name, `demo-org/${name}-api`),
    service(`${name}-worker`, name, `demo-org/${name}-worker`),
    ...Array.from({ length: size }, (_, i) =>
      entity(
        'User',
        `${name}-person-${i}`,
        { profile: { email: `${name}.person${i}@example.com` } },
        [['memberOf', `group:default/${name}`]],
      ),
    ),
  ]),
  service('alpha-lib', 'alpha', 'demo-org/shared'),
  service('bravo-lib', 'bravo', 'demo-org/shared'),
  // Someone outside every team: counted in the catalog, never active.
  entity('User', 'director', { profile: { email: 'director@example.com' } }, [
    ['memberOf', 'group:default/engineering'],
  ]),
];

/** The catalog graph over the entities, loaded. */
export async function demoTestGraph(
  entities: Entity[] = demoTestEntities,
): Promise<CatalogGraph> {
  const graph = CatalogGraph.create({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth({ pluginId: 'agent-context' }),
    logger: mockServices.logger.mock(),
  });
  await graph.refresh();
  return graph;
}
