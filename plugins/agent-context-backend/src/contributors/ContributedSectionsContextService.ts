import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  ContextSection,
  EntityContext,
  neutralizeMarkdown,
  neutralizeText,
} from '@agent-context/plugin-agent-context-common';
import { ContextContributor } from '@agent-context/plugin-agent-context-node';
import { JsonObject, JsonValue } from '@backstage/types';
import { EntityContextService } from '../context';
import { contentHashOf } from '../context/contextDigest';
import { assertValidExtensions } from '../extensions/assertValidExtensions';

/** As long as a convention body may be. */
const MAX_MARKDOWN_LENGTH = 16_384;
const MAX_TITLE_LENGTH = 80;

/** Every string in a JSON value, keys included, without invisible characters. */
function neutralizeJson(value: JsonValue): JsonValue {
  if (typeof value === 'string') {
    return neutralizeText(value);
  }
  if (Array.isArray(value)) {
    return value.map(neutralizeJson);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        neutralizeText(key),
        neutralizeJson(item ?? null),
      ]),
    );
  }
  return value;
}

/**
 * What a contributor returned, as a section of the context; an Error
 * naming what is wrong with it otherwise. `data` goes through JSON, which
 * also drops what JSON cannot carry (functions, undefined) and turns dates
 * into strings, so the section is the same whether served fresh or cached.
 */
function sectionOf(
  contributor: ContextContributor,
  content: unknown,
): ContextSection {
  const { data, markdown } = (content ?? {}) as {
    data?: unknown;
    markdown?: unknown;
  };
  const json: unknown =
    data === undefined ? undefined : JSON.parse(JSON.stringify(data));
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error('data is not a JSON object');
  }
  if (typeof markdown !== 'string') {
    throw new Error('markdown is not a string');
  }
  if (markdown.length > MAX_MARKDOWN_LENGTH) {
    throw new Error(
      `markdown is ${markdown.length} characters long, more than ${MAX_MARKDOWN_LENGTH}`,
    );
  }
  return {
    id: contributor.id,
    title: neutralizeText(contributor.title),
    priority: contributor.priority,
    data: neutralizeJson(json as JsonObject) as JsonObject,
    markdown: neutralizeMarkdown(markdown),
  };
}

/**
 * Adds the sections of the installed context contributors to each
 * context, after conventions: a contributor sees the context as the suite
 * assembled it, and its section is part of the content hash, so ETags and
 * the CLI's staleness check see it change.
 *
 * Contributors run whenever an answer is built: what they say may change
 * at any time (a rota hands over) without a signal the suite could follow,
 * so `agentContext.cache.ttlSeconds` bounds how long a built section is
 * served. A contributor
 * that fails, or returns something that is not a section, is logged and
 * left out; the rest of the context is served. Text is neutralised as
 * catalog text is: no invisible characters in the JSON, and the Markdown
 * in the form convention bodies take in JSON (the AGENTS.md renderer
 * sanitises it further, as it does those bodies).
 */
export class ContributedSectionsContextService implements EntityContextService {
  /** The inner service itself when no contributor is installed. */
  static create(options: {
    inner: EntityContextService;
    contributors: ContextContributor[];
    logger: LoggerService;
  }): EntityContextService {
    const { inner, contributors, logger } = options;
    assertValidExtensions(
      'context contributors',
      contributors.map(contributor => ({
        id: contributor.id,
        rank: contributor.priority,
        problem:
          typeof contributor.title === 'string' &&
          contributor.title.trim() !== '' &&
          contributor.title.length <= MAX_TITLE_LENGTH &&
          !/[\r\n\u2028\u2029]/.test(contributor.title)
            ? undefined
            : `title of '${contributor.id}' is not a one-line text of 1 to ${MAX_TITLE_LENGTH} characters`,
      })),
      'priority',
    );
    if (contributors.length === 0) {
      return inner;
    }
    return new ContributedSectionsContextService(inner, contributors, logger);
  }

  private constructor(
    private readonly inner: EntityContextService,
    private readonly contributors: ContextContributor[],
    private readonly logger: LoggerService,
  ) {}

  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: { credentials: BackstageCredentials },
  ): Promise<EntityContext> {
    const context = await this.inner.getEntityContext(entityRef, options);
    const sections = (
      await Promise.all(
        this.contributors.map(contributor =>
          this.contribution(contributor, context, options.credentials),
        ),
      )
    )
      .filter((section): section is ContextSection => section !== undefined)
      .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
    if (sections.length === 0) {
      return context;
    }
    const { metadata, ...content } = context;
    const withSections = { ...content, sections };
    return {
      ...withSections,
      metadata: {
        ...metadata,
        contentHash: contentHashOf({
          ...withSections,
          catalogRevision: metadata.catalogRevision,
          conventionsRevision: metadata.conventionsRevision,
        }),
      },
    };
  }

  private async contribution(
    contributor: ContextContributor,
    context: EntityContext,
    credentials: BackstageCredentials,
  ): Promise<ContextSection | undefined> {
    try {
      const content = await contributor.contribute({ context, credentials });
      return content === undefined
        ? undefined
        : sectionOf(contributor, content);
    } catch (error) {
      this.logger.warn(
        `Context contributor '${contributor.id}' gave no section for ${context.entity.ref}: ${error}`,
      );
      return undefined;
    }
  }
}
