import { dayStartMs } from '../connectors/days';
import {
  OtlpKeyValue,
  OtlpMetric,
  OtlpMetricsRequest,
} from '../otlp/otlpMessages';
import { DemoWork } from './demoDayActivity';
import { between } from './seededRandom';

const HOUR_NANOS = 3_600_000_000_000n;
const DELTA = 1;

const text = (key: string, value: string): OtlpKeyValue => ({
  key,
  value: { stringValue: value },
});

/** A Claude Code counter of the day's working hours, delta temporality. */
function counter(
  name: string,
  startTimeUnixNano: string,
  timeUnixNano: string,
  points: Array<{ value: number; attributes?: OtlpKeyValue[] }>,
): OtlpMetric {
  return {
    name,
    sum: {
      aggregationTemporality: DELTA,
      isMonotonic: true,
      dataPoints: points.map(point => ({
        startTimeUnixNano,
        timeUnixNano,
        asDouble: point.value,
        attributes: point.attributes ?? [],
      })),
    },
  };
}

/**
 * The OTLP/JSON metrics export Claude Code would send for the day's work
 * of the people who use it: one resource per person and service, as set
 * up in the README (the entity ref and the user's e-mail), with delta
 * counters over the working day.
 */
export function demoOtlpExport(
  work: DemoWork[],
  day: string,
): OtlpMetricsRequest {
  const midnight = BigInt(dayStartMs(day)) * 1_000_000n;
  const start = String(midnight + 8n * HOUR_NANOS);
  const end = String(midnight + 18n * HOUR_NANOS);
  return {
    resourceMetrics: work
      .filter(w => w.channel === 'otlp')
      .map(w => {
        const { random } = w;
        const model = w.expensive ? 'claude-opus-4-1' : 'claude-sonnet-4-5';
        const scale = w.expensive ? 8 : 1;
        const tokensIn = between(random, 20_000, 120_000) * scale;
        const tokensOut = Math.round(tokensIn * (0.08 + random() * 0.07));
        const cacheRead = tokensIn * between(random, 3, 8);
        // List prices per million tokens: input, output, cache read.
        const prices = w.expensive ? [15, 75, 1.5] : [3, 15, 0.3];
        const cost =
          (tokensIn * prices[0] +
            tokensOut * prices[1] +
            cacheRead * prices[2]) /
          1_000_000;
        const accepted = between(random, 5, 40);
        const withModel = [text('model', model)];
        return {
          resource: {
            attributes: [
              text('service.name', 'claude-code'),
              text('backstage.entity_ref', w.service),
              text('user.email', w.email),
              text('terminal.type', 'vscode'),
            ],
          },
          scopeMetrics: [
            {
              metrics: [
                counter('claude_code.session.count', start, end, [
                  { value: between(random, 1, 4) },
                ]),
                counter('claude_code.lines_of_code.count', start, end, [
                  {
                    value: between(random, 40, 400),
                    attributes: [text('type', 'added')],
                  },
                  {
                    value: between(random, 5, 120),
                    attributes: [text('type', 'removed')],
                  },
                ]),
                counter('claude_code.token.usage', start, end, [
                  {
                    value: tokensIn,
                    attributes: [...withModel, text('type', 'input')],
                  },
                  {
                    value: tokensOut,
                    attributes: [...withModel, text('type', 'output')],
                  },
                  {
                    value: cacheRead,
                    attributes: [...withModel, text('type', 'cacheRead')],
                  },
                ]),
                counter('claude_code.cost.usage', start, end, [
                  {
                    value: Math.round(cost * 100) / 100,
                    attributes: withModel,
                  },
                ]),
                counter('claude_code.code_edit_tool.decision', start, end, [
                  { value: accepted, attributes: [text('decision', 'accept')] },
                  {
                    value: Math.round(accepted * random() * 0.3),
                    attributes: [text('decision', 'reject')],
                  },
                ]),
                counter('claude_code.active_time.total', start, end, [
                  { value: between(random, 600, 9000) },
                ]),
                counter('claude_code.commit.count', start, end, [
                  { value: between(random, 0, 5) },
                ]),
              ],
            },
          ],
        };
      }),
  };
}
