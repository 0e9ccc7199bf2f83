import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { neutralizeText } from '@agent-context/plugin-agent-context-common';
import { createHash } from 'node:crypto';
import { EntityFileReader } from '../conventions/sources/EntityFileReader';
import {
  skillFileTarget,
  skillFrontmatter,
  withSkillFrontmatter,
} from './skillMarkdown';

/** A skill as the well-known index serves it. */
export interface PublishedSkill {
  /** The index name: the entity's name, which is also its directory. */
  name: string;
  description: string;
  entityRef: string;
  /** The SKILL.md as served. */
  content: string;
  /** `sha256:<hex>` of the served bytes. */
  digest: string;
}

/** Whom a list is for: the catalog decides which skills they may read. */
export interface SkillsReader {
  credentials: BackstageCredentials;
}

/** The skills the portal publishes, in name order. */
export interface SkillsIndex {
  /** The published skills whose entities the reader may read. */
  list(reader: SkillsReader): Promise<PublishedSkill[]>;
  /** The published skill of that name, if the reader may read its entity. */
  get(name: string, reader: SkillsReader): Promise<PublishedSkill | undefined>;
}

/** The catalog's skills; the same filter picks them for every reader. */
const SKILL_FILTER = { kind: 'AiResource', 'spec.type': 'skill' };

/** Skill names per the Agent Skills specification. */
const SKILL_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKILL_NAME_MAX_LENGTH = 64;
const DESCRIPTION_MAX_LENGTH = 1024;
/** Source hosts are asked a few files at a time, not all at once. */
const READ_CONCURRENCY = 4;
/**
 * Each build reads every SKILL.md, so a build is reused for a minute:
 * bursts of installs cost the source hosts one read per skill, and the
 * SKILL.md served always matches the digest listed.
 */
const DEFAULT_TTL_MS = 60_000;

/** Catalog refs are case-insensitive. */
const refKey = (ref: string) => ref.toLocaleLowerCase('en-US');

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}

/**
 * The catalog's `AiResource` skills with a readable SKILL.md, for the
 * well-known agent-skills index.
 *
 * The files are read and the index built once for everyone, with the
 * plugin's own credentials (the URL reader has no notion of a caller), and
 * each list is then cut down to the skill entities its reader may read in
 * the catalog. A SKILL.md is read only from the repository its entity was
 * registered from (or below the directory of its catalog file on disk):
 * the integrations' credentials read much more than any one repository,
 * and registering an entity must not be a way to publish it. A skill that
 * is refused or whose file cannot be read is left out (and logged), as are
 * names an installer would refuse.
 */
export class CatalogSkillsIndex implements SkillsIndex {
  private snapshot?: { at: number; skills: Promise<PublishedSkill[]> };

