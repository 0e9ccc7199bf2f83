import { mockServices } from '@backstage/backend-test-utils';
import { AdoptionStore } from './AdoptionStore';
import {
  ADOPTION_PRUNING_TASK_ID,
  scheduleAdoptionPruning,
} from './scheduleAdoptionPruning';

describe('scheduleAdoptionPruning', () => {
  it('prunes rows and rollups past their retention, on one replica at a time', async () => {
    const scheduler = mockServices.scheduler.mock();
    const store = {
      write: jest.fn(),
      pruneRows: jest.fn().mockResolvedValue(12),
      pruneRollups: jest.fn().mockResolvedValue(3),
    } satisfies AdoptionStore;
    const logger = mockServices.logger.mock();

    await scheduleAdoptionPruning({
      scheduler,
      store,
      retention: { rowsDays: 35, rollupsDays: 730 },
      logger,
      now: () => new Date('2026-12-03T12:00:00.000Z'),
    });

    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: ADOPTION_PRUNING_TASK_ID,
        scope: 'global',
        frequency: { hours: 1 },
      }),
    );
    await scheduler.scheduleTask.mock.calls[0][0].fn(
      new AbortController().signal,
    );
    expect(store.pruneRows).toHaveBeenCalledWith({ before: '2026-10-29' });
    expect(store.pruneRollups).toHaveBeenCalledWith({ before: '2024-12-03' });
    expect(logger.info).toHaveBeenCalledWith(
      'Pruned 12 adoption rows and 3 rollups and user-days past their retention',
    );
  });
});
