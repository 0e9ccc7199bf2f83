import { RepositoryLocation } from '../repository/parseRepositoryUrl';
import {
  chooseRepositorySource,
  RepositorySource,
  repositoryRequestOf,
  sourcesContaining,
} from '../repository/repositorySources';
import { CatalogGraph } from './CatalogGraph';
import { refKey } from './GraphState';

/**
 * The repository and folder a request names, and the graph's entities
 * whose source folder holds it. Throws InputError for a URL that names no
 * repository.
 */
export function repositoryCandidates(
  request: { url: string; path?: string },
  graph: Pick<CatalogGraph, 'repositorySources'>,
): { wanted: RepositoryLocation; candidates: RepositorySource[] } {
  const wanted = repositoryRequestOf(request);
  return {
    wanted,
    candidates: sourcesContaining(
      wanted,
      graph.repositorySources(wanted.repository),
    ),
  };
}

/**
 * The ref (lower case) of the entity whose source is the given repository
 * and folder, among the graph's entities that `visibleAmong` says the
 * caller may read. Among the entities of that repository, the one
 * whose source folder is the longest prefix of `path` wins; components win
 * over other kinds at the same folder. Throws NotFoundError when no visible
 * entity lives there (an entity the caller may not read is not hinted at),
 * ConflictError naming the candidates when several match equally well.
 *
 * @param visibleAmong - which of the given (lower-case) refs the caller
 *   may read
 */
export async function findEntityRefForRepository(
  request: { url: string; path?: string },
  graph: Pick<CatalogGraph, 'repositorySources'>,
  visibleAmong: (refs: string[]) => Promise<Set<string>>,
): Promise<string> {
  const { wanted, candidates } = repositoryCandidates(request, graph);
  const visible = new Set<string>();
  if (candidates.length > 0) {
    // Compared in lower case, however the answer spells the refs.
    for (const ref of await visibleAmong([
      ...new Set(candidates.map(c => c.ref)),
    ])) {
      visible.add(refKey(ref));
    }
  }
  return chooseRepositorySource(
    wanted,
    candidates.filter(c => visible.has(c.ref)),
  ).ref;
}
