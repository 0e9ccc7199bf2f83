import { AdoptionRow } from '@agent-context/plugin-agent-context-common';
import { CursorDailyUsage } from '../connectors/cursor/CursorConnector';
import { GatewayLog } from '../connectors/aiGateway/AiGatewayConnector';
import { OtlpMetricsRequest } from '../otlp/otlpMessages';
import { demoContextFetches } from './demoContextFetches';
import { demoCursorDailyUsage } from './demoCursorDailyUsage';
import { demoDayActivity } from './demoDayActivity';
import { demoGatewayLogs } from './demoGatewayLogs';
import { demoOtlpExport } from './demoOtlpExport';
import { demoPullRequestEvents } from './demoPullRequestEvents';
import { DemoPlan } from './planDemoOrganisation';

/** What each source would have sent for one day, in its own format. */
export interface DemoDayPayloads {
  day: string;
  otlpMetrics: OtlpMetricsRequest;
  cursorDailyUsage: { data: CursorDailyUsage[] };
  gatewayLogs: GatewayLog[];
  pullRequestEvents: unknown[];
  /** The portal's own usage rows, as its usage recorder writes them. */
  contextFetches: AdoptionRow[];
}

/** The day's activity as the payloads of the sources that report it. */
export function demoDayPayloads(
  plan: DemoPlan,
  options: { seed: string; firstDay: string; day: string },
): DemoDayPayloads {
  const { day, work, pullRequests } = demoDayActivity(plan, options);
  return {
    day,
    otlpMetrics: demoOtlpExport(work, day),
    cursorDailyUsage: demoCursorDailyUsage(work, day),
    gatewayLogs: demoGatewayLogs(work, day),
    pullRequestEvents: demoPullRequestEvents(pullRequests),
    // Last: it draws from the same per-person randoms after the others.
    contextFetches: demoContextFetches(work, day),
  };
}
