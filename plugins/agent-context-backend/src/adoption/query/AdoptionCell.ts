import {
  AdoptionFigures,
  MERGE_REQUEST_FIGURES,
  USAGE_FIGURES,
  WithheldFigure,
  roundFigure,
} from './adoptionFigures';

/** The distinct people behind a cell; see RollupUsers. */
export interface CellUsers {
  aiUsers: number;
  contextUsers: number;
}

/**
 * Whether a family of figures is shown: `open`, `small` (fewer people than
 * the minimum behind it) or `complement` (withheld so that a small one
 * beside it cannot be recovered by subtraction).
 */
export type CellGate = 'open' | 'small' | 'complement';

/**
 * The sums and people of one team, service, bucket or breakdown entry,
 * before they are shown: what the minimum group size decides on.
 */
export class AdoptionCell {
  readonly sums = new Map<string, number>();
  users: CellUsers = { aiUsers: 0, contextUsers: 0 };
  gates: { usage: CellGate; context: CellGate } = {
    usage: 'open',
    context: 'open',
  };

  constructor(
    /** Days the cell covers: merge requests per week divide by them. */
    readonly days: number,
  ) {}

  add(metric: string, value: number) {
    this.sums.set(metric, (this.sums.get(metric) ?? 0) + value);
  }

  sum(metric: string): number {
    return this.sums.get(metric) ?? 0;
  }

  /** Whether anything at all was recorded for the cell. */
  get active(): boolean {
    return (
      this.users.aiUsers > 0 ||
      this.users.contextUsers > 0 ||
      [...this.sums.values()].some(value => value > 0)
    );
  }

  /** Whether the usage family (or the context family) holds any figure. */
  hasData(family: 'usage' | 'context'): boolean {
    if (family === 'context') {
      return this.users.contextUsers > 0 || this.sum('contextFetches') > 0;
    }
    return (
      this.users.aiUsers > 0 || USAGE_FIGURES.some(name => this.sum(name) > 0)
    );
  }

  /** People behind a family of figures. */
  people(family: 'usage' | 'context'): number {
    return family === 'usage' ? this.users.aiUsers : this.users.contextUsers;
  }

  /** Marks the families with fewer people than `minimum` (but some). */
  applyMinimum(minimum: number) {
    for (const family of ['usage', 'context'] as const) {
      const people = this.people(family);
      if (people > 0 && people < minimum) {
        this.gates[family] = 'small';
      }
    }
  }

  /** The figures as shown: withheld ones say why, never a number. */
  figures(minimum: number): AdoptionFigures {
    const usage = this.withholding('usage', minimum);
    const context = this.withholding('context', minimum);
    const merged = this.sum('mergeRequestsMerged');
    const figures = {
      activeUsers: usage ?? this.users.aiUsers,
      contextFetches: context ?? roundFigure(this.sum('contextFetches')),
      aiAssistedShare:
        merged > 0
          ? roundFigure(this.sum('aiAssistedMergeRequestsMerged') / merged)
          : null,
      mergeRequestsPerWeek: roundFigure((merged * 7) / this.days),
    } as AdoptionFigures;
    for (const name of USAGE_FIGURES) {
      figures[name] = usage ?? roundFigure(this.sum(name));
    }
    for (const name of MERGE_REQUEST_FIGURES) {
      figures[name] = roundFigure(this.sum(name));
    }
    return figures;
  }

  private withholding(
    family: 'usage' | 'context',
    minimum: number,
  ): WithheldFigure | undefined {
    switch (this.gates[family]) {
      case 'small':
        return {
          withheld: true,
          reason: `Fewer than ${minimum} people are behind this figure`,
        };
      case 'complement':
        return {
          withheld: true,
          reason:
            'Withheld with a smaller group beside it, so that theirs cannot be worked out from the total',
        };
      default:
        return undefined;
    }
  }
}
