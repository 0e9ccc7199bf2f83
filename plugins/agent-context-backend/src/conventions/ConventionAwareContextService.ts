import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  ContextSkill,
  EntityContext,
  toContextConvention,
} from '@agent-context/plugin-agent-context-common';
import { EntityContextRequestOptions, EntityContextService } from '../context';
import { contentHashOf, digestOf } from '../context/contextDigest';
import { ConventionsService } from './ConventionsService';

/**
 * A skill whose SKILL.md lives at a web address keeps it; one kept beside
 * the portal's own files (a `file:` location, which means nothing to an
 * agent elsewhere) points at the copy the portal publishes instead.
 */
export function publishedSkill(
  skill: ContextSkill,
  skillsIndexUrl: string,
): ContextSkill {
  const location = skill.sourceLocation?.replace(/^url:/, '');
  if (location && /^https?:\/\//.test(location)) {
    return { ...skill, sourceLocation: location };
  }
  return {
    ...skill,
    sourceLocation: `${skillsIndexUrl}/${skill.name.toLocaleLowerCase(
      'en-US',
    )}/SKILL.md`,
  };
}

/** The refs of the catalog AiResources a resolution applied. */
export function catalogResourcesOf(resolution: {
  conventions: Array<{ source: string; location?: string }>;
  skills: Array<{ ref: string }>;
}): string[] {
  return [
    ...resolution.conventions
      .filter(convention => convention.source === 'catalog')
      .flatMap(convention =>
        convention.location ? [convention.location] : [],
      ),
    ...resolution.skills.map(skill => skill.ref),
  ].map(ref => ref.toLocaleLowerCase('en-US'));
}

/**
 * Adds the resolved conventions and skills to each context.
 *
 * The result is part of the shared answers, which a convention write
 * drops at once on its own replica and within seconds on the others (see
 * `ScopeChangeFeed`), so an owner who saves a convention sees it in the
 * AGENTS.md straight away. The catalog AiResources behind the rules and
 * skills it adds are recorded as entities the answer was built from.
 */
export class ConventionAwareContextService implements EntityContextService {
  constructor(
    private readonly inner: EntityContextService,
    private readonly conventions: ConventionsService,
    /** Where the portal publishes skills, e.g. `<backend>/.well-known/agent-skills`. */
    private readonly skillsIndexUrl: string,
  ) {}

  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: EntityContextRequestOptions,
  ): Promise<EntityContext> {
    const base = await this.inner.getEntityContext(entityRef, options);
    const resolution = await this.conventions.resolveFor(
      base,
      options.credentials,
    );
    // The catalog's AiResources behind a rule or skill are entities the
    // context is built from too: whoever may not read one may not be
    // served the answer that carries it.
    for (const ref of catalogResourcesOf(resolution)) {
      options.scope?.touched?.add(ref);
    }
    const { metadata, ...rest } = base;
    const content = {
      ...rest,
      conventions: resolution.conventions.map(toContextConvention),
      skills: resolution.skills.map(skill =>
        publishedSkill(skill, this.skillsIndexUrl),
      ),
    };
    const revisions = {
      catalogRevision: metadata.catalogRevision,
      conventionsRevision: digestOf({
        conventions: content.conventions,
        skills: content.skills,
      }),
    };
    return {
      ...content,
      metadata: {
        generatedAt: metadata.generatedAt,
        ...revisions,
        contentHash: contentHashOf({ ...content, ...revisions }),
      },
    };
  }
}
