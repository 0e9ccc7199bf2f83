import { ANNOTATION_SOURCE_LOCATION, Entity } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  normalizeRepositoryPath,
  parseRepositoryUrl,
  RepositoryLocation,
} from './parseRepositoryUrl';

/** The annotation GitHub integrations use to name an entity's repository. */
export const PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';

/** An entity that says its source lives in a repository, at a folder. */
export interface RepositorySource {
  /** The entity's ref. */
  ref: string;
  kind: string;
  /** Folder within the repository, as {@link RepositoryLocation} has it. */
  path: string;
}

/** Where an entity says its source lives, if it says so in a form we read. */
export function sourcesOf(entity: Entity): RepositoryLocation[] {
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
 * The repository and folder a request names: the folder given as `path`,
 * or else the one the URL points into. Throws `InputError` for a URL that
 * names no repository or a path that leaves it.
 */
export function repositoryRequestOf(request: {
  url: string;
  path?: string;
}): RepositoryLocation {
  const wanted = parseRepositoryUrl(request.url);
  return {
    repository: wanted.repository,
    path: normalizeRepositoryPath(request.path ?? wanted.path),
  };
}

/** Whether a source at `sourcePath` contains the folder `path`. */
function contains(sourcePath: string, path: string): boolean {
  return (
    sourcePath === '' ||
    path === sourcePath ||
    path.startsWith(`${sourcePath}/`)
  );
}

/** Folders between the repository root and the source: 0 for the root. */
function depthOf(sourcePath: string): number {
  return sourcePath === '' ? 0 : sourcePath.split('/').length;
}

/** The sources, among those of the wanted repository, that contain its folder. */
export function sourcesContaining<T extends RepositorySource>(
  wanted: RepositoryLocation,
  sources: T[],
): T[] {
  return sources.filter(source => contains(source.path, wanted.path));
}

/**
 * The entity, among sources of the wanted repository that contain its
 * folder, whose source folder is the longest prefix of it; components win
 * over other kinds at the same folder (a repository's API and component
 * often share one catalog-info.yaml). Throws NotFoundError when there is
 * none, ConflictError naming the candidates when several match equally
 * well.
 */
export function chooseRepositorySource<T extends RepositorySource>(
  wanted: RepositoryLocation,
  candidates: T[],
): T {
  const at = wanted.path ? ` at '${wanted.path}'` : '';
  if (candidates.length === 0) {
    throw new NotFoundError(
      `No entity has its source in '${wanted.repository}'${at}: ` +
        `register the repository's catalog-info.yaml, or give an entity a ` +
        `'${ANNOTATION_SOURCE_LOCATION}' or '${PROJECT_SLUG_ANNOTATION}' annotation naming it`,
    );
  }
  const deepest = Math.max(...candidates.map(c => depthOf(c.path)));
  // One entity may name the same folder twice (a source location and a
  // project slug); it is one candidate.
  const best = [
    ...new Map(
      candidates
        .filter(c => depthOf(c.path) === deepest)
        .map(c => [c.ref, c] as const),
    ).values(),
  ];
  const components = best.filter(
    c => c.kind.toLocaleLowerCase('en-US') === 'component',
  );
  const finalists = components.length > 0 ? components : best;
  if (finalists.length > 1) {
    throw new ConflictError(
      `Several entities match '${wanted.repository}'${at} equally well: ` +
        `${finalists
          .map(c => c.ref)
          .sort()
          .join(', ')}. ` +
        `Pass the folder within the repository as 'path', or ask by entity ref`,
    );
  }
  return finalists[0];
}
