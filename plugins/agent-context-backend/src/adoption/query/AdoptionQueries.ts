import {
  AdoptionDemoNotice,
  ADOPTION_CONTEXT_ONLY_TOOL,
  AdoptionDetail,
  AdoptionDetailOf,
  AdoptionList,
  AdoptionListItem,
  AdoptionOverview,
} from '@agent-context/plugin-agent-context-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { AdoptionCell } from './AdoptionCell';
import {
  AdoptionCatalog,
  CatalogFacts,
  catalogFacts,
  listedEntities,
} from './AdoptionCatalogView';
import {
  AdoptionFigures,
  MERGE_REQUEST_FIGURES,
  isWithheld,
} from './adoptionFigures';
import { AdoptionRange, daysIn, rangeBuckets } from './adoptionRange';
import { AdoptionListParams, encodeCursor } from './adoptionListParams';
import { AdoptionRollupReader, RollupSelection } from './AdoptionRollupReader';
import { protectSmallGroups } from './protectSmallGroups';
import { SharedComputations } from './SharedComputations';

/**
 * How long readers share every scope's figures over a range: a dashboard's
 * requests within this time compute them once. This backend's own
 * ingestion clears them at once; another replica's shows within it.
 */
const DEFAULT_SHARED_FOR_MS = 60_000;

/** The cell of a ref (in any letter case) in a map, added when missing. */
function cellIn(
  map: Map<string, AdoptionCell>,
  ref: string,
  days: number,
): AdoptionCell {
  const key = ref.toLocaleLowerCase('en-US');
  let cell = map.get(key);
  if (!cell) {
    cell = new AdoptionCell(days);
    map.set(key, cell);
  }
  return cell;
}

export type {
  AdoptionBaseline,
  AdoptionDetail,
  AdoptionDetailOf,
  AdoptionList,
  AdoptionListItem,
  AdoptionOverview,
} from '@agent-context/plugin-agent-context-common';

/** The catalog's users: the denominator of the active users' share. */
function countUsers(catalog: AdoptionCatalog): number {
  let users = 0;
  for (const key of catalog.keys()) {
    if (key.startsWith('user:')) {
      users += 1;
    }
  }
  return users;
}

const MERGE_REQUESTS = [...MERGE_REQUEST_FIGURES] as string[];

/**
 * The adoption figures as the API and the MCP action show them, read from
 * the rollups only, with the minimum group size applied to every figure:
 * see protectSmallGroups. Nothing is ever about one person.
 */
export class AdoptionQueries {
  static create(options: {
    reader: AdoptionRollupReader;
    catalog: AdoptionCatalog;
    minimumGroupSize: number;
    /** Said on the overview while the figures include demo data. */
    demo?: AdoptionDemoNotice;
    /** How long every scope's figures over a range are shared; 0 for not at all. */
    sharedForMs?: number;
  }) {
    return new AdoptionQueries(
      options.reader,
      options.catalog,
      options.minimumGroupSize,
      options.demo,
      new SharedComputations({
        ttlMs: options.sharedForMs ?? DEFAULT_SHARED_FOR_MS,
        maxEntries: 32,
      }),
    );
  }

  private constructor(
    private readonly reader: AdoptionRollupReader,
    private readonly catalog: AdoptionCatalog,
    private readonly minimum: number,
    private readonly demo: AdoptionDemoNotice | undefined,
    private readonly siblingCells: SharedComputations<
      Map<string, AdoptionCell>
    >,
  ) {}

  /**
   * Forgets the figures shared between readers: call it when this backend
   * has ingested rows, so that its own readers see them at once.
   */
  invalidate(): void {
    this.siblingCells.invalidate();
  }

  /** The whole organisation. */
  async overview(range: AdoptionRange): Promise<AdoptionOverview> {
    await this.catalog.ready();
    const span = { from: range.from, to: range.to };
    const [{ detail }, activeTeams, activeServices] = await Promise.all([
      this.detail({ scopeKind: 'org', scopeRef: '', ...span }, range),
      this.reader.activeScopes({ scopeKind: 'team', ...span }),
      // Counted as the catalog's are: components only.
      this.reader.activeScopes({
        scopeKind: 'entity',
        kind: 'component',
        ...span,
      }),
    ]);
    return {
      ...detail,
      teams: {
        withActivity: activeTeams,
        inCatalog: listedEntities(this.catalog, 'teams').length,
      },
      services: {
        withActivity: activeServices,
        inCatalog: listedEntities(this.catalog, 'entities').length,
      },
      users: { inCatalog: countUsers(this.catalog) },
      ...(this.demo && { demo: this.demo }),
    };
  }

