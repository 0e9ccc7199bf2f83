import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { RepositoryConventionsReader } from './RepositoryConventionsReader';
import { scheduleRepositoryConventionsRefresh } from './scheduleRepositoryConventionsRefresh';

describe('scheduleRepositoryConventionsRefresh', () => {
  const reader = {
    refresh: jest.fn().mockResolvedValue(undefined),
  } as unknown as RepositoryConventionsReader;

  it('refreshes every two minutes by default, shortly after startup', async () => {
    const scheduler = mockServices.scheduler.mock();
    await scheduleRepositoryConventionsRefresh({
      scheduler,
      config: new ConfigReader({}),
      reader,
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith({
      id: 'agent-context-repository-conventions',
      frequency: { minutes: 2 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 10 },
      fn: expect.any(Function),
    });
    await scheduler.scheduleTask.mock.calls[0][0].fn(
      new AbortController().signal,
    );
    expect(reader.refresh).toHaveBeenCalledTimes(1);
  });

  it('takes the schedule from app-config', async () => {
    const scheduler = mockServices.scheduler.mock();
    await scheduleRepositoryConventionsRefresh({
      scheduler,
      config: new ConfigReader({
        agentContext: {
          conventions: {
            repository: {
              schedule: { frequency: { minutes: 15 }, timeout: 'PT3M' },
            },
          },
        },
      }),
      reader,
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'agent-context-repository-conventions',
        frequency: { minutes: 15 },
        timeout: expect.objectContaining({ minutes: 3 }),
      }),
    );
  });
});
