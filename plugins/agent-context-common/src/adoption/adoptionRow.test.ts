import { adoptionRowDay, adoptionRowSchema } from './adoptionRow';

const event = {
  type: 'event',
  source: 'ai-gateway',
  sourceId: 'log-1',
  timestamp: '2026-11-30T23:59:59.500Z',
  repositoryUrl: 'https://github.com/example/checkout',
  user: { email: 'dev@example.com' },
  model: 'claude-sonnet',
  metrics: { requests: 1, tokensIn: 1200, tokensOut: 300, cost: 0.012 },
  metadata: { entity: 'component:default/checkout-service', cached: false },
};

describe('adoptionRowSchema', () => {
  it('accepts an event and a daily row', () => {
    expect(adoptionRowSchema.parse(event)).toEqual(event);
    const daily = {
      type: 'daily',
      source: 'cursor',
      sourceId: '2026-11-30:dev@example.com',
      day: '2026-11-30',
      metrics: { linesAdded: 40 },
    };
    expect(adoptionRowSchema.parse(daily)).toEqual(daily);
  });

  it.each([
    [{ ...event, timestamp: undefined }, 'timestamp', 'is required for an event'],
    [{ ...event, type: 'daily', day: undefined }, 'day', 'is required for a daily row'],
    [{ ...event, metrics: { tokensIn: -1 } }, 'metrics.tokensIn', ''],
    [{ ...event, metrics: { seats: 3 } }, 'metrics.seats', 'is not a known metric'],
    [
      { ...event, metrics: { toString: 3 } },
      'metrics.toString',
      'is not a known metric',
    ],
    [{ ...event, metrics: {} }, 'metrics', 'names no metric'],
    [{ ...event, source: 'AI Gateway' }, 'source', 'is not a source name'],
    [{ ...event, day: '30/11/2026' }, 'day', 'is not a day'],
    [
      { ...event, metadata: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 } },
      'metadata',
      'has more than 5 keys',
    ],
  ])('names what is wrong (%#)', (row, path, message) => {
    const result = adoptionRowSchema.safeParse(row);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find(i => i.path.join('.') === path);
    expect(issue?.message).toContain(message);
  });
});

describe('adoptionRowDay', () => {
  it('is the UTC day of an event, or the daily row’s day', () => {
    expect(adoptionRowDay({ timestamp: '2026-12-01T00:30:00+02:00' })).toBe(
      '2026-11-30',
    );
    expect(adoptionRowDay({ day: '2026-11-29' })).toBe('2026-11-29');
  });
});
