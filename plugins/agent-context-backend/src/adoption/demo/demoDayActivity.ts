import { dayStartMs } from '../connectors/days';
import { DemoPlan, DemoTeam } from './planDemoOrganisation';
import {
  Random,
  between,
  pickWeighted,
  roundRandomly,
  seededRandom,
} from './seededRandom';

/** How a person's usage reaches the portal. */
export type DemoChannel = 'otlp' | 'cursor' | 'ai-gateway';

/** One person's work with an AI tool on one service on the day. */
export interface DemoWork {
  email: string;
  service: string;
  channel: DemoChannel;
  expensive: boolean;
  /** Draws for the figures, the same for the same seed, day and person. */
  random: Random;
}

/** A pull request opened (and maybe merged) on the day. */
export interface DemoPullRequest {
  repository: string;
  number: number;
  openedAt: string;
  mergedAt?: string;
  /** How it says an agent assisted, if one did. */
  aiSignal?: 'label' | 'description';
}

/** What happened on one day. */
export interface DemoDayActivity {
  day: string;
  work: DemoWork[];
  pullRequests: DemoPullRequest[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The rollout: when a team's people take up a tool, as days since the
 * demo's first day, and how many of them ever do. Taking up is spread
 * late (by the square root of the rank), so the first weeks are quiet.
 */
const ROLLOUT = {
  leading: { start: 3, spread: 75, reach: 0.8 },
  lagging: { start: 45, spread: 45, reach: 0.6 },
};

/**
 * The day (since the first) each of the team's adopters takes up a tool.
 * A share of the team, not a draw per person, adopts: in a team of seven
 * chance alone would often leave too few to show a leading team's figures.
 */
function adoptionDaysOf(seed: string, team: DemoTeam): Map<string, number> {
  const rollout = team.lagging ? ROLLOUT.lagging : ROLLOUT.leading;
  const order = team.members
    .map(email => ({ email, random: seededRandom(seed, 'adoption', email) }))
    .map(({ email, random }) => ({ email, rank: random(), jitter: random() }))
    .sort((a, b) => a.rank - b.rank);
  const adopters = order.slice(0, Math.round(rollout.reach * order.length));
  return new Map(
    adopters.map(({ email, jitter }, k) => [
      email,
      rollout.start +
        Math.floor(rollout.spread * Math.sqrt((k + jitter) / adopters.length)),
    ]),
  );
}

function channelOf(seed: string, email: string): DemoChannel {
  return pickWeighted<DemoChannel>(seededRandom(seed, 'channel', email), [
    { item: 'otlp', weight: 45 },
    { item: 'cursor', weight: 30 },
    { item: 'ai-gateway', weight: 25 },
  ]);
}

/** Days from `first` to `day`. */
export function dayIndexOf(first: string, day: string): number {
  return Math.round((dayStartMs(day) - dayStartMs(first)) / DAY_MS);
}

const isoAt = (day: string, ms: number) =>
  new Date(dayStartMs(day) + ms).toISOString();

/**
 * The day's activity of the plan's organisation, `firstDay` being the
 * rollout's first day: who worked with which tool on which service, and
 * the pull requests opened and merged. A function of the seed, the plan
 * and the two days only, so a day generated again is the same.
 */
export function demoDayActivity(
  plan: DemoPlan,
  options: { seed: string; firstDay: string; day: string },
): DemoDayActivity {
  const { seed, day } = options;
  const index = dayIndexOf(options.firstDay, day);
  const weekday = ![0, 6].includes(new Date(dayStartMs(day)).getUTCDay());
  const work: DemoWork[] = [];
  const pullRequests: DemoPullRequest[] = [];

  // Someone in two teams works once a day, for the first: a vendor
  // reports a person once a day.
  const working = new Set<string>();
  for (const team of plan.teams) {
    // A team that owns nothing has nothing to work on here.
    if (team.services.length === 0) {
      continue;
    }
    const adoptionDays = adoptionDaysOf(seed, team);
    let adopted = 0;
    for (const email of team.members) {
      const adoptionDay = adoptionDays.get(email);
      if (adoptionDay === undefined || index < adoptionDay) {
        continue;
      }
      adopted++;
      if (working.has(email)) {
        continue;
      }
      working.add(email);
      const random = seededRandom(seed, day, email);
      // A habit forms over the first weeks; weekends are quiet.
      const habit = Math.min(1, (index - adoptionDay) / 20);
      if (random() >= (weekday ? 0.5 + 0.35 * habit : 0.08)) {
        continue;
      }
      const service = pickWeighted(
        random,
        team.services.map(({ ref }) => ({
          item: ref,
          weight: ref === plan.expensiveService ? 3 : 1,
        })),
      );
      work.push({
        email,
        service,
        channel: channelOf(seed, email),
        expensive: service === plan.expensiveService,
        random: seededRandom(seed, day, email, 'figures'),
      });
    }

    const repositories = team.services.flatMap(s => s.repository ?? []);
    if (!weekday || repositories.length === 0) {
      continue;
    }
    // More merge requests as more of the team works with agents, and more
    // of them assisted.
    const share = team.members.length ? adopted / team.members.length : 0;
    const random = seededRandom(seed, day, team.ref, 'pull-requests');
    const count = roundRandomly(
      random,
      0.22 * team.members.length * (1 + 0.6 * share),
    );
    for (let i = 0; i < count; i++) {
      const repository =
        repositories[between(random, 0, repositories.length - 1)];
      const openedMs = between(random, 8 * HOUR_MS, 16 * HOUR_MS);
      const merged = random() < 0.85;
      const ai = random() < 0.85 * share;
      pullRequests.push({
        repository,
        // Unique per repository and day: a day generated again replaces
        // its own pull requests, never another day's.
        number: Math.floor(dayStartMs(day) / DAY_MS) * 100 + i + 1,
        openedAt: isoAt(day, openedMs),
        ...(merged && {
          mergedAt: isoAt(
            day,
            Math.min(openedMs + between(random, 1, 7) * HOUR_MS, DAY_MS - 1000),
          ),
        }),
        ...(ai && { aiSignal: random() < 0.5 ? 'label' : 'description' }),
      });
    }
  }
  return { day, work, pullRequests };
}
