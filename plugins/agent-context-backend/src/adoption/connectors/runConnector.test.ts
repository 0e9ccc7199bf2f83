import { TestDatabases } from '@backstage/backend-test-utils';
import {
  connectorHarness,
  databaseCursors,
} from './__testUtils__/connectorHarness';
import { ConnectorDayNotReadyError } from './ConnectorDayNotReadyError';
import { AdoptionConnector, ConnectorDay } from './types';

/** A vendor whose figures per day the test sets, and which can fail a day. */
function scriptedConnector(figures: Record<string, number>) {
  const read: string[] = [];
  const failing = new Set<string>();
  const connector: AdoptionConnector = {
    name: 'cursor',
    async readDay(day): Promise<ConnectorDay> {
      read.push(day);
      if (failing.has(day)) {
        throw new Error('503 after every attempt');
      }
      return {
        rows:
          day in figures
            ? [
                {
                  type: 'daily',
                  source: 'cursor',
                  sourceId: `${day}:a`,
                  day,
                  metrics: { linesAdded: figures[day] },
                },
              ]
            : [],
        ignored: 0,
      };
    },
  };
  return { connector, read, failing };
}

describe('runConnector', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it('backfills day by day up to yesterday, each day handed over as a replacement', async () => {
    const harness = connectorHarness({ backfillFrom: '2026-11-27' });
    const { connector, read } = scriptedConnector({ '2026-11-28': 5 });

    await harness.run(connector, '2026-11-30');

    expect(read).toEqual(['2026-11-27', '2026-11-28', '2026-11-29']);
    expect(harness.ingestion.options).toEqual([
      { replaceDays: { source: 'cursor', days: ['2026-11-27'] } },
      { replaceDays: { source: 'cursor', days: ['2026-11-28'] } },
      { replaceDays: { source: 'cursor', days: ['2026-11-29'] } },
    ]);
    await expect(harness.cursors.findLastDay('cursor')).resolves.toBe(
      '2026-11-29',
    );
  });

  it('pulls the latest days again on the next run, replacing their figures', async () => {
    const harness = connectorHarness({
      backfillFrom: '2026-11-27',
      revisitDays: 2,
    });
    const figures: Record<string, number> = { '2026-11-29': 3 };
    const { connector, read } = scriptedConnector(figures);
    await harness.run(connector, '2026-11-30');

    figures['2026-11-29'] = 10;
    read.length = 0;
    await harness.run(connector, '2026-12-01');

    expect(read).toEqual(['2026-11-29', '2026-11-30']);
    expect(harness.ingestion.total('cursor', '2026-11-29', 'linesAdded')).toBe(
      10,
    );
  });

  it('skips rows that break the row contract and counts them as ignored', async () => {
    const harness = connectorHarness({ backfillFrom: '2026-11-29' });
    await harness.run(
      {
        name: 'cursor',
        readDay: async day => ({
          rows: [
            {
              type: 'daily',
              source: 'cursor',
              sourceId: 'a',
              day,
              metrics: { linesAdded: 1 },
            },
            {
              type: 'daily',
              source: 'cursor',
              sourceId: 'b',
              day,
              metrics: { linesAdded: -1 },
            },
          ],
          ignored: 2,
        }),
      },
      '2026-11-30',
    );

    expect(harness.ingestion.rowsOf('cursor')).toHaveLength(1);
    expect(harness.logger.info).toHaveBeenCalledWith(
      'Adoption connector cursor stored 2026-11-29: 1 rows (1 new or changed, 0 unchanged), 3 records ignored',
    );
  });

  it('stops quietly at a day the vendor has not published yet', async () => {
    const harness = connectorHarness({ backfillFrom: '2026-11-28' });
    await harness.run(
      {
        name: 'copilot',
        readDay: async day => {
          if (day === '2026-11-29') {
            throw new ConnectorDayNotReadyError('no report yet');
          }
          return { rows: [], ignored: 0 };
        },
      },
      '2026-11-30',
    );

    await expect(harness.cursors.findLastDay('copilot')).resolves.toBe(
      '2026-11-28',
    );
    expect(harness.logger.error).not.toHaveBeenCalled();
    expect(harness.logger.info).toHaveBeenLastCalledWith(
      'Adoption connector copilot stops before 2026-11-29, which the vendor has not published yet',
    );
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stops at a failed day mid-backfill and resumes there after a restart', async () => {
      const cursors = await databaseCursors(databases, databaseId);
      const first = connectorHarness({ cursors, backfillFrom: '2026-11-20' });
      const vendor = scriptedConnector({
        '2026-11-20': 1,
        '2026-11-21': 2,
        '2026-11-22': 4,
        '2026-11-23': 8,
      });
      vendor.failing.add('2026-11-22');

      await first.run(vendor.connector, '2026-11-25');

      expect(vendor.read).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
      expect(first.logger.error).toHaveBeenCalledWith(
        'Adoption connector cursor failed on 2026-11-22; the next run starts again from that day',
        expect.objectContaining({ message: '503 after every attempt' }),
      );
      await expect(cursors.findLastDay('cursor')).resolves.toBe('2026-11-21');

      // A new process: only the database carries over.
      vendor.failing.clear();
      vendor.read.length = 0;
      const second = connectorHarness({
        cursors,
        backfillFrom: '2026-11-20',
        revisitDays: 1,
      });
      await second.run(vendor.connector, '2026-11-25');

      expect(vendor.read).toEqual(['2026-11-22', '2026-11-23', '2026-11-24']);
      expect(second.ingestion.total('cursor', '2026-11-22', 'linesAdded')).toBe(
        4,
      );
      await expect(cursors.findLastDay('cursor')).resolves.toBe('2026-11-24');
    });
  });
});
