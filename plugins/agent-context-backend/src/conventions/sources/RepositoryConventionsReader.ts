import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  RepositoryConventionsStore,
  StoredRepositoryConventions,
} from '../types';
import { CONVENTIONS_ANNOTATION } from './annotations';
import {
  EntityFileReader,
  describeEntityFileLocation,
} from './EntityFileReader';
import {
  InvalidConventionsFileError,
  parseConventionsFile,
} from './parseConventionsFile';

/** Catalog refs are case-insensitive; the codex keys scopes in lower case. */
const scopeOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/** The fields the reader needs; the rest of each entity is not fetched. */
const ENTITY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
];

/**
 * Reads conventions-as-code files: every entity annotated with
 * `agent-context.io/conventions` names a YAML file of conventions for its
 * scope. Each read is recorded in the store: the parsed conventions when
 * it works, or the error when the file cannot be read or is invalid, in
 * which case the last good conventions stay in force (a typo pushed to a
 * repository must not silently drop its team's rules).
 */
export class RepositoryConventionsReader {
  private constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      files: EntityFileReader;
      store: RepositoryConventionsStore;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    files: EntityFileReader;
    store: RepositoryConventionsStore;
    logger: LoggerService;
    now?: () => Date;
  }): RepositoryConventionsReader {
    return new RepositoryConventionsReader({
      ...options,
      now: options.now ?? (() => new Date()),
    });
  }

  /**
   * Reads the file of every annotated entity the plugin may see, then
   * forgets entities that no longer carry the annotation. If the catalog
   * cannot be listed, nothing is forgotten.
   */
  async refresh(): Promise<void> {
    const { catalog, auth, store, logger } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    for await (const page of catalog.streamEntities(
      {
        filter: {
          [`metadata.annotations.${CONVENTIONS_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ENTITY_FIELDS,
      },
      { credentials },
    )) {
      entities.push(...page);
    }
    const refs = entities.map(scopeOf);
    const stored = await store.get(refs);
    let failed = 0;
    for (const entity of entities) {
      const ok = await this.readAndRecord(entity, stored.get(scopeOf(entity)));
      failed += ok ? 0 : 1;
    }
    await store.retainOnly(refs);
    logger.info(
      `Read conventions-as-code files of ${entities.length} entities${
        failed > 0 ? `; ${failed} could not be read or were invalid` : ''
      }`,
    );
  }

  /**
   * Reads one annotated entity's file now, e.g. when its conventions are
   * asked for before the scheduled refresh has seen it. Entities without
   * the annotation are ignored.
   */
  async refreshEntity(entity: Entity): Promise<void> {
    if (!entity.metadata.annotations?.[CONVENTIONS_ANNOTATION]) {
      return;
    }
    const ref = scopeOf(entity);
    const stored = await this.deps.store.get([ref]);
    await this.readAndRecord(entity, stored.get(ref));
  }

  /** Records the outcome; returns whether the read worked. */
  private async readAndRecord(
    entity: Entity,
    stored: StoredRepositoryConventions | undefined,
  ): Promise<boolean> {
    const { files, store, logger, now } = this.deps;
    const entityRef = scopeOf(entity);
    const target = entity.metadata.annotations![CONVENTIONS_ANNOTATION];
    let location = target;
    try {
      location = describeEntityFileLocation(files.locate(entity, target));
      // An etag only means something for the file it was read from.
      const etag = stored?.location === location ? stored.etag : undefined;
      // Held to the entity's own repository, as skills are: an annotation
      // must not pull in a file from anywhere the integrations can read.
      const result = await files.read(entity, target, {
        etag,
        sameRepository: true,
      });
      if (result.status === 'unchanged') {
        // Only possible with the etag of a stored good read: the file is
        // that version again, so any later error is over.
        await store.recordSuccess({
          entityRef,
          location,
          conventions: stored?.conventions ?? [],
          etag,
          at: now(),
        });
        return true;
      }
      const conventions = parseConventionsFile(result.content, {
        scope: entityRef,
        location,
      });
      await store.recordSuccess({
        entityRef,
        location,
        conventions,
        etag: result.etag,
        at: now(),
      });
      return true;
    } catch (error) {
      // Stored and shown to the scope's readers; the log may quote the file.
      const message =
        error instanceof Error
          ? `${error.name}: ${error.message}`
          : String(error);
      const logged =
        error instanceof InvalidConventionsFileError
          ? `${error.name}: ${error.details}`
          : message;
      logger.warn(
        `Conventions of ${entityRef} from ${location} were not updated: ${logged}`,
      );
      await store.recordFailure({
        entityRef,
        location,
        error: message,
        at: now(),
      });
      return false;
    }
  }
}
