import { AdoptionDemoNotice } from '@agent-context/plugin-agent-context-common';
import { Config } from '@backstage/config';
import { readAdoptionOptions } from '../readAdoptionOptions';

/** Where the demo is switched on. */
export const DEMO_CONFIG_KEY = 'agentContext.adoption.demo';

/** Days of usage the first start writes, ending today. */
export const DEMO_DAYS = 90;

/** What the figures say while the demo is on. */
export const DEMO_NOTICE: AdoptionDemoNotice = {
  message: `Demo data: generated usage for the example organisation (${DEMO_CONFIG_KEY}.enabled in app-config.yaml)`,
};

/**
 * Whether the portal generates demo usage. Throws, naming the key, when a
 * production backend (NODE_ENV=production) has it on: made-up figures
 * beside real ones would mislead everyone who reads them. Throws too when
 * the raw rows are kept for fewer days than the demo writes, since
 * ingestion would silently drop its first weeks.
 */
export function readDemoOptions(
  config: Config,
  environment: string | undefined = process.env.NODE_ENV,
): { enabled: boolean } {
  const enabled =
    config.getOptionalBoolean(`${DEMO_CONFIG_KEY}.enabled`) ?? false;
  if (!enabled) {
    return { enabled };
  }
  if (environment === 'production') {
    throw new Error(
      `${DEMO_CONFIG_KEY}.enabled is true in a production backend (NODE_ENV=production): ` +
        'demo data is generated usage that would be mixed with the real figures; turn it off',
    );
  }
  const { rowsDays } = readAdoptionOptions(config).retention;
  if (rowsDays < DEMO_DAYS - 1) {
    throw new Error(
      `${DEMO_CONFIG_KEY}.enabled needs agentContext.adoption.retention.rowsDays of at least ${
        DEMO_DAYS - 1
      } (it is ${rowsDays}): the demo writes ${DEMO_DAYS} days and older rows would be dropped`,
    );
  }
  return { enabled };
}
