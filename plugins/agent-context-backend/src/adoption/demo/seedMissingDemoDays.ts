import { addDays, dayOf, daysFrom } from '../connectors/days';
import { ConnectorCursorStore } from '../connectors/types';
import { demoDayPayloads } from './demoDayPayloads';
import { DemoPlan } from './planDemoOrganisation';
import { DEMO_DAYS } from './readDemoOptions';
import { DemoSinks, seedDemoDay } from './seedDemoDay';

/**
 * The demo's two marks in the connectors' cursor table: the last day
 * seeded, and the rollout's first day, which anchors the adoption curve
 * so that a day generated later is generated as it would have been.
 */
export const DEMO_CURSORS = { lastDay: 'demo', firstDay: 'demo:first-day' };

/** The default seed: the same demo on every portal. */
export const DEMO_SEED = 'northwind';

/** What a run seeded. */
export interface DemoSeeding {
  days: string[];
  otlpPoints: number;
  rows: number;
}

/**
 * Seeds the days not seeded yet, up to today, for the plan made with
 * the same seed: all of the last DEMO_DAYS
 * on the first run, then only the days since the last one, so the local
 * dashboards keep moving. Each day is marked done once stored, so a run
 * cut short resumes where it stopped, and a day seeded again replaces
 * itself.
 */
export async function seedMissingDemoDays(options: {
  plan: DemoPlan;
  cursors: ConnectorCursorStore;
  sinks: DemoSinks;
  seed?: string;
  today?: string;
  days?: number;
}): Promise<DemoSeeding> {
  const seed = options.seed ?? DEMO_SEED;
  const today = options.today ?? dayOf(Date.now());
  const oldest = addDays(today, -((options.days ?? DEMO_DAYS) - 1));
  const { cursors } = options;

  const { plan } = options;
  let firstDay = await cursors.findLastDay(DEMO_CURSORS.firstDay);
  if (!firstDay) {
    firstDay = oldest;
    await cursors.saveLastDay(DEMO_CURSORS.firstDay, firstDay);
  }
  const lastDay = await cursors.findLastDay(DEMO_CURSORS.lastDay);
  const from =
    lastDay && addDays(lastDay, 1) > oldest ? addDays(lastDay, 1) : oldest;

  const seeding: DemoSeeding = { days: [], otlpPoints: 0, rows: 0 };
  for (const day of daysFrom(from, today)) {
    const seeded = await seedDemoDay(
      demoDayPayloads(plan, { seed, firstDay, day }),
      options.sinks,
    );
    await cursors.saveLastDay(DEMO_CURSORS.lastDay, day);
    seeding.days.push(day);
    seeding.otlpPoints += seeded.otlpPoints;
    seeding.rows += seeded.rows;
  }
  return seeding;
}
