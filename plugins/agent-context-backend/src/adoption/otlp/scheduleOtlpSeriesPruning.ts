import { SchedulerService } from '@backstage/backend-plugin-api';
import { OtlpSeriesStore } from './OtlpSeriesStore';

/**
 * Forgets, once a day, the series no exporter has sent for the retention:
 * an exporter gone that long is gone, and one that comes back with the same
 * running total would count it once more, which the retention makes rare.
 */
export async function scheduleOtlpSeriesPruning(options: {
  scheduler: SchedulerService;
  series: OtlpSeriesStore;
  retentionDays: number;
}) {
  const { scheduler, series, retentionDays } = options;
  await scheduler.scheduleTask({
    id: 'agent-context-otlp-series-prune',
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 5 },
    fn: async () => {
      await series.prune(
        new Date(Date.now() - retentionDays * 24 * 60 * 60 * 1000),
      );
    },
  });
}
