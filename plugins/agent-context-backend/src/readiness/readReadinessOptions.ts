import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { READINESS_CHECKS, ReadinessCheckDefinition } from './readinessChecks';

/** A check as configured: its definition and the weight it counts for. */
export interface ConfiguredReadinessCheck extends ReadinessCheckDefinition {
  weight: number;
}

/** How readiness is scored, from `agentContext.readiness`. */
export interface ReadinessOptions {
  /** The enabled checks, in report order. */
  checks: ConfiguredReadinessCheck[];
  /** How many days of usage the usage checks look at; default 30. */
  usageWindowDays: number;
  /** Where the usage checks' fixes point; default the entity's agent-context tab. */
  usageGuideUrl?: string;
}

const DEFAULT_USAGE_WINDOW_DAYS = 30;

/**
 * Reads the readiness configuration. An unknown check id or a negative
 * weight stops the backend, naming the key, rather than silently scoring
 * with a typo.
 */
export function readReadinessOptions(config: Config): ReadinessOptions {
  const readiness = config.getOptionalConfig('agentContext.readiness');
  const configured = readiness?.getOptionalConfig('checks');
  const known = new Set(READINESS_CHECKS.map(check => check.id));
  for (const id of configured?.keys() ?? []) {
    if (!known.has(id)) {
      throw new InputError(
        `agentContext.readiness.checks.${id} is not a readiness check (one of ${[
          ...known,
        ].join(', ')})`,
      );
    }
  }
  const checks = READINESS_CHECKS.flatMap(check => {
    const own = configured?.getOptionalConfig(check.id);
    const weight = own?.getOptionalNumber('weight') ?? check.defaultWeight;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new InputError(
        `agentContext.readiness.checks.${check.id}.weight must be a number of 0 or more`,
      );
    }
    const enabled = own?.getOptionalBoolean('enabled') ?? true;
    return enabled ? [{ ...check, weight }] : [];
  });
  const usageWindowDays =
    readiness?.getOptionalNumber('usageWindowDays') ??
    DEFAULT_USAGE_WINDOW_DAYS;
  if (!Number.isInteger(usageWindowDays) || usageWindowDays < 1) {
    throw new InputError(
      'agentContext.readiness.usageWindowDays must be a whole number of 1 or more',
    );
  }
  return {
    checks,
    usageWindowDays,
    usageGuideUrl: readiness?.getOptionalString('usageGuideUrl'),
  };
}