  private constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      files: EntityFileReader;
      logger: LoggerService;
      ttlMs: number;
      now: () => number;
    },
  ) {}

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    files: EntityFileReader;
    logger: LoggerService;
    /** How long a built index is reused. Default: one minute. */
    ttlMs?: number;
    now?: () => number;
  }): CatalogSkillsIndex {
    return new CatalogSkillsIndex({
      ...options,
      ttlMs: options.ttlMs ?? DEFAULT_TTL_MS,
      now: options.now ?? Date.now,
    });
  }

  async list(reader: SkillsReader): Promise<PublishedSkill[]> {
    const [skills, readable] = await Promise.all([
      this.published(),
      this.readableRefs(reader),
    ]);
    return skills.filter(skill => readable.has(refKey(skill.entityRef)));
  }

  async get(
    name: string,
    reader: SkillsReader,
  ): Promise<PublishedSkill | undefined> {
    const skill = (await this.published()).find(s => s.name === name);
    if (!skill) {
      return undefined;
    }
    const entity = await this.deps.catalog.getEntityByRef(skill.entityRef, {
      credentials: reader.credentials,
    });
    return entity ? skill : undefined;
  }

  /** The refs of the skill entities the reader may read. */
  private async readableRefs(reader: SkillsReader): Promise<Set<string>> {
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: SKILL_FILTER,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials: reader.credentials },
    );
    return new Set(items.map(entity => refKey(stringifyEntityRef(entity))));
  }

  /** Every skill the plugin itself can publish, built at most once a TTL. */
  private published(): Promise<PublishedSkill[]> {
    const { ttlMs, now, logger } = this.deps;
    if (!this.snapshot || now() - this.snapshot.at >= ttlMs) {
      const skills = this.build();
      this.snapshot = { at: now(), skills };
      // A failed build is not kept: the next request tries again.
      skills.catch(error => {
        logger.warn(`Could not build the skills index: ${error}`);
        if (this.snapshot?.skills === skills) {
          this.snapshot = undefined;
        }
      });
    }
    return this.snapshot.skills;
  }

  private async build(): Promise<PublishedSkill[]> {
    const { catalog, auth, logger } = this.deps;
    const { items } = await catalog.getEntities(
      { filter: SKILL_FILTER, fields: ['kind', 'metadata', 'spec.type'] },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    // Skills are published by name alone, so two entities with one name
    // (in different namespaces) would let whichever sorts first take the
    // other's URL; neither is published, and the clash is logged.
    const byName = new Map<string, Entity[]>();
    for (const entity of items) {
      const name = entity.metadata.name.toLocaleLowerCase('en-US');
      const ref = stringifyEntityRef(entity);
      if (!SKILL_NAME.test(name) || name.length > SKILL_NAME_MAX_LENGTH) {
        logger.warn(
          `Skill ${ref} is not published: '${name}' is not a valid skill name (lower-case letters, digits and single dashes, at most ${SKILL_NAME_MAX_LENGTH})`,
        );
      } else {
        byName.set(name, [...(byName.get(name) ?? []), entity]);
      }
    }
    const named = new Map<string, Entity>();
    for (const [name, entities] of byName) {
      if (entities.length === 1) {
        named.set(name, entities[0]);
      } else {
        logger.warn(
          `Skills ${entities
            .map(e => stringifyEntityRef(e))
            .sort()
            .join(
              ', ',
            )} are not published: they share the name '${name}', and the index publishes skills by name`,
        );
      }
    }
    const published = await mapLimited(
      [...named.entries()],
      READ_CONCURRENCY,
      ([name, entity]) => this.publish(name, entity),
    );
    return published
      .filter((skill): skill is PublishedSkill => skill !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  private async publish(
    name: string,
    entity: Entity,
  ): Promise<PublishedSkill | undefined> {
    const { files, logger } = this.deps;
    const entityRef = stringifyEntityRef(entity);
    const sourceLocation =
      entity.metadata.annotations?.[ANNOTATION_SOURCE_LOCATION];
    if (!sourceLocation) {
      logger.warn(
        `Skill ${entityRef} is not published: it has no ${ANNOTATION_SOURCE_LOCATION} annotation pointing at its SKILL.md`,
      );
      return undefined;
    }
    try {
      const result = await files.read(entity, skillFileTarget(sourceLocation), {
        sameRepository: true,
      });
      if (result.status !== 'read') {
        // Only reads with an etag can be unchanged; this one had none.
        return undefined;
      }
      const frontmatter = skillFrontmatter(result.content);
      // The index's description is what an installer shows the agent when
      // it picks a skill: catalog text, so without invisible characters.
      const description = [
        frontmatter?.description,
        entity.metadata.description,
        entity.metadata.title,
        name,
      ]
        .map(text => (typeof text === 'string' ? neutralizeText(text) : ''))
        .find(text => text.trim() !== '')!
        .trim()
        .slice(0, DESCRIPTION_MAX_LENGTH);
      const content = withSkillFrontmatter(result.content, {
        name,
        description,
      });
      const digest = createHash('sha256').update(content, 'utf8').digest('hex');
      return {
        name,
        description,
        entityRef,
        content,
        digest: `sha256:${digest}`,
      };
    } catch (error) {
      logger.warn(
        `Skill ${entityRef} is not published: its SKILL.md ${
          error instanceof Error && error.name === 'NotAllowedError'
            ? 'is refused'
            : 'could not be read'
        }: ${error}`,
      );
      return undefined;
    }
  }
}