  /**
   * One team (a group ref) or one entity. Throws `NotFoundError` when the
   * catalog holds no such entity and nothing was recorded for it.
   */
  async entity(ref: string, range: AdoptionRange): Promise<AdoptionDetailOf> {
    await this.catalog.ready();
    let parsed;
    try {
      parsed = parseEntityRef(ref, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      });
    } catch (error) {
      throw new InputError(`Invalid entityRef '${ref}'`, error);
    }
    const key = stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
    const entity = this.catalog.get(key);
    const scopeKind =
      parsed.kind.toLocaleLowerCase('en-US') === 'group' ? 'team' : 'entity';
    const siblings = await this.siblings(scopeKind, range, []);
    const { detail, active } = await this.detail(
      { scopeKind, scopeRef: key, from: range.from, to: range.to },
      range,
      siblings.get(key)?.gates,
    );
    if (!entity && !active) {
      throw new NotFoundError(
        `No entity '${key}' in the catalog or the adoption data`,
      );
    }
    const facts = entity
      ? catalogFacts(entity)
      : { ref: key, kind: parsed.kind.toLocaleLowerCase('en-US') };
    return {
      ...detail,
      entity: { ...facts, inCatalog: Boolean(entity) },
    };
  }

  /** Every team of the catalog, and every team with figures. */
  teams(range: AdoptionRange, params: AdoptionListParams) {
    if (params.kind !== undefined || params.lifecycle !== undefined) {
      throw new InputError(
        `Invalid ${
          params.kind !== undefined ? 'kind' : 'lifecycle'
        }: teams are filtered by owner (their parent group) and system (one they own a part of) only`,
      );
    }
    return this.list('team', range, params);
  }

  /** Every component (or entity of the kind asked), and every entity with figures. */
  entities(range: AdoptionRange, params: AdoptionListParams) {
    return this.list('entity', range, params);
  }

  private async list(
    scopeKind: 'team' | 'entity',
    range: AdoptionRange,
    params: AdoptionListParams,
  ): Promise<AdoptionList> {
    await this.catalog.ready();
    const baselineDays = daysIn(range.baselineFrom, range.baselineTo);
    const listed = listedEntities(
      this.catalog,
      scopeKind === 'team' ? 'teams' : 'entities',
      params.kind,
    );
    const [cells, baselineSums] = await Promise.all([
      this.siblings(
        scopeKind,
        range,
        listed.map(facts => facts.ref),
      ),
      this.reader.sums(
        { scopeKind, from: range.baselineFrom, to: range.baselineTo },
        { scope: true },
        MERGE_REQUESTS,
      ),
    ]);
    const baselines = new Map<string, AdoptionCell>();
    for (const row of baselineSums) {
      cellIn(baselines, row.scopeRef, baselineDays).add(row.metric, row.value);
    }

    const factsByRef = new Map(listed.map(facts => [facts.ref, facts]));
    const items: AdoptionListItem[] = [];
    for (const [ref, cell] of cells) {
      if (ref === '') {
        continue;
      }
      const facts = factsByRef.get(ref) ?? this.factsOf(ref);
      if (!this.matches(facts, params, scopeKind)) {
        continue;
      }
      const baseline = (
        baselines.get(ref) ?? new AdoptionCell(baselineDays)
      ).figures(this.minimum);
      items.push({
        ...facts,
        active: cell.active,
        totals: cell.figures(this.minimum),
        baseline: {
          mergeRequestsPerWeek: baseline.mergeRequestsPerWeek,
          aiAssistedShare: baseline.aiAssistedShare,
        },
      });
    }
    sortItems(items, params);
    const page = items.slice(params.offset, params.offset + params.limit);
    const next = params.offset + page.length;
    return {
      range: {
        from: range.from,
        to: range.to,
        baselineFrom: range.baselineFrom,
        baselineTo: range.baselineTo,
      },
      minimumGroupSize: this.minimum,
      items: page,
      totalItems: items.length,
      nextCursor: next < items.length ? encodeCursor(next) : undefined,
      unattributed: cells.get('')!.figures(this.minimum),
    };
  }

  private factsOf(ref: string): CatalogFacts {
    const entity = this.catalog.get(ref);
    return entity ? catalogFacts(entity) : { ref, kind: ref.split(':')[0] };
  }

  private matches(
    facts: CatalogFacts,
    params: AdoptionListParams,
    scopeKind: 'team' | 'entity',
  ): boolean {
    if (params.owner !== undefined && facts.owner !== params.owner) {
      return false;
    }
    if (params.kind !== undefined && facts.kind !== params.kind) {
      return false;
    }
    if (
      params.lifecycle !== undefined &&
      facts.lifecycle !== params.lifecycle
    ) {
      return false;
    }
    if (params.system !== undefined) {
      return scopeKind === 'team'
        ? this.ownsPartOf(facts.ref, params.system)
        : facts.system === params.system;
    }
    return true;
  }

  /** Whether a team owns an entity of the system (or the system itself). */
  private ownsPartOf(teamRef: string, system: string): boolean {
    const team = this.catalog.get(teamRef);
    return (team?.relations ?? []).some(relation => {
      if (relation.type !== 'ownerOf') {
        return false;
      }
      const target = relation.targetRef.toLocaleLowerCase('en-US');
      if (target === system) {
        return true;
      }
      const owned = this.catalog.get(target);
      return owned !== undefined && catalogFacts(owned).system === system;
    });
  }

  /** One scope over a range: in total, per bucket, per tool and per model. */
  /**
   * Every team (or entity) with the unattributed remainder, over the range,
   * with the minimum group size applied: they are siblings, whose figures
   * add up to the organisation's, so what one view withholds every view
   * withholds, whatever page, filter or single entity is asked for.
   */
  private async siblings(
    scopeKind: 'team' | 'entity',
    range: AdoptionRange,
    listedRefs: string[],
  ): Promise<Map<string, AdoptionCell>> {
    const days = daysIn(range.from, range.to);
    // Shared between readers and requests: the same for everyone who may
    // read adoption figures. Cells without data take no part in the
    // minimum group size, so the listed refs are added to a copy.
    const shared = await this.siblingCells.get(
      `${scopeKind}\n${range.from}\n${range.to}`,
      () => this.computeSiblings(scopeKind, range),
    );
    const cells = new Map(shared);
    listedRefs.forEach(ref => cellIn(cells, ref, days));
    return cells;
  }

  private async computeSiblings(
    scopeKind: 'team' | 'entity',
    range: AdoptionRange,
  ): Promise<Map<string, AdoptionCell>> {
    const days = daysIn(range.from, range.to);
    const span = { scopeKind, from: range.from, to: range.to };
    const [sums, users] = await Promise.all([
      this.reader.sums(span, { scope: true }),
      this.reader.users(span, { scope: true }),
    ]);
    const cells = new Map<string, AdoptionCell>();
    cellIn(cells, '', days);
    for (const row of sums) {
      cellIn(cells, row.scopeRef, days).add(row.metric, row.value);
    }
    for (const row of users) {
      cellIn(cells, row.scopeRef, days).users = row;
    }
    protectSmallGroups([...cells.values()], this.minimum);
    return cells;
  }

  private async detail(
    selection: RollupSelection,
    range: AdoptionRange,
    /** What the scope's siblings withhold of it (see `siblings`). */
    withheldBeside?: AdoptionCell['gates'],
  ): Promise<{ detail: AdoptionDetail; active: boolean }> {
    const days = daysIn(range.from, range.to);
    const [sums, totalUsers, bucketUsers, toolUsers, baselineSums] =
      await Promise.all([
        this.reader.sums(selection, {
          bucket: range.bucket,
          tool: true,
          model: true,
        }),
        this.reader.users(selection, {}),
        this.reader.users(selection, { bucket: range.bucket }),
        this.reader.users(selection, { tool: true }),
        this.reader.sums(
          { ...selection, from: range.baselineFrom, to: range.baselineTo },
          {},
          MERGE_REQUESTS,
        ),
      ]);

    const total = new AdoptionCell(days);
    total.users = totalUsers[0] ?? total.users;
    const spans = rangeBuckets(range);
    const buckets = new Map(
      [...spans].map(([key, span]) => [
        key,
        new AdoptionCell(daysIn(span.start, span.end)),
      ]),
    );
    const tools = new Map<string, AdoptionCell>();
    const models = new Map<string, AdoptionCell>();
    const toolsOfModel = new Map<string, Set<string>>();
    const breakdownCell = (map: Map<string, AdoptionCell>, key: string) => {
      let cell = map.get(key);
      if (!cell) {
        cell = new AdoptionCell(days);
        map.set(key, cell);
      }
      return cell;
    };
    for (const row of sums) {
      total.add(row.metric, row.value);
      buckets.get(row.bucket)?.add(row.metric, row.value);
      breakdownCell(tools, row.tool).add(row.metric, row.value);
      breakdownCell(models, row.model).add(row.metric, row.value);
      if (!toolsOfModel.has(row.model)) {
        toolsOfModel.set(row.model, new Set());
      }
      toolsOfModel.get(row.model)!.add(row.tool);
    }
    for (const row of bucketUsers) {
      const cell = buckets.get(row.bucket);
      if (cell) {
        cell.users = row;
      }
    }
    for (const row of toolUsers) {
      if (row.tool !== ADOPTION_CONTEXT_ONLY_TOOL) {
        breakdownCell(tools, row.tool).users = { ...row, contextUsers: 0 };
      }
    }
    // User-days carry no model, and a context fetch's user-day no tool (see
    // ADOPTION_CONTEXT_ONLY_TOOL): a model's people are taken as those of
    // the tools it was used with, and the people behind a tool's or model's
    // fetches as all the scope's, upper bounds both.
    for (const [model, cell] of models) {
      cell.users = {
        aiUsers: Math.min(
          total.users.aiUsers,
          [...(toolsOfModel.get(model) ?? [])].reduce(
            (sum, tool) => sum + (tools.get(tool)?.users.aiUsers ?? 0),
            0,
          ),
        ),
        contextUsers: 0,
      };
    }
    for (const cell of [...tools.values(), ...models.values()]) {
      if (cell.sum('contextFetches') > 0) {
        cell.users.contextUsers = total.users.contextUsers;
      }
    }

    total.applyMinimum(this.minimum);
    protectSmallGroups([...buckets.values()], this.minimum);
    protectSmallGroups([...tools.values()], this.minimum);
    protectSmallGroups([...models.values()], this.minimum);
    // Withheld beside its siblings: any figure of it, a bucket's or a
    // tool's too, would give a sibling away against the organisation's.
    for (const family of ['usage', 'context'] as const) {
      if (withheldBeside && withheldBeside[family] !== 'open') {
        for (const cell of [
          total,
          ...buckets.values(),
          ...tools.values(),
          ...models.values(),
        ]) {
          if (cell.gates[family] === 'open') {
            cell.gates[family] = 'complement';
          }
        }
      }
    }

    const baseline = new AdoptionCell(
      daysIn(range.baselineFrom, range.baselineTo),
    );
    baselineSums.forEach(row => baseline.add(row.metric, row.value));
    const baselineFigures = baseline.figures(this.minimum);
    const result: AdoptionDetail = {
      range: { from: range.from, to: range.to, bucket: range.bucket },
      minimumGroupSize: this.minimum,
      totals: total.figures(this.minimum),
      baseline: {
        from: range.baselineFrom,
        to: range.baselineTo,
        mergeRequestsPerWeek: baselineFigures.mergeRequestsPerWeek,
        aiAssistedShare: baselineFigures.aiAssistedShare,
      },
      buckets: [...spans].map(([key, span]) => ({
        ...span,
        ...buckets.get(key)!.figures(this.minimum),
      })),
      byTool: [...tools].map(([tool, cell]) => ({
        tool,
        ...cell.figures(this.minimum),
      })),
      byModel: [...models]
        .filter(([, cell]) => cell.active)
        .map(([model, cell]) => ({ model, ...cell.figures(this.minimum) })),
    };
    return { detail: result, active: total.active };
  }
}

/** Shown figures first in the order asked; withheld and absent ones last, by ref. */
function sortItems(items: AdoptionListItem[], params: AdoptionListParams) {
  const direction = params.order === 'asc' ? 1 : -1;
  const valueOf = (item: AdoptionListItem): number | undefined => {
    const value = item.totals[params.sort as keyof AdoptionFigures];
    return typeof value === 'number' && !isWithheld(value) ? value : undefined;
  };
  items.sort((a, b) => {
    if (params.sort !== 'ref') {
      const [va, vb] = [valueOf(a), valueOf(b)];
      if (va === undefined || vb === undefined) {
        if (va !== vb) {
          return va === undefined ? 1 : -1;
        }
      } else if (va !== vb) {
        return (va - vb) * direction;
      }
    }
    return a.ref.localeCompare(b.ref) * (params.sort === 'ref' ? direction : 1);
  });
}
