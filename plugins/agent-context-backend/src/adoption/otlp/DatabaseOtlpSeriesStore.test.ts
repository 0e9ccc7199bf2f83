import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { applyConventionMigrations } from '../../conventions/store/applyMigrations';
import {
  DatabaseOtlpSeriesStore,
  OTLP_SERIES_TABLE,
} from './DatabaseOtlpSeriesStore';

describe('DatabaseOtlpSeriesStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function setUp() {
      const knex = await databases.init(databaseId);
      await applyConventionMigrations(mockServices.database({ knex }));
      return { knex, store: DatabaseOtlpSeriesStore.create({ knex }) };
    }

    const counter = {
      seriesKey: 'a'.repeat(64),
      metric: 'claude_code.token.usage',
      startTimeUnixNano: '1764720000000000001',
      timeUnixNano: '1764720060123456789',
      value: 1234.5,
    };
    const histogram = {
      seriesKey: 'b'.repeat(64),
      metric: 'gen_ai.client.token.usage',
      startTimeUnixNano: '1764720000000000000',
      timeUnixNano: '1764720060000000000',
      value: 900,
      count: 3,
    };

    it('keeps the nanoseconds exact and gives back only the series asked for', async () => {
      const { store } = await setUp();
      await store.put([counter, histogram], new Date('2026-12-01T10:00:00Z'));

      await expect(
        store.get([counter.seriesKey, 'c'.repeat(64)]),
      ).resolves.toEqual(new Map([[counter.seriesKey, counter]]));
      await expect(store.get([histogram.seriesKey])).resolves.toEqual(
        new Map([[histogram.seriesKey, histogram]]),
      );
    });

    it('replaces a series’ state with the next one', async () => {
      const { store, knex } = await setUp();
      await store.put([counter], new Date('2026-12-01T10:00:00Z'));
      const next = {
        ...counter,
        timeUnixNano: '1764720120000000000',
        value: 2000,
      };
      await store.put([next], new Date('2026-12-01T10:01:00Z'));

      await expect(store.get([counter.seriesKey])).resolves.toEqual(
        new Map([[counter.seriesKey, next]]),
      );
      await expect(knex(OTLP_SERIES_TABLE).count({ n: '*' })).resolves.toEqual([
        { n: expect.anything() },
      ]);
      const [{ n }] = await knex(OTLP_SERIES_TABLE).count({ n: '*' });
      expect(Number(n)).toBe(1);
    });

    it('stores more series than one statement binds', async () => {
      const { store } = await setUp();
      const many = Array.from({ length: 250 }, (_, i) => ({
        ...counter,
        seriesKey: String(i).padStart(64, '0'),
      }));
      await store.put(many, new Date('2026-12-01T10:00:00Z'));
      await expect(
        store.get(many.map(s => s.seriesKey)),
      ).resolves.toHaveProperty('size', 250);
    });

    it('forgets the series not updated since a time', async () => {
      const { store } = await setUp();
      await store.put([counter], new Date('2026-11-01T10:00:00Z'));
      await store.put([histogram], new Date('2026-12-01T10:00:00Z'));

      await expect(store.prune(new Date('2026-11-15T00:00:00Z'))).resolves.toBe(
        1,
      );
      await expect(
        store.get([counter.seriesKey, histogram.seriesKey]),
      ).resolves.toEqual(new Map([[histogram.seriesKey, histogram]]));
    });
  });
});
