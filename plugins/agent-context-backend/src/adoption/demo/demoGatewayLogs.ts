import { dayStartMs } from '../connectors/days';
import { GatewayLog } from '../connectors/aiGateway/AiGatewayConnector';
import { DemoWork } from './demoDayActivity';
import { between } from './seededRandom';

/** The metadata keys the demo's callers set, the connector's defaults. */
export const DEMO_GATEWAY_KEYS = { entity: 'entity', user: 'user' };

const MODELS = [
  { provider: 'anthropic', model: 'claude-sonnet-4-5', in: 3, out: 15 },
  { provider: 'openai', model: 'gpt-5', in: 1.25, out: 10 },
];
const EXPENSIVE = {
  provider: 'anthropic',
  model: 'claude-opus-4-1',
  in: 15,
  out: 75,
};

/**
 * The AI gateway's request logs for the day's work of the people whose
 * tools call models through it: a few requests each, with the service
 * and the user in the metadata as the README asks callers to set it.
 */
export function demoGatewayLogs(work: DemoWork[], day: string): GatewayLog[] {
  const logs: GatewayLog[] = [];
  work
    .filter(w => w.channel === 'ai-gateway')
    .forEach((w, person) => {
      const { random } = w;
      const requests = between(random, 3, 12) * (w.expensive ? 3 : 1);
      for (let i = 0; i < requests; i++) {
        const price = w.expensive
          ? EXPENSIVE
          : MODELS[between(random, 0, MODELS.length - 1)];
        const tokensIn = between(random, 2_000, 30_000) * (w.expensive ? 4 : 1);
        const tokensOut = Math.round(tokensIn * (0.1 + random() * 0.2));
        const cost = (tokensIn * price.in + tokensOut * price.out) / 1_000_000;
        logs.push({
          id: `demo-${day}-${person}-${i}`,
          created_at: new Date(
            dayStartMs(day) + between(random, 8 * 3600, 19 * 3600) * 1000,
          ).toISOString(),
          provider: price.provider,
          model: price.model,
          tokens_in: tokensIn,
          tokens_out: tokensOut,
          cost: Math.round(cost * 10_000) / 10_000,
          success: true,
          cached: false,
          duration: between(random, 800, 25_000),
          status_code: 200,
          metadata: JSON.stringify({
            [DEMO_GATEWAY_KEYS.entity]: w.service,
            [DEMO_GATEWAY_KEYS.user]: w.email,
          }),
        });
      }
    });
  return logs;
}
