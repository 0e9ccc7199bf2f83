import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  ContextConvention,
  EntityContext,
  ResolvedConvention,
} from '@agent-context/plugin-agent-context-common';
import { EntityContextService } from '../context';
import { contentHashOf, digestOf } from '../context/contextDigest';
import { ConventionsService } from './ConventionsService';

/** The part of a resolved convention an agent is told. */
export function toContextConvention(
  convention: ResolvedConvention,
): ContextConvention {
  const { id, category, title, body, severity, scope, source } = convention;
  return {
    id,
    category,
    title,
    body,
    ...(severity ? { severity } : {}),
    scope,
    source,
    ...(convention.enforced ? { enforced: true } : {}),
    ...(convention.rationale ? { rationale: convention.rationale } : {}),
    ...(convention.location ? { location: convention.location } : {}),
    ...(convention.overrides?.length
      ? { overrides: convention.overrides }
      : {}),
  };
}

/**
 * Adds the resolved conventions and skills to each context.
 *
 * It sits outside the context cache on purpose: the catalog part of a
 * context may be a few seconds old, but conventions are read fresh on every
 * request (a few indexed queries), so an owner who saves a convention sees
 * it in the AGENTS.md at once, on every replica.
 */
export class ConventionAwareContextService implements EntityContextService {
  constructor(
    private readonly inner: EntityContextService,
    private readonly conventions: ConventionsService,
  ) {}

  async getEntityContext(
    entityRef: CompoundEntityRef,
    options: { credentials: BackstageCredentials },
  ): Promise<EntityContext> {
    const base = await this.inner.getEntityContext(entityRef, options);
    const resolution = await this.conventions.resolveFor(
      base,
      options.credentials,
    );
    const { metadata, ...rest } = base;
    const content = {
      ...rest,
      conventions: resolution.conventions.map(toContextConvention),
      skills: resolution.skills,
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
