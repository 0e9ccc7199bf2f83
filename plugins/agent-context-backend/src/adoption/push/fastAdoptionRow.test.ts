import { adoptionRowSchema } from '@agent-context/plugin-agent-context-common';
import { z } from 'zod/v4';
import { fastAdoptionRow } from './fastAdoptionRow';

const event = {
  type: 'event',
  source: 'ai-gateway',
  sourceId: 'log-1',
  timestamp: '2026-11-30T23:59:59.500+01:00',
  repositoryUrl: 'https://github.com/example/checkout',
  user: { id: 'u-1', email: 'dev@example.com' },
  tool: 'claude-code',
  model: 'claude-sonnet',
  provider: 'anthropic',
  metrics: { requests: 1, tokensIn: 1200, tokensOut: 0, cost: 0.012 },
  metadata: { team: 'payments', cached: false, step: 2 },
};
const daily = {
  type: 'daily',
  source: 'cursor',
  sourceId: '2026-11-30:42',
  day: '2026-11-30',
  teamRef: 'group:default/payments',
  metrics: { linesAdded: 40 },
};

const rows: Array<[string, unknown]> = [
  ['an event', event],
  ['a daily row', daily],
  ['unknown fields', { ...daily, extra: 1, user: { id: 'u', nick: 'x' } }],
  ['an event with a day', { ...event, day: '2026-11-30' }],
  [
    'a daily row with a timestamp',
    { ...daily, timestamp: '2026-11-30T10:00:00Z' },
  ],
  ['no timestamp on an event', { ...event, timestamp: undefined }],
  ['no day on a daily row', { ...daily, day: undefined }],
  ['a local time', { ...event, timestamp: '2026-11-30T10:00:00' }],
  ['no seconds', { ...event, timestamp: '2026-11-30T10:00Z' }],
  ['the 30th of February', { ...event, timestamp: '2026-02-30T10:00:00Z' }],
  ['a leap day', { ...event, timestamp: '2028-02-29T10:00:00Z' }],
  ['a bad offset', { ...event, timestamp: '2026-11-30T10:00:00+24:00' }],
  ['a day as a date-time', { ...daily, day: '2026-11-30T00:00:00Z' }],
  ['an unknown type', { ...event, type: 'weekly' }],
  ['an upper-case source', { ...event, source: 'AI-Gateway' }],
  ['an empty sourceId', { ...event, sourceId: '' }],
  ['a long sourceId', { ...event, sourceId: 'x'.repeat(257) }],
  ['the longest sourceId', { ...event, sourceId: 'x'.repeat(256) }],
  ['a long model', { ...event, model: 'm'.repeat(129) }],
  ['a number as entityRef', { ...event, entityRef: 3 }],
  ['null as teamRef', { ...event, teamRef: null }],
  ['an empty user id', { ...event, user: { id: '' } }],
  ['a short e-mail', { ...event, user: { email: 'a@' } }],
  ['a user that is a string', { ...event, user: 'dev' }],
  ['a negative figure', { ...event, metrics: { tokensIn: -1 } }],
  ['a figure as a string', { ...event, metrics: { tokensIn: '5' } }],
  ['an unknown metric', { ...event, metrics: { seats: 3 } }],
  ['no metric', { ...event, metrics: {} }],
  ['metrics as a list', { ...event, metrics: [1] }],
  [
    'six metadata keys',
    { ...event, metadata: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 } },
  ],
  ['an object in metadata', { ...event, metadata: { a: {} } }],
  ['null in metadata', { ...event, metadata: { a: null } }],
  ['a list', [event]],
  ['null', null],
  ['a string', 'event'],
];

describe('fastAdoptionRow', () => {
  it.each(rows)('agrees with adoptionRowSchema on %s', (_, row) => {
    // The same row out when zod accepts it; none of these cases needs zod.
    const zod = adoptionRowSchema.safeParse(row);
    expect(fastAdoptionRow(row)).toEqual(zod.success ? zod.data : undefined);
  });

  it('checks date-times with the pattern of the schema', () => {
    const json = z.toJSONSchema(adoptionRowSchema, {
      io: 'input',
    }) as unknown as {
      properties: { timestamp: { pattern: string } };
    };
    expect(z.regexes.datetime({ precision: null, offset: true }).source).toBe(
      json.properties.timestamp.pattern,
    );
  });

  it('leaves out what the schema does not know', () => {
    expect(
      fastAdoptionRow({ ...daily, extra: 1, user: { id: 'u', nick: 'x' } }),
    ).toEqual({ ...daily, user: { id: 'u' } });
  });
});
