import { adoptionRowSchema } from '@agent-context/plugin-agent-context-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import { AdoptionIngestion } from '../types';
import { ConnectorDayNotReadyError } from './ConnectorDayNotReadyError';
import { addDays, dayOf, daysFrom } from './days';
import { AdoptionConnector, ConnectorCursorStore } from './types';

/** What one run of a connector needs. */
export interface ConnectorRun {
  connector: AdoptionConnector;
  ingestion: AdoptionIngestion;
  cursors: ConnectorCursorStore;
  logger: LoggerService;
  /** The first day ever pulled, when the connector has no cursor yet. */
  backfillFrom: string;
  /** How many of the latest days are pulled again on every run. */
  revisitDays: number;
  now?: () => Date;
  signal?: AbortSignal;
}

/**
 * One scheduled run: from the day after the cursor (or `backfillFrom`) up
 * to yesterday, UTC, and the last `revisitDays` days again because vendors
 * revise recent days. Each day is read whole and handed to ingestion as a
 * replacement of that day, so pulling a day twice never adds to it. The
 * first failure ends the run with the cursor on the last day stored, so
 * the next run starts with the day that failed.
 */
export async function runConnector(run: ConnectorRun): Promise<void> {
  const { connector, ingestion, cursors, logger, signal } = run;
  const name = connector.name;
  const yesterday = addDays(dayOf(run.now?.() ?? new Date()), -1);
  const lastDay = await cursors.findLastDay(name);
  const first = lastDay
    ? maxDay(
        run.backfillFrom,
        minDay(addDays(lastDay, 1), addDays(yesterday, 1 - run.revisitDays)),
      )
    : run.backfillFrom;

  for (const day of daysFrom(first, yesterday)) {
    if (signal?.aborted) {
      logger.info(`Adoption connector ${name} stopped before ${day}`);
      return;
    }
    try {
      const read = await connector.readDay(day, signal);
      const rows = read.rows.filter(
        row => adoptionRowSchema.safeParse(row).success,
      );
      const ignored = read.ignored + read.rows.length - rows.length;
      const result = await ingestion.ingest(rows, {
        replaceDays: { source: name, days: [day] },
      });
      logger.info(
        `Adoption connector ${name} stored ${day}: ${rows.length} rows (${result.accepted} new or changed, ${result.unchanged} unchanged), ${ignored} records ignored`,
      );
    } catch (error) {
      if (error instanceof ConnectorDayNotReadyError) {
        logger.info(
          `Adoption connector ${name} stops before ${day}, which the vendor has not published yet`,
        );
        return;
      }
      logger.error(
        `Adoption connector ${name} failed on ${day}; the next run starts again from that day`,
        error as Error,
      );
      return;
    }
    if (!lastDay || day > lastDay) {
      await cursors.saveLastDay(name, day);
    }
  }
}

function minDay(a: string, b: string) {
  return a < b ? a : b;
}

function maxDay(a: string, b: string) {
  return a > b ? a : b;
}
