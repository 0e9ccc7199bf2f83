import {
  ContextSkill,
  Convention,
  ConventionSeverity,
  CONVENTION_ID_MAX_LENGTH,
  CONVENTION_SEVERITIES,
  toSafeUrl,
} from '@agent-context/plugin-agent-context-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CatalogAiResources } from '../types';
import { SEVERITY_ANNOTATION } from './annotations';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** The spec fields this source reads; `AiResource` is an alpha kind. */
interface AiResourceSpec {
  type?: string;
  owner?: string;
  system?: string;
  category?: string;
  rationale?: string;
}

/**
 * The ref a spec field names, completed as the catalog completes it when
 * it draws the entity's relations (default kind, the entity's namespace).
 */
function refOf(
  value: unknown,
  defaultKind: string,
  entity: Entity,
): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  try {
    return lower(
      stringifyEntityRef(
        parseEntityRef(value, {
          defaultKind,
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    );
  } catch {
    return undefined;
  }
}

/**
 * Entity names may hold dots and underscores, which convention ids do not;
 * those become dashes so the rule can still be overridden or waived by id.
 */
function conventionIdOf(name: string): string | undefined {
  const id = name
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CONVENTION_ID_MAX_LENGTH)
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}

/**
 * The rule's full text, when it is at a URL an agent or reviewer can open;
 * a `file:` location means nothing outside the portal's own machine.
 */
function sourceLinkOf(entity: Entity): string | undefined {
  const location = entity.metadata.annotations?.[ANNOTATION_SOURCE_LOCATION];
  return location?.startsWith('url:') ? location.slice(4) : undefined;
}

function severityOf(entity: Entity): ConventionSeverity {
  const value = entity.metadata.annotations?.[SEVERITY_ANNOTATION];
  return CONVENTION_SEVERITIES.find(s => s === value?.trim()) ?? 'should';
}

function ruleToConvention(
  entity: Entity,
  scope: string,
): Convention | undefined {
  const id = conventionIdOf(entity.metadata.name);
  if (!id) {
    return undefined;
  }
  const spec = entity.spec as AiResourceSpec;
  const link = toSafeUrl(sourceLinkOf(entity));
  const body = [
    entity.metadata.description?.trim(),
    // Written as a link: a bare address in a body is shown as text.
    link ? `[Full rule](${link})` : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id,
    scope,
    source: 'catalog',
    action: 'define',
    category: 'rule',
    title: entity.metadata.title ?? entity.metadata.name,
    body,
    severity: severityOf(entity),
    enforced: false,
    ...(spec.rationale ? { rationale: spec.rationale } : {}),
    ...(spec.category ? { topic: spec.category } : {}),
    location: lower(stringifyEntityRef(entity)),
    revision: 0,
  };
}

function skillOf(entity: Entity, scope: string): ContextSkill {
  const sourceLocation =
    entity.metadata.annotations?.[ANNOTATION_SOURCE_LOCATION];
  return {
    ref: lower(stringifyEntityRef(entity)),
    name: entity.metadata.name,
    ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
    ...(entity.metadata.description
      ? { description: entity.metadata.description }
      : {}),
    ...(sourceLocation ? { sourceLocation } : {}),
    scope,
  };
}

/**
 * The catalog's `AiResource` entities for an entity's scopes: rules (spec
 * type `rule`) become read-only conventions, skills (`skill`) are listed.
 * A resource belongs to the system it names, or else to the owner in the
 * entity's group chain that owns it. Read with the caller's credentials,
 * so the catalog's permissions decide which resources count.
 */
export class CatalogAiResourceConventions implements CatalogAiResources {
  private constructor(private readonly catalog: CatalogService) {}

  static create(options: {
    catalog: CatalogService;
  }): CatalogAiResourceConventions {
    return new CatalogAiResourceConventions(options.catalog);
  }

  async forScopes(
    scopes: { systemRef?: string; ownerRefs: string[] },
    credentials: BackstageCredentials,
  ): Promise<{ rules: Convention[]; skills: ContextSkill[] }> {
    const systemRef = scopes.systemRef && lower(scopes.systemRef);
    const ownerRefs = scopes.ownerRefs.map(lower);
    // Each filter is one alternative; the catalog returns entities matching any.
    const filter: Record<string, string | string[]>[] = [
      ...(systemRef
        ? [{ kind: 'AiResource', 'relations.partOf': systemRef }]
        : []),
      ...(ownerRefs.length > 0
        ? [{ kind: 'AiResource', 'relations.ownedBy': ownerRefs }]
        : []),
    ];
    if (filter.length === 0) {
      return { rules: [], skills: [] };
    }
    const { items } = await this.catalog.getEntities(
      { filter },
      { credentials },
    );

    const rules: Convention[] = [];
    const skills: ContextSkill[] = [];
    for (const entity of items) {
      const spec = (entity.spec ?? {}) as AiResourceSpec;
      const scope = this.scopeOf(entity, spec, systemRef, ownerRefs);
      if (!scope) {
        continue;
      }
      if (spec.type === 'rule') {
        const rule = ruleToConvention(entity, scope);
        if (rule) {
          rules.push(rule);
        }
      } else if (spec.type === 'skill') {
        skills.push(skillOf(entity, scope));
      }
    }
    const byScopeThen = (a: string, b: string, c: string, d: string) =>
      a.localeCompare(b, 'en') || c.localeCompare(d, 'en');
    rules.sort((a, b) => byScopeThen(a.scope, b.scope, a.id, b.id));
    skills.sort((a, b) => byScopeThen(a.scope, b.scope, a.ref, b.ref));
    return { rules, skills };
  }

  /**
   * The system scope wins over the owner scope: a rule filed under a system
   * applies to that system's parts whichever team owns the rule.
   */
  private scopeOf(
    entity: Entity,
    spec: AiResourceSpec,
    systemRef: string | undefined,
    ownerRefs: string[],
  ): string | undefined {
    if (systemRef && refOf(spec.system, 'system', entity) === systemRef) {
      return systemRef;
    }
    const owner = refOf(spec.owner, 'group', entity);
    return ownerRefs.find(ref => ref === owner);
  }
}
