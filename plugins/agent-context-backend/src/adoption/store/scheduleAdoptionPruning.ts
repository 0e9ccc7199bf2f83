import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { AdoptionStore } from './AdoptionStore';
import { AdoptionRetention, retentionCutoff } from '../retentionCutoff';

/** The scheduler's id of the pruning task. */
export const ADOPTION_PRUNING_TASK_ID = 'agent-context-adoption-pruning';

/**
 * Prunes rows and rollups past their retention every hour. Global scope:
 * with several replicas, one of them runs it at a time.
 */
export async function scheduleAdoptionPruning(options: {
  scheduler: SchedulerService;
  store: AdoptionStore;
  retention: AdoptionRetention;
  logger: LoggerService;
  now?: () => Date;
}): Promise<void> {
  const { scheduler, store, retention, logger } = options;
  const now = options.now ?? (() => new Date());
  await scheduler.scheduleTask({
    id: ADOPTION_PRUNING_TASK_ID,
    scope: 'global',
    frequency: { hours: 1 },
    timeout: { minutes: 30 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      const at = now();
      const rows = await store.pruneRows({
        before: retentionCutoff(at, retention.rowsDays),
      });
      const rollups = await store.pruneRollups({
        before: retentionCutoff(at, retention.rollupsDays),
      });
      if (rows + rollups > 0) {
        logger.info(
          `Pruned ${rows} adoption rows and ${rollups} rollups and user-days past their retention`,
        );
      }
    },
  });
}
