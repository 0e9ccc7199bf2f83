/**
 * The shapes of the readiness API's answers, shared by the backend that
 * scores entities and the portal that shows the fixes.
 */

/**
 * One check's outcome for one entity.
 *
 * @public
 */
export interface ReadinessCheckResult {
  /** The check's id, e.g. `owner` or `agentUsage`. */
  id: string;
  /** What it checks, in a few words. */
  title: string;
  /** Whether the entity passes it. */
  passed: boolean;
  /** Its share of the score against the other checks of the entity's kind. */
  weight: number;
  /** What to do, in one sentence. */
  fix: string;
  /** Where it is done. */
  link: string;
}

/**
 * An entity's readiness: its score (0-100) and every check behind it.
 *
 * @public
 */
export interface EntityReadiness {
  /** Lower-case entity ref. */
  entityRef: string;
  /** The entity's title, or its name. */
  title: string;
  /** Lower-case kind. */
  kind: string;
  /** The owner's full lower-case ref. */
  owner?: string;
  /** The system's full lower-case ref. */
  system?: string;
  /** The entity's lifecycle, e.g. production. */
  lifecycle?: string;
  /** The weights of the checks passed over those that apply, 0 to 100. */
  score: number;
  /** Every check that applies to the entity's kind. */
  checks: ReadinessCheckResult[];
}

/**
 * One row of the readiness list: the entity's readiness without its checks.
 *
 * @public
 */
export type ReadinessListItem = Omit<EntityReadiness, 'checks'> & {
  /** The ids of the checks it fails. */
  failed: string[];
};

/**
 * A page of the readiness list and how many items match in all.
 *
 * @public
 */
export interface ReadinessPage {
  /** This page's entities. */
  items: ReadinessListItem[];
  /** How many entities match, over every page. */
  totalItems: number;
}

/**
 * The order, filters and page of a readiness list request.
 *
 * @public
 */
export interface ReadinessListQuery {
  /** score (lowest first by default), name or kind. */
  sort?: 'score' | 'name' | 'kind';
  /** asc by default. */
  order?: 'asc' | 'desc';
  /** Only this owner's entities, e.g. team-a or group:default/team-a. */
  owner?: string;
  /** Only this system's entities. */
  system?: string;
  /** Only entities of this kind. */
  kind?: string;
  /** Only entities in this lifecycle. */
  lifecycle?: string;
  /** Only scores from this one. */
  minScore?: number;
  /** Only scores up to this one. */
  maxScore?: number;
  /** Items per page, 1 to 500; 50 by default. */
  limit?: number;
  /** Items to skip. */
  offset?: number;
}
