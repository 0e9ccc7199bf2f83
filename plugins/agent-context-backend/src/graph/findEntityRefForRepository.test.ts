import { Entity } from '@backstage/catalog-model';
import { entity } from '../__fixtures__/entities';
import { findEntityRefForRepository } from './findEntityRefForRepository';
import { GraphState } from './GraphState';

const REPO = 'https://github.com/northwind/checkout';

const sourced = (
  kind: string,
  name: string,
  annotations: Record<string, string>,
): Entity => entity(kind, name, {}, [], { annotations });

const at = (folder: string) => ({
  'backstage.io/source-location': `url:${REPO}/tree/main/${folder}`,
});
const slug = { 'github.com/project-slug': 'Northwind/Checkout' };

describe('findEntityRefForRepository', () => {
  const graphOf = (...entities: Entity[]) => {
    const state = new GraphState();
    entities.forEach(e => state.put(e));
    return state;
  };
  /** A caller who may read everything but the given refs. */
  const allBut =
    (...hidden: string[]) =>
    async (refs: string[]) =>
      new Set(refs.filter(ref => !hidden.includes(ref)));

  it('picks the entity whose source folder is the deepest one holding the path', async () => {
    const graph = graphOf(
      sourced('Component', 'monorepo', slug),
      sourced('Component', 'services', at('services')),
      sourced('Component', 'Checkout-API', at('services/api')),
      sourced('Component', 'other', at('services/api-gateway')),
    );

    await expect(
      findEntityRefForRepository(
        { url: `${REPO}.git`, path: 'services/api/handlers' },
        graph,
        allBut(),
      ),
    ).resolves.toBe('component:default/checkout-api');
    await expect(
      findEntityRefForRepository(
        { url: `${REPO}/tree/main/services/other` },
        graph,
        allBut(),
      ),
    ).resolves.toBe('component:default/services');
    await expect(
      findEntityRefForRepository({ url: REPO }, graph, allBut()),
    ).resolves.toBe('component:default/monorepo');
  });

  it('prefers a component to other kinds at the same folder', async () => {
    const graph = graphOf(
      sourced('API', 'checkout-api', slug),
      sourced('Component', 'checkout', slug),
      sourced('Resource', 'checkout-db', slug),
    );

    await expect(
      findEntityRefForRepository({ url: REPO }, graph, allBut()),
    ).resolves.toBe('component:default/checkout');
  });

  it('counts an entity that names its repository twice once', async () => {
    const graph = graphOf(
      sourced('Component', 'checkout', { ...slug, ...at('') }),
    );

    await expect(
      findEntityRefForRepository({ url: REPO }, graph, allBut()),
    ).resolves.toBe('component:default/checkout');
  });

  it('names the candidates when several match equally well', async () => {
    const graph = graphOf(
      sourced('Component', 'web', at('app')),
      sourced('Component', 'worker', at('app')),
      sourced('API', 'app-api', at('app')),
    );

    await expect(
      findEntityRefForRepository({ url: REPO, path: 'app' }, graph, allBut()),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message:
        "Several entities match 'github.com/northwind/checkout' at 'app' equally well: " +
        'component:default/web, component:default/worker. ' +
        "Pass the folder within the repository as 'path', or ask by entity ref",
    });
  });

  it('ignores the candidates the caller may not read, and asks only about candidates', async () => {
    const graph = graphOf(
      sourced('Component', 'monorepo', slug),
      sourced('Component', 'secret', at('services/secret')),
      sourced('Component', 'elsewhere', at('docs')),
      sourced('Component', 'payments', {
        'github.com/project-slug': 'northwind/payments',
      }),
    );
    const visibleAmong = jest.fn(allBut('component:default/secret'));

    await expect(
      findEntityRefForRepository(
        { url: REPO, path: 'services/secret' },
        graph,
        visibleAmong,
      ),
    ).resolves.toBe('component:default/monorepo');
    expect(visibleAmong).toHaveBeenCalledWith([
      'component:default/monorepo',
      'component:default/secret',
    ]);
  });

  it.each([
    [
      'no entity lives in the repository',
      allBut(),
      REPO.replace('checkout', 'billing'),
      undefined,
      "No entity has its source in 'github.com/northwind/billing': ",
    ],
    [
      'no entity holds the folder',
      allBut(),
      REPO,
      'docs',
      "No entity has its source in 'github.com/northwind/checkout' at 'docs': ",
    ],
    [
      'the caller may read none of them',
      allBut('component:default/api'),
      REPO,
      'services/api',
      "No entity has its source in 'github.com/northwind/checkout' at 'services/api': ",
    ],
  ])('answers 404 when %s', async (_, visibleAmong, url, path, start) => {
    const graph = graphOf(sourced('Component', 'api', at('services/api')));

    const error = await findEntityRefForRepository(
      { url, path },
      graph,
      visibleAmong,
    ).catch(e => e);

    expect(error).toMatchObject({
      name: 'NotFoundError',
      message:
        `${start}register the repository's catalog-info.yaml, or give an entity a ` +
        "'backstage.io/source-location' or 'github.com/project-slug' annotation naming it",
    });
  });

  it('refuses a URL that names no repository, and a path that leaves it', async () => {
    const graph = graphOf();

    await expect(
      findEntityRefForRepository({ url: 'not a url' }, graph, allBut()),
    ).rejects.toMatchObject({ name: 'InputError' });
    await expect(
      findEntityRefForRepository({ url: REPO, path: '../x' }, graph, allBut()),
    ).rejects.toMatchObject({ name: 'InputError' });
  });
});
