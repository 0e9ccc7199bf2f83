import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  NotModifiedError,
} from '@backstage/errors';
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isInSameRepository } from '../../repository/isInSameRepository';

/** Where a file named from an entity lives. */
export type EntityFileLocation =
  | { type: 'url'; url: string }
  | {
      type: 'file';
      path: string;
      /** The directory the entity was registered from, which the path must stay in. */
      directory: string;
    };

/** What a read found: the file's content, or that it has not changed. */
export type EntityFileReadResult =
  | {
      status: 'read';
      /** The file's URL, or `file:<absolute path>`. */
      location: string;
      content: string;
      etag?: string;
    }
  | { status: 'unchanged'; location: string };

/** How far from its entity a file may be. */
export interface EntityFileReadOptions {
  /**
   * Only a file in the repository the entity was registered from
   * (`backstage.io/managed-by-location`), or below the directory of its
   * file on disk; `url:` targets elsewhere are refused. For files the
   * portal publishes beyond the entity's readers, which would otherwise let
   * whoever registers an entity publish any file the integrations' own
   * credentials can read.
   */
  sameRepository?: boolean;
}

/**
 * Conventions files and SKILL.md files are read into agents' context
 * windows; anything this large is a mistake, not a document.
 */
const DEFAULT_MAX_BYTES = 1024 * 1024;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** `file:<absolute path>`, as the catalog writes file locations. */
export const describeEntityFileLocation = (location: EntityFileLocation) =>
  location.type === 'url' ? location.url : `file:${location.path}`;

