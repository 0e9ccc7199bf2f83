import { Config } from '@backstage/config';
import { AdoptionRetention } from './retentionCutoff';

/** Adoption's settings from app-config. */
export interface AdoptionOptions {
  retention: AdoptionRetention;
}

const RETENTION_KEY = 'agentContext.adoption.retention';

/**
 * Reads `agentContext.adoption.*`. A bad value stops the backend at
 * start-up, naming the key: a portal that silently kept data for another
 * period than configured would break what it tells its users.
 */
export function readAdoptionOptions(config: Config): AdoptionOptions {
  const rowsDays = readDays(`${RETENTION_KEY}.rowsDays`, config, 35);
  const rollupsDays = readDays(`${RETENTION_KEY}.rollupsDays`, config, 730);
  // A row replaced after its rollups were pruned would take away from
  // sums that are gone, so rollups must outlive the rows behind them.
  if (rollupsDays < rowsDays) {
    throw new Error(
      `Invalid ${RETENTION_KEY}.rollupsDays ${rollupsDays}: expected at least ${RETENTION_KEY}.rowsDays (${rowsDays})`,
    );
  }
  return { retention: { rowsDays, rollupsDays } };
}

function readDays(key: string, config: Config, defaultDays: number) {
  const days = config.getOptionalNumber(key) ?? defaultDays;
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(
      `Invalid ${key} ${days}: expected a whole number of days, at least 1`,
    );
  }
  return days;
}
