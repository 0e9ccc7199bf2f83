import {
  AdoptionRow,
  adoptionRowSchema,
} from '@agent-context/plugin-agent-context-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AdoptionIngestion } from '../types';
import { UsageRecorder } from './UsageRecorder';

/** An ingestion that keeps what it is given, or fails as told. */
function fakeIngestion() {
  const batches: AdoptionRow[][] = [];
  const outcomes: Array<'fail' | 'hang'> = [];
  const ingestion: AdoptionIngestion & {
    batches: AdoptionRow[][];
    next(...outcomes: Array<'fail' | 'hang'>): void;
  } = {
    batches,
    next: (...more) => outcomes.push(...more),
    async ingest(rows) {
      const outcome = outcomes.shift();
      if (outcome === 'fail') {
        throw new Error('database unavailable');
      }
      if (outcome === 'hang') {
        await new Promise(() => {});
      }
      batches.push(rows);
      return {
        accepted: rows.length,
        unchanged: 0,
        unattributed: 0,
        expired: 0,
      };
    },
  };
  return ingestion;
}

const fetch = (n: number) => ({
  entityRef: `component:default/service-${n}`,
  principal: 'user:default/ada',
  tool: 'cursor',
});

describe('UsageRecorder', () => {
  let ingestion: ReturnType<typeof fakeIngestion>;
  let logger: ReturnType<typeof mockServices.logger.mock>;
  let recorders: UsageRecorder[];

  const recorder = (
    options: { batchSize?: number; capacity?: number } = {},
  ) => {
    const created = UsageRecorder.create({ ingestion, logger, ...options });
    recorders.push(created);
    return created;
  };

  beforeEach(() => {
    ingestion = fakeIngestion();
    logger = mockServices.logger.mock();
    recorders = [];
  });

  afterEach(async () => {
    jest.useRealTimers();
    await Promise.all(recorders.map(r => r.stop()));
  });

  it('counts repeated fetches of one thing by one caller and client in one row', async () => {
    const usage = recorder();

    usage.record(fetch(1));
    usage.record(fetch(1));
    usage.record(fetch(2));
    usage.record({ ...fetch(1), tool: 'mcp' });
    await usage.flush();

    expect(
      ingestion.batches
        .flat()
        .map(row => [row.entityRef, row.tool, row.metrics.contextFetches]),
    ).toEqual([
      ['component:default/service-1', 'cursor', 2],
      ['component:default/service-2', 'cursor', 1],
      ['component:default/service-1', 'mcp', 1],
    ]);
    expect(usage.stats()).toMatchObject({ recorded: 4, ingested: 4 });
  });

  it('records a fetch as one event row of the suite’s own source', async () => {
    const usage = recorder();

    usage.record(fetch(1));
    usage.record({ principal: 'service:ci-bot', tool: 'mcp' });
    await usage.flush();

    const [rows] = ingestion.batches;
    expect(rows).toEqual([
      {
        type: 'event',
        source: 'agent-context',
        sourceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        timestamp: expect.any(String),
        entityRef: 'component:default/service-1',
        user: { id: 'user:default/ada' },
        tool: 'cursor',
        metrics: { contextFetches: 1 },
      },
      {
        type: 'event',
        source: 'agent-context',
        sourceId: expect.any(String),
        timestamp: expect.any(String),
        user: { id: 'service:ci-bot' },
        tool: 'mcp',
        metrics: { contextFetches: 1 },
      },
    ]);
    expect(rows[0].sourceId).not.toBe(rows[1].sourceId);
    for (const row of rows) {
      expect(adoptionRowSchema.safeParse(row).success).toBe(true);
    }
    expect(usage.stats()).toEqual({
      recorded: 2,
      ingested: 2,
      dropped: 0,
      pending: 0,
    });
  });

  it('hands the buffer over on the interval once started', async () => {
    jest.useFakeTimers();
    const usage = recorder();
    usage.start();

    usage.record(fetch(1));
    expect(ingestion.batches).toEqual([]);
    await jest.advanceTimersByTimeAsync(5_000);

    expect(ingestion.batches.map(b => b.length)).toEqual([1]);
  });

  it('hands a full batch over at once, a batch at a time', async () => {
    const usage = recorder({ batchSize: 2 });

    [1, 2, 3, 4, 5].forEach(n => usage.record(fetch(n)));
    await usage.flush();

    expect(ingestion.batches.map(b => b.map(r => r.entityRef))).toEqual([
      ['component:default/service-1', 'component:default/service-2'],
      ['component:default/service-3', 'component:default/service-4'],
      ['component:default/service-5'],
    ]);
  });

  it('neither waits nor grows while ingestion hangs: it drops and counts', async () => {
    // Not stopped after the test: its flush never ends.
    const usage = UsageRecorder.create({
      ingestion,
      logger,
      batchSize: 2,
      capacity: 3,
    });
    ingestion.next('hang');

    [1, 2].forEach(n => usage.record(fetch(n))); // a full batch, now hanging
    [3, 4, 5, 6, 7].forEach(n => usage.record(fetch(n)));

    expect(usage.stats()).toEqual({
      recorded: 5,
      ingested: 0,
      dropped: 2,
      pending: 3,
    });
  });

  it('warns once per flush of what it dropped', async () => {
    const usage = recorder({ capacity: 2 });

    [1, 2, 3, 4].forEach(n => usage.record(fetch(n)));
    await usage.flush();

    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'Dropped 2 usage events: the buffer of 2 was full, as ingestion is falling behind',
    );
    expect(ingestion.batches.flat()).toHaveLength(2);
  });

  it('tries a failed batch once more at the next flush, then records it', async () => {
    const usage = recorder();
    ingestion.next('fail');

    usage.record(fetch(1));
    await usage.flush();
    expect(ingestion.batches).toEqual([]);
    expect(usage.stats()).toMatchObject({ pending: 1, dropped: 0 });
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not record 1 usage events; trying once more at the next flush: Error: database unavailable',
    );

    usage.record(fetch(2));
    await usage.flush();
    expect(ingestion.batches.map(b => b.map(r => r.entityRef))).toEqual([
      ['component:default/service-1'],
      ['component:default/service-2'],
    ]);
  });

  it('drops a batch that fails twice, logging the error but no row', async () => {
    const usage = recorder();
    ingestion.next('fail', 'fail');

    usage.record(fetch(1));
    await usage.flush();
    await usage.flush();

    expect(usage.stats()).toEqual({
      recorded: 1,
      ingested: 0,
      dropped: 1,
      pending: 0,
    });
    expect(logger.error).toHaveBeenCalledWith(
      'Could not record 1 usage events a second time; they are dropped: Error: database unavailable',
    );
    const logged = JSON.stringify([
      logger.warn.mock.calls,
      logger.error.mock.calls,
    ]);
    expect(logged).not.toContain('user:default/ada');
  });

  it('hands over what is buffered when stopped, the retry included', async () => {
    const usage = recorder();
    usage.start();
    ingestion.next('fail');
    usage.record(fetch(1));
    await usage.flush();
    usage.record(fetch(2));

    await usage.stop();

    expect(ingestion.batches.flat().map(r => r.entityRef)).toEqual([
      'component:default/service-1',
      'component:default/service-2',
    ]);
  });

  it('stops without waiting for ever on a stuck ingestion, and says so', async () => {
    const usage = UsageRecorder.create({
      ingestion,
      logger,
      stopTimeoutMs: 10,
    });
    ingestion.next('hang');
    usage.record(fetch(1));
    usage.record(fetch(2));
    void usage.flush();
    usage.record(fetch(3));

    await usage.stop();

    expect(logger.warn).toHaveBeenCalledWith(
      'Stopped with 1 usage events or more not recorded: ingestion did not finish in 0.01 s',
    );
  });

  describe('fromConfig', () => {
    const fromConfig = (data: object, withIngestion = true) => {
      const lifecycle = mockServices.lifecycle.mock();
      const usage = UsageRecorder.fromConfig({
        config: mockServices.rootConfig({ data }),
        ingestion: withIngestion ? ingestion : undefined,
        logger,
        lifecycle,
      });
      if (usage) {
        recorders.push(usage);
      }
      return { usage, lifecycle };
    };
    const adoption = {
      agentContext: { adoption: { privacy: { pseudonymKey: 'k'.repeat(32) } } },
    };

    it('records by default once adoption is configured, and flushes on shutdown', async () => {
      const { usage, lifecycle } = fromConfig(adoption);
      expect(usage).toBeInstanceOf(UsageRecorder);

      usage!.record(fetch(1));
      const [hook] = lifecycle.addShutdownHook.mock.calls[0];
      await hook();

      expect(ingestion.batches.flat()).toHaveLength(1);
    });

    it('records nothing when switched off, adoption is not configured, or there is no ingestion', () => {
      expect(
        fromConfig({
          agentContext: {
            adoption: { ...adoption.agentContext.adoption, recordUsage: false },
          },
        }).usage,
      ).toBeUndefined();
      expect(fromConfig({ agentContext: {} }).usage).toBeUndefined();
      expect(fromConfig(adoption, false).usage).toBeUndefined();
    });
  });
});
