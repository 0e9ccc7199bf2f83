import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { applyConventionMigrations } from '../conventions/store';
import { RefOnlyAdoptionAttributor, createAdoption } from '.';
import { ADOPTION_PRUNING_TASK_ID } from './store/scheduleAdoptionPruning';

describe('createAdoption', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('builds the ingestion on the store and schedules the pruning', async () => {
    const knex = await databases.init('SQLITE_3');
    await applyConventionMigrations(mockServices.database({ knex }));
    const scheduler = mockServices.scheduler.mock();

    const adoption = await createAdoption({
      config: new ConfigReader({
        agentContext: { adoption: { retention: { rowsDays: 40 } } },
      }),
      knex,
      scheduler,
      logger: mockServices.logger.mock(),
      attributor: new RefOnlyAdoptionAttributor(),
    });

    expect(adoption.options.retention).toEqual({
      rowsDays: 40,
      rollupsDays: 730,
    });
    await expect(
      adoption.ingestion.ingest([
        {
          type: 'daily',
          source: 'cursor',
          sourceId: 'd1',
          day: new Date().toISOString().slice(0, 10),
          teamRef: 'group:default/team-a',
          metrics: { linesAdded: 3 },
        },
      ]),
    ).resolves.toEqual({
      accepted: 1,
      unchanged: 0,
      unattributed: 0,
      expired: 0,
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({ id: ADOPTION_PRUNING_TASK_ID }),
    );
  });

  it('stops on a bad retention, naming the key', async () => {
    await expect(
      createAdoption({
        config: new ConfigReader({
          agentContext: { adoption: { retention: { rowsDays: 0 } } },
        }),
        knex: await databases.init('SQLITE_3'),
        scheduler: mockServices.scheduler.mock(),
        logger: mockServices.logger.mock(),
        attributor: new RefOnlyAdoptionAttributor(),
      }),
    ).rejects.toThrow('agentContext.adoption.retention.rowsDays');
  });
});
