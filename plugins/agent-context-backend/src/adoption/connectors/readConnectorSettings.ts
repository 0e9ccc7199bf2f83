import {
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { addDays, dayOf, isDay } from './days';

/** Where each connector's block lives in app-config. */
export const CONNECTORS_CONFIG_KEY = 'agentContext.adoption.connectors';

/** What every connector is configured with, besides its own keys. */
export interface ConnectorSettings {
  backfillFrom: string;
  revisitDays: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Vendors publish a day once it is over and revise it for a day or two
 * after; every six hours picks a day up soon without spending their rate
 * limits, and the hour-long timeout leaves room for a long backfill (which
 * resumes from its cursor if cut short).
 */
export const DEFAULT_CONNECTOR_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { hours: 6 },
    timeout: { hours: 1 },
    initialDelay: { minutes: 2 },
  };

/** Copilot and Cursor keep about four weeks of daily reports. */
const DEFAULT_BACKFILL_DAYS = 28;
const DEFAULT_REVISIT_DAYS = 3;

/** The shared settings of the connector configured under `name`. */
export function readConnectorSettings(
  config: Config,
  name: string,
  now: Date = new Date(),
): ConnectorSettings {
  const block = config.getConfig(`${CONNECTORS_CONFIG_KEY}.${name}`);
  const key = (leaf: string) => `${CONNECTORS_CONFIG_KEY}.${name}.${leaf}`;

  const backfillFrom =
    block.getOptionalString('backfillFrom') ??
    addDays(dayOf(now), -DEFAULT_BACKFILL_DAYS);
  if (!isDay(backfillFrom)) {
    throw new Error(
      `${key(
        'backfillFrom',
      )} must be a day written YYYY-MM-DD, not "${backfillFrom}"`,
    );
  }
  const revisitDays =
    block.getOptionalNumber('revisitDays') ?? DEFAULT_REVISIT_DAYS;
  if (!Number.isInteger(revisitDays) || revisitDays < 1 || revisitDays > 31) {
    throw new Error(
      `${key(
        'revisitDays',
      )} must be a whole number from 1 to 31, not ${revisitDays}`,
    );
  }
  return {
    backfillFrom,
    revisitDays,
    schedule: block.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          block.getConfig('schedule'),
        )
      : DEFAULT_CONNECTOR_SCHEDULE,
  };
}

/** The vendor's base URL from the block, or its default, without a trailing slash. */
export function readBaseUrl(block: Config, fallback: string): string {
  return (block.getOptionalString('baseUrl') ?? fallback).replace(/\/+$/, '');
}
