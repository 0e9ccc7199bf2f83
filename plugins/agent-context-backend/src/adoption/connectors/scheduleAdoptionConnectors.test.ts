import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { InMemoryAdoptionIngestion } from '../../__testUtils__/InMemoryAdoptionIngestion';
import { memoryCursors } from './__testUtils__/connectorHarness';
import { addDays, dayOf } from './days';
import { scheduleAdoptionConnectors } from './scheduleAdoptionConnectors';

const server = setupServer();

describe('scheduleAdoptionConnectors', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  function schedule(connectors: object | undefined) {
    const scheduler = mockServices.scheduler.mock();
    const ingestion = new InMemoryAdoptionIngestion();
    const cursors = memoryCursors();
    const scheduled = scheduleAdoptionConnectors({
      config: new ConfigReader({
        agentContext: connectors ? { adoption: { connectors } } : {},
      }),
      scheduler,
      logger: mockServices.logger.mock(),
      ingestion,
      cursors,
      catalog: catalogServiceMock(),
      auth: mockServices.auth(),
    });
    return { scheduler, ingestion, cursors, scheduled };
  }

  it('schedules nothing until a connector is configured', async () => {
    const { scheduler, scheduled } = schedule(undefined);
    await expect(scheduled).resolves.toEqual([]);
    expect(scheduler.scheduleTask).not.toHaveBeenCalled();
  });

  it('runs each configured connector as a global task, every six hours by default', async () => {
    const { scheduler, scheduled } = schedule({
      cursor: { apiKey: 'key' },
      'claude-code': {
        apiKey: 'admin-key',
        schedule: {
          frequency: { hours: 24 },
          timeout: { minutes: 20 },
          scope: 'local',
        },
      },
    });

    await expect(scheduled).resolves.toEqual(['cursor', 'claude-code']);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith({
      id: 'agent-context-adoption-connector-cursor',
      frequency: { hours: 6 },
      timeout: { hours: 1 },
      initialDelay: { minutes: 2 },
      scope: 'global',
      fn: expect.any(Function),
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'agent-context-adoption-connector-claude-code',
        frequency: { hours: 24 },
        scope: 'global',
      }),
    );
  });

  it('backfills from the configured day when its task runs', async () => {
    const yesterday = addDays(dayOf(Date.now()), -1);
    const asked: number[] = [];
    server.use(
      http.post(
        'https://api.cursor.com/teams/daily-usage-data',
        async ({ request }) => {
          asked.push(((await request.json()) as any).startDate);
          return HttpResponse.json({ data: [] });
        },
      ),
    );
    const { scheduler, ingestion, cursors, scheduled } = schedule({
      cursor: { apiKey: 'key', backfillFrom: addDays(yesterday, -1) },
    });
    await scheduled;

    await scheduler.scheduleTask.mock.calls[0][0].fn(
      new AbortController().signal,
    );

    expect(asked.map(dayOf)).toEqual([addDays(yesterday, -1), yesterday]);
    expect(ingestion.batches).toHaveLength(2);
    await expect(cursors.findLastDay('cursor')).resolves.toBe(yesterday);
  });

  it.each([
    [
      { copilt: { token: 't' } },
      'agentContext.adoption.connectors.copilt is not a connector (one of copilot, cursor, claude-code, ai-gateway)',
    ],
    [
      { copilot: { token: 't' } },
      "Missing required config value at 'agentContext.adoption.connectors.copilot.org'",
    ],
    [
      { cursor: { apiKey: 'k', backfillFrom: '2026-13-01' } },
      'agentContext.adoption.connectors.cursor.backfillFrom must be a day written YYYY-MM-DD, not "2026-13-01"',
    ],
    [
      { cursor: { apiKey: 'k', revisitDays: 0 } },
      'agentContext.adoption.connectors.cursor.revisitDays must be a whole number from 1 to 31, not 0',
    ],
  ])(
    'refuses a misconfigured connector, naming the key (%#)',
    async (connectors, message) => {
      await expect(schedule(connectors).scheduled).rejects.toThrow(message);
    },
  );
});