function isInside(directory: string, path: string): boolean {
  const rel = relative(directory, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Reads files that an entity names relative to where it was registered: a
 * conventions-as-code file (`agent-context.io/conventions`) or a skill's
 * SKILL.md (`backstage.io/source-location`). A target is one of
 *
 * - `url:https://...`: read through Backstage's URL reader, so only hosts
 *   the integrations (or `backend.reading.allow`) permit are reachable;
 * - a relative path: resolved against the file the entity was registered
 *   from (`backstage.io/managed-by-location`), which the catalog itself
 *   sets on every entity it reads from a location;
 * - `file:<path>`: the same, for annotations whose value must carry a type.
 *
 * Entities registered from disk read from disk, but only below the
 * directory of their own file: a catalog file cannot reach the rest of the
 * machine, and entities registered from a URL cannot read local files at
 * all. With `sameRepository`, URLs are held to the entity's repository in
 * the same way.
 */
export class EntityFileReader {
  private constructor(
    private readonly urlReader: UrlReaderService,
    private readonly maxBytes: number,
  ) {}

  static create(options: {
    urlReader: UrlReaderService;
    /** Larger files are refused. Default: 1 MiB. */
    maxBytes?: number;
  }): EntityFileReader {
    return new EntityFileReader(
      options.urlReader,
      options.maxBytes ?? DEFAULT_MAX_BYTES,
    );
  }

  /**
   * Where the target points for this entity. Throws `InputError` for a
   * target that cannot be resolved and `NotAllowedError` for one that
   * leaves the directory of the entity's file (or, with `sameRepository`,
   * its repository).
   */
  locate(
    entity: Entity,
    rawTarget: string,
    options: EntityFileReadOptions = {},
  ): EntityFileLocation {
    const target = rawTarget.trim();
    const location = this.resolveTarget(entity, target);
    if (options.sameRepository && location.type === 'url') {
      this.assertInRepository(entity, target, location.url);
    }
    return location;
  }

  private resolveTarget(entity: Entity, target: string): EntityFileLocation {
    const scheme = SCHEME.exec(target)?.[1]?.toLocaleLowerCase('en-US');
    if (scheme === 'url') {
      return { type: 'url', url: this.absoluteUrl(target.slice(4), target) };
    }
    if (scheme !== undefined && scheme !== 'file') {
      throw new InputError(
        `Cannot read '${target}': expected a relative path, file:<path> or url:https://...`,
      );
    }
    const path = scheme === 'file' ? target.slice(5) : target;
    if (path === '') {
      throw new InputError(`Cannot read '${target}': the path is empty`);
    }
    const registeredAt = this.registeredAt(entity, target);
    if (registeredAt.type === 'url') {
      if (scheme === 'file') {
        throw new NotAllowedError(
          `Cannot read '${target}': only entities registered from a file may name files on disk; use a relative path or url:`,
        );
      }
      return { type: 'url', url: new URL(path, registeredAt.url).toString() };
    }
    const directory = dirname(registeredAt.path);
    const resolved = resolve(directory, path);
    if (!isInside(directory, resolved)) {
      throw new NotAllowedError(
        `Cannot read '${target}': it leaves ${directory}, the directory the entity was registered from`,
      );
    }
    return { type: 'file', path: resolved, directory };
  }

  /**
   * Reads the target. With the etag of an earlier read, a file that has not
   * changed gives `unchanged` instead of its content.
   */
  async read(
    entity: Entity,
    target: string,
    options?: EntityFileReadOptions & { etag?: string },
  ): Promise<EntityFileReadResult> {
    const location = this.locate(entity, target, options);
    const described = describeEntityFileLocation(location);
    const result =
      location.type === 'url'
        ? await this.readUrl(location.url, options?.etag)
        : await this.readDisk(location, options?.etag);
    return result === 'unchanged'
      ? { status: 'unchanged', location: described }
      : { status: 'read', location: described, ...result };
  }

  private async readUrl(
    url: string,
    etag: string | undefined,
  ): Promise<{ content: string; etag?: string } | 'unchanged'> {
    try {
      const response = await this.urlReader.readUrl(url, { etag });
      const buffer = await response.buffer();
      this.assertSize(buffer.length, url);
      return { content: buffer.toString('utf8'), etag: response.etag };
    } catch (error) {
      if (error instanceof NotModifiedError) {
        return 'unchanged';
      }
      throw error;
    }
  }

  private async readDisk(
    location: { path: string; directory: string },
    etag: string | undefined,
  ): Promise<{ content: string; etag: string } | 'unchanged'> {
    const { path, directory } = location;
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new NotFoundError(`There is no file at ${path}`);
      }
      throw error;
    }
    // A symbolic link inside the directory must not lead out of it.
    const realDirectory = await realpath(directory);
    if (!isInside(realDirectory, real)) {
      throw new NotAllowedError(
        `Cannot read ${path}: it is a link to a file outside ${directory}`,
      );
    }
    const info = await stat(real);
    if (!info.isFile()) {
      throw new NotFoundError(`${path} is not a file`);
    }
    this.assertSize(info.size, path);
    const buffer = await readFile(real);
    // Disk has no etags; a digest of the content serves the same purpose.
    const digest = createHash('sha256').update(buffer).digest('hex');
    if (etag !== undefined && etag === digest) {
      return 'unchanged';
    }
    return { content: buffer.toString('utf8'), etag: digest };
  }

  /**
   * Refuses a URL outside the repository the entity was registered from;
   * an entity registered from a file has no repository, only its directory.
   */
  private assertInRepository(entity: Entity, target: string, url: string) {
    const registeredAt = this.registeredAt(entity, target);
    if (registeredAt.type === 'file') {
      throw new NotAllowedError(
        `Cannot read '${target}': an entity registered from a file may only name files below ${dirname(
          registeredAt.path,
        )}, the directory it was registered from`,
      );
    }
    if (!isInSameRepository(url, registeredAt.url)) {
      throw new NotAllowedError(
        `Cannot read '${target}': it is not in the repository of ${registeredAt.url}, where the entity was registered from`,
      );
    }
  }

  private assertSize(bytes: number, where: string) {
    if (bytes > this.maxBytes) {
      throw new InputError(
        `${where} is ${bytes} bytes, more than the ${this.maxBytes} allowed`,
      );
    }
  }

  private absoluteUrl(url: string, target: string): string {
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new Error(parsed.protocol);
      }
      return parsed.toString();
    } catch {
      throw new InputError(
        `Cannot read '${target}': url: must be followed by an absolute http(s) URL`,
      );
    }
  }

  /** The file the catalog read the entity from. */
  private registeredAt(
    entity: Entity,
    target: string,
  ): { type: 'url'; url: string } | { type: 'file'; path: string } {
    const ref = stringifyEntityRef(entity);
    const managedBy = entity.metadata.annotations?.[ANNOTATION_LOCATION];
    const [, type, location] = /^([^:]+):(.+)$/.exec(managedBy ?? '') ?? [];
    if (type === 'url') {
      return { type: 'url', url: this.absoluteUrl(location, managedBy!) };
    }
    if (type === 'file') {
      return { type: 'file', path: resolve(location) };
    }
    throw new InputError(
      `Cannot resolve '${target}' for ${ref}: it was not registered from a file or URL (${ANNOTATION_LOCATION} is ${
        managedBy ? `'${managedBy}'` : 'missing'
      }); use url:https://...`,
    );
  }
}
