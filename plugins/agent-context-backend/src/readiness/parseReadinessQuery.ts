import { InputError } from '@backstage/errors';
import { fullRefOf } from './ReadinessScorer';

/** What `GET /v1/readiness` asks for, checked. */
export interface ReadinessQuery {
  sort: 'score' | 'name' | 'kind';
  order: 'asc' | 'desc';
  owner?: string;
  system?: string;
  kind?: string;
  lifecycle?: string;
  minScore?: number;
  maxScore?: number;
  limit: number;
  offset: number;
}

/** The most items one page holds. */
export const MAX_READINESS_LIMIT = 500;
const DEFAULT_LIMIT = 50;

function oneOf<T extends string>(
  name: string,
  raw: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) {
    return fallback;
  }
  if (typeof raw !== 'string' || !allowed.includes(raw as T)) {
    throw new InputError(
      `Invalid ${name} '${String(raw)}': expected one of ${allowed.join(', ')}`,
    );
  }
  return raw as T;
}

function wholeNumber(
  name: string,
  raw: unknown,
  range: { min: number; max: number },
): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const written = String(raw);
  const value = Number(written);
  if (!/^[0-9]{1,9}$/.test(written) || value < range.min || value > range.max) {
    throw new InputError(
      `Invalid ${name} '${written}': expected a whole number from ${range.min} to ${range.max}`,
    );
  }
  return value;
}

function nonEmpty(name: string, raw: unknown): string | undefined {
  if (raw === undefined) {
    return undefined;
  }
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new InputError(`Invalid ${name}: expected one non-empty value`);
  }
  return raw.trim();
}

/**
 * Checks the list's query parameters, naming the first bad one; owner
 * and system are taken as refs (`team-a` means `group:default/team-a`).
 */
export function parseReadinessQuery(
  query: Record<string, unknown>,
): ReadinessQuery {
  const minScore = wholeNumber('minScore', query.minScore, {
    min: 0,
    max: 100,
  });
  const maxScore = wholeNumber('maxScore', query.maxScore, {
    min: 0,
    max: 100,
  });
  if (minScore !== undefined && maxScore !== undefined && minScore > maxScore) {
    throw new InputError(
      `Invalid minScore '${minScore}': greater than maxScore '${maxScore}'`,
    );
  }
  return {
    sort: oneOf('sort', query.sort, ['score', 'name', 'kind'], 'score'),
    order: oneOf('order', query.order, ['asc', 'desc'], 'asc'),
    owner: fullRefOf(nonEmpty('owner', query.owner), 'group'),
    system: fullRefOf(nonEmpty('system', query.system), 'system'),
    kind: nonEmpty('kind', query.kind)?.toLocaleLowerCase('en-US'),
    lifecycle: nonEmpty('lifecycle', query.lifecycle),
    minScore,
    maxScore,
    limit:
      wholeNumber('limit', query.limit, { min: 1, max: MAX_READINESS_LIMIT }) ??
      DEFAULT_LIMIT,
    offset:
      wholeNumber('offset', query.offset, { min: 0, max: 1_000_000_000 }) ?? 0,
  };
}
