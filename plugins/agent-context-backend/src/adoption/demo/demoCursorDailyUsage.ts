import { dayStartMs } from '../connectors/days';
import { CursorDailyUsage } from '../connectors/cursor/CursorConnector';
import { DemoWork } from './demoDayActivity';
import { between } from './seededRandom';

/**
 * The answer Cursor's Admin API would give for the day's daily usage data
 * (`POST /teams/daily-usage-data`) for the people who use Cursor.
 */
export function demoCursorDailyUsage(
  work: DemoWork[],
  day: string,
): { data: CursorDailyUsage[] } {
  return {
    data: work
      .filter(w => w.channel === 'cursor')
      .map(({ random, email }) => {
        const accepts = between(random, 5, 60);
        const linesAdded = between(random, 30, 500);
        return {
          date: dayStartMs(day),
          isActive: true,
          email,
          totalLinesAdded: Math.round(linesAdded * 1.6),
          acceptedLinesAdded: linesAdded,
          acceptedLinesDeleted: between(random, 5, 150),
          totalAccepts: accepts,
          totalRejects: between(random, 0, Math.ceil(accepts / 3)),
          totalTabsAccepted: between(random, 20, 250),
          composerRequests: between(random, 0, 15),
          chatRequests: between(random, 2, 25),
          agentRequests: between(random, 0, 30),
          mostUsedModel: random() < 0.6 ? 'claude-sonnet-4-5' : 'gpt-5',
        };
      }),
  };
}
