import { LifecycleService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogGraph } from '../../graph';
import { ConnectorCursorStore } from '../connectors/types';
import { DemoSinks } from './seedDemoDay';
import { DEMO_SEED, seedMissingDemoDays } from './seedMissingDemoDays';
import { settledDemoPlan } from './settledDemoPlan';

// The catalog of the same backend answers only once every plugin has
// started, and a first load of a large catalog takes a while.
const CATALOG_READY_TIMEOUT_MS = 10 * 60 * 1000;

// Quiet for longer than the graph's refresh interval (10 seconds by
// default), so that an unchanged plan means a catalog that has settled.
const PLAN_SETTLING = {
  intervalMs: 5_000,
  quietChecks: 4,
  timeoutMs: 10 * 60 * 1000,
};

/**
 * Seeds the demo's missing days once the backend has started and the
 * catalog graph has loaded, in the background: startup never waits for
 * it, and a failure is logged, never fatal.
 */
export function startDemoSeeding(options: {
  graph: Pick<CatalogGraph, 'ready' | 'keys' | 'get'>;
  cursors: ConnectorCursorStore;
  sinks: DemoSinks;
  lifecycle: LifecycleService;
  logger: LoggerService;
}) {
  const { graph, logger } = options;
  options.lifecycle.addStartupHook(() => {
    logger.info('Demo data: generating adoption usage for the missing days');
    graph
      .ready(CATALOG_READY_TIMEOUT_MS)
      .then(() => settledDemoPlan(graph, DEMO_SEED, PLAN_SETTLING))
      .then(plan =>
        seedMissingDemoDays({
          plan,
          cursors: options.cursors,
          sinks: options.sinks,
        }),
      )
      .then(
        seeding =>
          logger.info(
            seeding.days.length
              ? `Demo data: seeded ${seeding.days.length} days (${
                  seeding.days[0]
                } to ${seeding.days[seeding.days.length - 1]}): ${
                  seeding.rows
                } rows and ${seeding.otlpPoints} OTLP points`
              : 'Demo data: every day up to today is already seeded',
          ),
        error =>
          logger.error(
            'Demo data: seeding failed',
            error instanceof Error ? error : undefined,
          ),
      );
  });
}
