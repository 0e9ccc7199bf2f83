import {
  ContextSkill,
  Convention,
  ConventionSeverity,
  CONVENTION_ID_MAX_LENGTH,
  CONVENTION_SEVERITIES,
  toSafeUrl,
  UnverifiedCatalogResource,
} from '@agent-context/plugin-agent-context-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  RELATION_OWNED_BY,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { groupAncestors } from '../../context/groupAncestors';
import { relationTargets } from '../../context/summarizeEntity';
import { CatalogAiResources, CatalogAiResourcesForScopes } from '../types';
import { SEVERITY_ANNOTATION } from './annotations';
import { AiResourceReader } from './GraphAiResourceReader';

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
    ...(ownerOf(entity) ? { locationOwner: ownerOf(entity) } : {}),
    revision: 0,
  };
}

function ownerOf(entity: Entity): string | undefined {
  return refOf(
    (entity.spec as AiResourceSpec | undefined)?.owner,
    'group',
    entity,
  );
}

/** Who may file rules and skills for a system: its owner and the groups above. */
interface SystemOwners {
  systemRef: string;
  owner?: string;
  owners: Set<string>;
}

/** Where a resource applies, or why it names a scope it may not claim. */
type Placement =
  | { scope: string }
  | { unverified: UnverifiedCatalogResource }
  | undefined;

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
 * entity's group chain that owns it. Read as the caller may read them, so
 * the catalog's permissions decide which resources count.
 */
export class CatalogAiResourceConventions implements CatalogAiResources {
  private constructor(private readonly reader: AiResourceReader) {}

  static create(options: {
    reader: AiResourceReader;
  }): CatalogAiResourceConventions {
    return new CatalogAiResourceConventions(options.reader);
  }

  async forScopes(
    scopes: { systemRef?: string; ownerRefs: string[] },
    credentials: BackstageCredentials,
  ): Promise<CatalogAiResourcesForScopes> {
    const systemRef = scopes.systemRef && lower(scopes.systemRef);
    const ownerRefs = scopes.ownerRefs.map(lower);
    const items = await this.reader.filedFor(
      { systemRef, ownerRefs },
      credentials,
    );
    const namesSystem = (entity: Entity) =>
      !!systemRef && refOf(entity.spec?.system, 'system', entity) === systemRef;
    const systemOwners =
      systemRef && items.some(namesSystem)
        ? await this.systemOwners(systemRef, credentials)
        : undefined;

    const rules: Convention[] = [];
    const skills: ContextSkill[] = [];
    const unverified: UnverifiedCatalogResource[] = [];
    for (const entity of items) {
      const spec = (entity.spec ?? {}) as AiResourceSpec;
      if (spec.type !== 'rule' && spec.type !== 'skill') {
        continue;
      }
      const placement = this.placementOf(
        entity,
        namesSystem(entity) ? systemOwners : undefined,
        ownerRefs,
      );
      if (!placement) {
        continue;
      }
      if ('unverified' in placement) {
        unverified.push(placement.unverified);
      } else if (spec.type === 'rule') {
        const rule = ruleToConvention(entity, placement.scope);
        if (rule) {
          rules.push(rule);
        }
      } else {
        skills.push(skillOf(entity, placement.scope));
      }
    }
    const byScopeThen = (a: string, b: string, c: string, d: string) =>
      a.localeCompare(b, 'en') || c.localeCompare(d, 'en');
    rules.sort((a, b) => byScopeThen(a.scope, b.scope, a.id, b.id));
    skills.sort((a, b) => byScopeThen(a.scope, b.scope, a.ref, b.ref));
    unverified.sort((a, b) => byScopeThen(a.scope, b.scope, a.ref, b.ref));
    return { rules, skills, unverified };
  }

  /**
   * A resource that names the system counts there only when its owner owns
   * the system (the system's owner, or a group above that owner): anyone
   * who can register an entity can name any system in it. One that names
   * a system belongs to that system or nowhere. One that names no system
   * belongs to its owner, when that owner is in the entity's owner chain;
   * it is then the scope's owner by definition.
   */
  private placementOf(
    entity: Entity,
    systemOwners: SystemOwners | undefined,
    ownerRefs: string[],
  ): Placement {
    const owner = ownerOf(entity);
    if (systemOwners) {
      const { systemRef } = systemOwners;
      if (owner && systemOwners.owners.has(owner)) {
        return { scope: systemRef };
      }
      return {
        unverified: {
          ref: lower(stringifyEntityRef(entity)),
          type: String(entity.spec?.type),
          title: entity.metadata.title ?? entity.metadata.name,
          ...(owner ? { owner } : {}),
          scope: systemRef,
          reason: unverifiedReason(owner, systemOwners),
        },
      };
    }
    // A resource filed for a system belongs to that system or nowhere:
    // falling back to its owner's scope would apply a rule that the
    // system's owners refused to every entity its author owns.
    if (entity.spec?.system) {
      return undefined;
    }
    const scope = ownerRefs.find(ref => ref === owner);
    return scope ? { scope } : undefined;
  }

  /** The system's owner and every group above it, as the caller reads them. */
  private async systemOwners(
    systemRef: string,
    credentials: BackstageCredentials,
  ): Promise<SystemOwners> {
    const load = (ref: string) => this.reader.entity(ref, credentials);
    const system = await load(systemRef);
    const owner = system
      ? relationTargets(system, RELATION_OWNED_BY)[0]?.toLocaleLowerCase(
          'en-US',
        )
      : undefined;
    const ownerEntity = owner ? await load(owner) : undefined;
    const above = ownerEntity ? await groupAncestors(ownerEntity, load) : [];
    return {
      systemRef,
      ...(owner ? { owner } : {}),
      owners: new Set([
        ...(owner ? [owner] : []),
        ...above.map(ancestor => ancestor.ref),
      ]),
    };
  }
}

function unverifiedReason(
  owner: string | undefined,
  { systemRef, owner: systemOwner }: SystemOwners,
): string {
  const claim = owner
    ? `its owner ${owner} does not own ${systemRef}`
    : `it names no owner, so nothing shows it speaks for ${systemRef}`;
  const who = systemOwner
    ? `only ${systemOwner} or a group above it may file rules and skills for it`
    : `${systemRef} has no owner in the catalog, so no rule filed for it can be verified`;
  return `${claim}; ${who}`;
}
