import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConfiguredReadinessCheck } from './readReadinessOptions';
import {
  ReadinessFacts,
  ReadinessFixSite,
  SCORED_KINDS,
} from './readinessChecks';

import type { EntityReadiness } from '@agent-context/plugin-agent-context-common';

export type {
  EntityReadiness,
  ReadinessCheckResult,
} from '@agent-context/plugin-agent-context-common';

const stringOf = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** Whether readiness applies to an entity of this kind. */
export function isScoredKind(kind: string): boolean {
  return (SCORED_KINDS as readonly string[]).includes(
    kind.toLocaleLowerCase('en-US'),
  );
}

/**
 * Scores one entity from facts gathered elsewhere: pure, so the index can
 * score a whole catalog in one pass without any I/O per entity.
 */
export class ReadinessScorer {
  constructor(
    private readonly options: {
      checks: ConfiguredReadinessCheck[];
      /** The portal's base URL, for links to its pages. */
      appBaseUrl: string;
      usageGuideUrl?: string;
    },
  ) {}

  /** The entity's readiness; undefined for kinds that are not scored. */
  score(entity: Entity, facts: ReadinessFacts): EntityReadiness | undefined {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    if (!isScoredKind(kind)) {
      return undefined;
    }
    const checks = this.options.checks
      .filter(check => check.kinds.includes(kind))
      .map(check => ({
        id: check.id,
        title: check.title,
        passed: check.passes(entity, facts),
        weight: check.weight,
        fix: check.fix,
        link: this.linkFor(entity, check.fixSite),
      }));
    const total = checks.reduce((sum, check) => sum + check.weight, 0);
    const passed = checks
      .filter(check => check.passed)
      .reduce((sum, check) => sum + check.weight, 0);
    return {
      entityRef: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
      title: entity.metadata.title ?? entity.metadata.name,
      kind: entity.kind,
      owner: fullRefOf(entity.spec?.owner, 'group', entity),
      system: fullRefOf(entity.spec?.system, 'system', entity),
      lifecycle: stringOf(entity.spec?.lifecycle),
      // Nothing to check counts as ready: every check was switched off.
      score: total === 0 ? 100 : Math.round((passed / total) * 100),
      checks,
    };
  }

  private linkFor(entity: Entity, site: ReadinessFixSite): string {
    const { kind, namespace, name } = getCompoundEntityRef(entity);
    const entityPage = `${this.options.appBaseUrl}/catalog/${encodeURIComponent(
      namespace,
    )}/${encodeURIComponent(
      kind.toLocaleLowerCase('en-US'),
    )}/${encodeURIComponent(name)}`;
    if (site === 'catalog-file') {
      return catalogFileOf(entity) ?? entityPage;
    }
    if (site === 'usage' && this.options.usageGuideUrl) {
      return this.options.usageGuideUrl;
    }
    // The entity's Agent context tab holds its conventions' editor and
    // the AGENTS.md and context to fetch.
    return `${entityPage}/agent-context`;
  }
}

/** The URL of the file that declares the entity, when the catalog knows it. */
function catalogFileOf(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const editUrl = stringOf(annotations['backstage.io/edit-url']);
  if (editUrl) {
    return editUrl;
  }
  for (const key of [
    'backstage.io/managed-by-origin-location',
    'backstage.io/managed-by-location',
  ]) {
    const location = stringOf(annotations[key]);
    if (location?.startsWith('url:')) {
      return location.slice('url:'.length);
    }
  }
  return undefined;
}

/**
 * A spec reference as a full lower-case ref, so that `team-a` and
 * `group:default/team-a` filter alike; as written when it is no ref.
 */
export function fullRefOf(
  value: unknown,
  defaultKind: string,
  entity?: Entity,
): string | undefined {
  const raw = stringOf(value);
  if (!raw) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(raw, {
        defaultKind,
        defaultNamespace: entity?.metadata.namespace ?? 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return raw;
  }
}
