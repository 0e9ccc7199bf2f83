import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  normalizeRepositoryPath,
  parseRepositoryUrl,
  RepositoryLocation,
} from './parseRepositoryUrl';

const PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';

/** Where an entity says its source lives, if it says so in a form we read. */
function sourcesOf(entity: Entity): RepositoryLocation[] {
  const annotations = entity.metadata.annotations ?? {};
  const sources: RepositoryLocation[] = [];
  const location = annotations[ANNOTATION_SOURCE_LOCATION];
  if (location) {
    try {
      sources.push(parseRepositoryUrl(location));
    } catch {
      // A source location we cannot read is not a match; nothing to report.
    }
  }
  const slug = annotations[PROJECT_SLUG_ANNOTATION];
  if (slug) {
    sources.push({
      repository: `github.com/${slug.toLocaleLowerCase('en-US')}`,
      path: '',
    });
  }
  return sources;
}

/**
 * The entity whose source is the given repository and folder, read with the
 * caller's credentials. Among the entities of that repository, the one whose
 * source folder is the longest prefix of `path` wins; components win over
 * other kinds at the same folder (a repository's API and component often
 * share one catalog-info.yaml). Throws NotFoundError when no entity lives in
 * the repository, ConflictError naming the candidates when several match
 * equally well.
 */
export async function findEntityForRepository(
  request: { url: string; path?: string },
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Entity> {
  const wanted = parseRepositoryUrl(request.url);
  const path = normalizeRepositoryPath(request.path ?? wanted.path);

  const candidates: Array<{ entity: Entity; depth: number }> = [];
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
      for (const source of sourcesOf(entity)) {
        const inside =
          source.path === '' ||
          path === source.path ||
          path.startsWith(`${source.path}/`);
        if (source.repository === wanted.repository && inside) {
          candidates.push({
            entity,
            depth: source.path === '' ? 0 : source.path.split('/').length,
          });
        }
      }
    }
  }

  if (candidates.length === 0) {
    throw new NotFoundError(
      `No entity has its source in '${wanted.repository}'${
        path ? ` at '${path}'` : ''
      }: ` +
        `register the repository's catalog-info.yaml, or give an entity a ` +
        `'${ANNOTATION_SOURCE_LOCATION}' or '${PROJECT_SLUG_ANNOTATION}' annotation naming it`,
    );
  }
  const deepest = Math.max(...candidates.map(c => c.depth));
  const best = unique(
    candidates.filter(c => c.depth === deepest).map(c => c.entity),
  );
  const components = best.filter(
    e => e.kind.toLocaleLowerCase('en-US') === 'component',
  );
  const finalists = components.length > 0 ? components : best;
  if (finalists.length > 1) {
    throw new ConflictError(
      `Several entities match '${wanted.repository}'${
        path ? ` at '${path}'` : ''
      } equally well: ` +
        `${finalists
          .map(e => stringifyEntityRef(e))
          .sort()
          .join(', ')}. ` +
        `Pass the folder within the repository as 'path', or ask by entity ref`,
    );
  }
  return finalists[0];
}

function unique(entities: Entity[]): Entity[] {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  return [...byRef.values()];
}
