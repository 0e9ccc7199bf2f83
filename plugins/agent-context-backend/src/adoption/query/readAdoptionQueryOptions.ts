import { Config } from '@backstage/config';

/** How adoption figures are shown. */
export interface AdoptionQueryOptions {
  /** Figures behind fewer people than this (but some) are withheld. */
  minimumGroupSize: number;
}

export const DEFAULT_MINIMUM_GROUP_SIZE = 5;
const KEY = 'agentContext.adoption.privacy.minimumGroupSize';

/**
 * Reads `agentContext.adoption.privacy.minimumGroupSize` (default 5). A
 * value that is not a whole number of at least 1 stops start-up, naming
 * the key.
 */
export function readAdoptionQueryOptions(config: Config): AdoptionQueryOptions {
  const minimumGroupSize =
    config.getOptionalNumber(KEY) ?? DEFAULT_MINIMUM_GROUP_SIZE;
  if (!Number.isSafeInteger(minimumGroupSize) || minimumGroupSize < 1) {
    throw new Error(
      `Invalid ${KEY} '${minimumGroupSize}': a whole number of people, at least 1`,
    );
  }
  return { minimumGroupSize };
}
