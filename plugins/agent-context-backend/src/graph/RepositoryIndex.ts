import { Entity } from '@backstage/catalog-model';
import { RepositorySource, sourcesOf } from '../repository/repositorySources';

/**
 * Which entities say their source lives in which repository, kept in step
 * with the graph's entities: a repository's candidates without a catalog
 * query.
 */
export class RepositoryIndex {
  /** Repository → entity ref → the entity's sources in it. */
  private readonly byRepository = new Map<
    string,
    Map<string, RepositorySource[]>
  >();

  /** Indexes the sources of the entity whose (lower-case) ref is `ref`. */
  add(ref: string, entity: Entity): void {
    for (const { repository, path } of sourcesOf(entity)) {
      let entities = this.byRepository.get(repository);
      if (!entities) {
        entities = new Map();
        this.byRepository.set(repository, entities);
      }
      const sources = entities.get(ref) ?? [];
      sources.push({ ref, kind: entity.kind, path });
      entities.set(ref, sources);
    }
  }

  /** Forgets the sources `add` indexed for the same ref and entity. */
  remove(ref: string, entity: Entity): void {
    for (const { repository } of sourcesOf(entity)) {
      const entities = this.byRepository.get(repository);
      entities?.delete(ref);
      if (entities?.size === 0) {
        this.byRepository.delete(repository);
      }
    }
  }

  /** The sources in a repository, named as `parseRepositoryUrl` names it. */
  sourcesIn(repository: string): RepositorySource[] {
    const entities = this.byRepository.get(
      repository.toLocaleLowerCase('en-US'),
    );
    // Copies: callers get answers, not a handle on the index.
    return [...(entities?.values() ?? [])].flat().map(s => ({ ...s }));
  }
}
