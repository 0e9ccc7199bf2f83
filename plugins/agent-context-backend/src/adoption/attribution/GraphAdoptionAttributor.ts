import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { RootConfigService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogGraph, repositoryCandidates, userEmailOf } from '../../graph';
import { chooseRepositorySource } from '../../repository/repositorySources';
import { AdoptionAttribution, AdoptionAttributor } from '../types';
import { Pseudonymizer } from './Pseudonymizer';

/** What attribution reads of the catalog graph. */
export type AttributionGraph = Pick<
  CatalogGraph,
  'get' | 'repositorySources' | 'usersWithEmail'
>;

/**
 * Metadata keys that attribute a row when its own fields do not: what an
 * AI gateway's callers can set per request (at most five scalar keys), so
 * that a gateway log line names the service or team it was for.
 */
export const ATTRIBUTION_METADATA_KEYS = {
  /** An entity ref, in any of the forms `entityRef` accepts. */
  entity: 'entity',
  /** A repository URL, as `repositoryUrl`. */
  repository: 'repository',
  /** A group, as `teamRef`. */
  team: 'team',
} as const;

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Attributes adoption rows to catalog entities, teams and pseudonymous
 * users from the in-process catalog graph: synchronous, with no catalog
 * request per row. Attribution is the system's own bookkeeping, so no
 * caller's visibility applies. Refs come out in lower case, the graph's
 * keys, so that every source's rows for one entity or team meet in one
 * rollup however the source spelt them. The rules are in the plugin
 * README, section "Attribution".
 */
export class GraphAdoptionAttributor implements AdoptionAttributor {
  /** An attributor over `graph`, pseudonymising with the configured key. */
  static fromConfig(options: {
    config: RootConfigService;
    graph: AttributionGraph;
  }): GraphAdoptionAttributor {
    return GraphAdoptionAttributor.create({
      graph: options.graph,
      pseudonymizer: Pseudonymizer.fromConfig(options.config),
    });
  }

  static create(options: {
    graph: AttributionGraph;
    pseudonymizer: Pseudonymizer;
  }): GraphAdoptionAttributor {
    return new GraphAdoptionAttributor(options.graph, options.pseudonymizer);
  }

  private constructor(
    private readonly graph: AttributionGraph,
    private readonly pseudonymizer: Pseudonymizer,
  ) {}

  attribute(row: AdoptionRow): AdoptionAttribution {
    const metadata = row.metadata ?? {};
    const text = (key: string) =>
      typeof metadata[key] === 'string' ? (metadata[key] as string) : undefined;

    const entity =
      this.entityNamed(row.entityRef) ??
      this.entityInRepository(row.repositoryUrl) ??
      this.entityNamed(text(ATTRIBUTION_METADATA_KEYS.entity)) ??
      this.entityInRepository(text(ATTRIBUTION_METADATA_KEYS.repository));
    const users = this.catalogUsersOf(row.user);

    const team =
      this.groupNamed(row.teamRef) ??
      this.groupNamed(text(ATTRIBUTION_METADATA_KEYS.team));
    let teamRefs = team ? [team] : this.groupsOf(users, RELATION_MEMBER_OF);
    if (teamRefs.length === 0 && entity) {
      teamRefs = this.groupsOf([entity], RELATION_OWNED_BY);
    }

    // A user known to the catalog by ref counts under their catalog e-mail,
    // as they do in the tools that report them by e-mail.
    const email =
      row.user?.email ??
      (users.length === 1 ? userEmailOf(users[0]) : undefined);
    const userKey = this.pseudonymizer.userKey(row.source, {
      id: row.user?.id,
      email,
    });

    return {
      ...(entity && { entityRef: lower(stringifyEntityRef(entity)) }),
      teamRefs,
      ...(userKey && { userKey }),
    };
  }

  /**
   * The entity a ref names: `kind:namespace/name`, or shorter, with kind
   * component and namespace default, as the MCP tools accept it (so
   * OpenTelemetry's `backstage.entity_ref=checkout-service` works).
   */
  private entityNamed(ref: string | undefined): Entity | undefined {
    return this.entityOf(ref, 'component');
  }

  /** A group by ref, or by name in the default namespace. */
  private groupNamed(ref: string | undefined): string | undefined {
    const group = this.entityOf(ref, 'group');
    return group && lower(group.kind) === 'group'
      ? lower(stringifyEntityRef(group))
      : undefined;
  }

  private entityOf(
    ref: string | undefined,
    defaultKind: string,
  ): Entity | undefined {
    if (!ref) {
      return undefined;
    }
    try {
      return this.graph.get(
        stringifyEntityRef(
          parseEntityRef(ref.trim(), {
            defaultKind,
            defaultNamespace: 'default',
          }),
        ),
      );
    } catch {
      return undefined; // not a ref: attributed by the next rule, if any
    }
  }

  /**
   * The entity whose source is the repository, by the by-repository
   * lookup's rules; none when the URL is not one or when several entities
   * match equally well (a guess would split a service's figures).
   */
  private entityInRepository(url: string | undefined): Entity | undefined {
    if (!url) {
      return undefined;
    }
    try {
      const { wanted, candidates } = repositoryCandidates({ url }, this.graph);
      return this.graph.get(chooseRepositorySource(wanted, candidates).ref);
    } catch {
      return undefined;
    }
  }

  /** The catalog Users behind a row's user: by e-mail, or by user ref. */
  private catalogUsersOf(user: AdoptionRow['user']): Entity[] {
    if (user?.email) {
      return this.graph
        .usersWithEmail(user.email)
        .map(ref => this.graph.get(ref))
        .filter((e): e is Entity => Boolean(e));
    }
    // Only an explicit `user:` ref: another tool's login that happens to
    // equal a catalog name is not that person.
    if (user?.id && /^user:/i.test(user.id)) {
      const found = this.entityOf(user.id, 'user');
      return found && lower(found.kind) === 'user' ? [found] : [];
    }
    return [];
  }

  /** The groups the entities have a relation of this type to, sorted. */
  private groupsOf(entities: Entity[], relation: string): string[] {
    const groups = new Set<string>();
    for (const entity of entities) {
      for (const { type, targetRef } of entity.relations ?? []) {
        const ref = lower(targetRef);
        if (
          type === relation &&
          ref.startsWith('group:') &&
          this.graph.get(ref)
        ) {
          groups.add(ref);
        }
      }
    }
    return [...groups].sort();
  }
}
