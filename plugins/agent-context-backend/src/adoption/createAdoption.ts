import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { Knex } from 'knex';
import { DefaultAdoptionIngestion } from './DefaultAdoptionIngestion';
import { AdoptionOptions, readAdoptionOptions } from './readAdoptionOptions';
import {
  AdoptionStore,
  DatabaseAdoptionStore,
  scheduleAdoptionPruning,
} from './store';
import { AdoptionAttributor, AdoptionIngestion } from './types';

/** What the parts of adoption are built on. */
export interface Adoption {
  options: AdoptionOptions;
  store: AdoptionStore;
  /** The one path every source hands its rows to. */
  ingestion: AdoptionIngestion;
}

/**
 * Builds adoption's storage and ingestion and schedules its pruning. The
 * routes, connectors and receivers take `ingestion` (and the queries
 * `store`'s tables) from what this returns.
 */
export async function createAdoption(options: {
  config: Config;
  knex: Knex;
  scheduler: SchedulerService;
  logger: LoggerService;
  attributor: AdoptionAttributor;
}): Promise<Adoption> {
  const adoptionOptions = readAdoptionOptions(options.config);
  const store = DatabaseAdoptionStore.create({ knex: options.knex });
  const ingestion = DefaultAdoptionIngestion.create({
    store,
    attributor: options.attributor,
    retention: adoptionOptions.retention,
  });
  await scheduleAdoptionPruning({
    scheduler: options.scheduler,
    store,
    retention: adoptionOptions.retention,
    logger: options.logger,
  });
  return { options: adoptionOptions, store, ingestion };
}
