import { OtlpMetric } from './otlpMessages';
import { readOtlpMetrics, rowOfIncrease } from './mapOtlpMetrics';

const kv = (key: string, value: string) => ({
  key,
  value: { stringValue: value },
});

const exportOf = (...metrics: OtlpMetric[]) => ({
  resourceMetrics: [
    {
      resource: { attributes: [kv('service.name', 'checkout-agent')] },
      scopeMetrics: [{ metrics }],
    },
  ],
});

const histogram = (
  name: string,
  attributes: Array<ReturnType<typeof kv>>,
  sum: number,
  count = '1',
): OtlpMetric => ({
  name,
  histogram: {
    aggregationTemporality: 1,
    dataPoints: [
      {
        attributes,
        startTimeUnixNano: '1764583200000000000',
        timeUnixNano: '1764583260000000000',
        sum,
        count,
      },
    ],
  },
});

const counter = (
  name: string,
  attributes: Array<ReturnType<typeof kv>>,
  value: number,
  monotonic = true,
): OtlpMetric => ({
  name,
  sum: {
    aggregationTemporality: 1,
    isMonotonic: monotonic,
    dataPoints: [
      {
        attributes,
        startTimeUnixNano: '1764583200000000000',
        timeUnixNano: '1764583260000000000',
        asDouble: value,
      },
    ],
  },
});

/** The rows of delta points, as figures with their dimensions. */
function rowsOf(...metrics: OtlpMetric[]) {
  return readOtlpMetrics(exportOf(...metrics)).points.map(point => {
    const row = rowOfIncrease({
      point,
      value: point.value,
      count: point.count,
    });
    return (
      row && {
        metrics: row.metrics,
        tool: row.tool,
        model: row.model,
        provider: row.provider,
      }
    );
  });
}

describe('readOtlpMetrics', () => {
  it('reads GenAI token histograms by token type, with the deprecated names and attributes', () => {
    expect(
      rowsOf(
        histogram(
          'gen_ai.client.token.usage',
          [
            kv('gen_ai.token.type', 'input'),
            kv('gen_ai.provider.name', 'openai'),
            kv('gen_ai.request.model', 'gpt-5'),
          ],
          300,
          '3',
        ),
        histogram(
          'gen_ai.client.token.usage',
          [
            kv('gen_ai.token.type', 'completion'),
            kv('gen_ai.system', 'anthropic'),
          ],
          40,
        ),
        counter(
          'gen_ai.usage.prompt_tokens',
          [kv('gen_ai.response.model', 'm')],
          12,
        ),
        histogram('gen_ai.usage.completion_tokens', [], 7),
      ),
    ).toEqual([
      {
        metrics: { tokensIn: 300, requests: 3 },
        tool: 'checkout-agent',
        model: 'gpt-5',
        provider: 'openai',
      },
      {
        metrics: { tokensOut: 40 },
        tool: 'checkout-agent',
        provider: 'anthropic',
      },
      { metrics: { tokensIn: 12 }, tool: 'checkout-agent', model: 'm' },
      { metrics: { tokensOut: 7 }, tool: 'checkout-agent' },
    ]);
  });

  it('reads operation durations in milliseconds', () => {
    expect(
      rowsOf(histogram('gen_ai.client.operation.duration', [], 2.25, '2')),
    ).toEqual([{ metrics: { durationMs: 2250 }, tool: 'checkout-agent' }]);
  });

  it('reads Claude Code’s figures by their type and decision attributes', () => {
    expect(
      rowsOf(
        counter(
          'claude_code.token.usage',
          [kv('type', 'cacheRead'), kv('model', 'opus')],
          900,
        ),
        counter('claude_code.token.usage', [kv('type', 'cacheCreation')], 100),
        counter(
          'claude_code.code_edit_tool.decision',
          [
            kv('decision', 'accept'),
            kv('tool_name', 'Edit'),
            kv('language', 'TypeScript'),
          ],
          3,
        ),
        counter(
          'claude_code.code_edit_tool.decision',
          [kv('decision', 'reject')],
          1,
        ),
        counter('claude_code.active_time.total', [], 42.5),
        counter('claude_code.commit.count', [], 2),
        counter('claude_code.pull_request.count', [], 1),
      ),
    ).toEqual([
      { metrics: { cacheReadTokens: 900 }, tool: 'claude-code', model: 'opus' },
      { metrics: { cacheWriteTokens: 100 }, tool: 'claude-code' },
      { metrics: { editsAccepted: 3 }, tool: 'claude-code' },
      { metrics: { editsRejected: 1 }, tool: 'claude-code' },
      { metrics: { activeSeconds: 42.5 }, tool: 'claude-code' },
      { metrics: { commits: 2 }, tool: 'claude-code' },
      { metrics: { pullRequests: 1 }, tool: 'claude-code' },
    ]);
  });

  it('ignores and counts points whose attributes name no figure, and unknown metrics', () => {
    const reading = readOtlpMetrics(
      exportOf(
        counter('claude_code.token.usage', [kv('type', 'reasoning')], 5),
        histogram(
          'gen_ai.client.token.usage',
          [kv('gen_ai.token.type', 'audio')],
          5,
        ),
        counter('http.server.requests', [], 9),
      ),
    );
    expect(reading.points).toEqual([]);
    expect(reading.ignored).toBe(2);
    expect(reading.rejected).toBe(0);
    expect(reading.unknownMetrics).toEqual(
      new Map([['http.server.requests', 1]]),
    );
  });

  it('rejects points it cannot count, naming the first reason', () => {
    const noTemporality = counter('claude_code.commit.count', [], 1);
    noTemporality.sum!.aggregationTemporality = 0;
    const negative = counter('claude_code.session.count', [], -1);
    const tooLongRef = counter(
      'claude_code.commit.count',
      [kv('backstage.entity_ref', `component:default/${'x'.repeat(600)}`)],
      1,
    );
    const reading = readOtlpMetrics(
      exportOf(
        noTemporality,
        counter('claude_code.session.count', [], 1, false),
        negative,
        histogram('claude_code.session.count', [], 1),
        tooLongRef,
      ),
    );
    expect(reading.points).toEqual([]);
    expect(reading.rejected).toBe(5);
    expect(reading.errorMessage).toBe(
      'claude_code.commit.count has no aggregation temporality',
    );
    expect(readOtlpMetrics(exportOf(tooLongRef)).errorMessage).toMatch(
      /^claude_code.commit.count has a point that is no adoption row: entityRef /,
    );
  });

  it('keys series by metric and every resource and point attribute, and ids rows by series and interval', () => {
    const [a, b, c] = readOtlpMetrics(
      exportOf(
        counter('claude_code.commit.count', [kv('session.id', '1')], 1),
        counter('claude_code.commit.count', [kv('session.id', '2')], 1),
        counter('claude_code.commit.count', [kv('session.id', '1')], 1),
      ),
    ).points;
    expect(a.seriesKey).not.toBe(b.seriesKey);
    expect(a.seriesKey).toBe(c.seriesKey);
    const row = (point: typeof a, time: string) =>
      rowOfIncrease({ point: { ...point, timeUnixNano: time }, value: 1 })!
        .sourceId;
    expect(row(a, '1')).toBe(row(c, '1'));
    expect(row(a, '1')).not.toBe(row(a, '2'));
  });
});
