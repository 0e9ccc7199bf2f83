import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  chooseRepositorySource,
  PROJECT_SLUG_ANNOTATION,
  RepositorySource,
  repositoryRequestOf,
  sourcesContaining,
  sourcesOf,
} from './repositorySources';

/**
 * The entity whose source is the given repository and folder, read with the
 * caller's credentials, streaming every annotated entity from the catalog;
 * `findEntityRefForRepository` answers the same from the catalog graph.
 * Among the entities of that repository, the one whose source folder is the
 * longest prefix of `path` wins; components win over other kinds at the
 * same folder (a repository's API and component often share one
 * catalog-info.yaml). Throws NotFoundError when no entity lives in the
 * repository, ConflictError naming the candidates when several match
 * equally well.
 */
export async function findEntityForRepository(
  request: { url: string; path?: string },
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Entity> {
  const wanted = repositoryRequestOf(request);

  const sources: Array<RepositorySource & { entity: Entity }> = [];
  for await (const page of catalog.streamEntities(
    {
      filter: [
        {
          [`metadata.annotations.${ANNOTATION_SOURCE_LOCATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        {
          [`metadata.annotations.${PROJECT_SLUG_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
      ],
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
      ],
    },
    { credentials },
  )) {
    for (const entity of page) {
      const ref = stringifyEntityRef(entity);
      for (const source of sourcesOf(entity)) {
        if (source.repository === wanted.repository) {
          sources.push({ ref, kind: entity.kind, path: source.path, entity });
        }
      }
    }
  }

  return chooseRepositorySource(wanted, sourcesContaining(wanted, sources))
    .entity;
}
