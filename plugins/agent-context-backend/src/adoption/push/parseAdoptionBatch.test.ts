import { InputError } from '@backstage/errors';
import {
  ADOPTION_PUSH_MAX_ROWS,
  parseAdoptionBatch,
} from './parseAdoptionBatch';

const row = (index: number) => ({
  type: 'event',
  source: 'ai-gateway',
  sourceId: `log-${index}`,
  timestamp: '2026-11-30T10:00:00Z',
  metrics: { requests: 1, tokensIn: 100 },
});

function messageOf(body: unknown) {
  try {
    parseAdoptionBatch(body);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the batch was accepted');
}

describe('parseAdoptionBatch', () => {
  it('answers the rows, unknown fields left out', () => {
    expect(
      parseAdoptionBatch({ rows: [row(0), { ...row(1), extra: true }] }),
    ).toEqual([row(0), row(1)]);
  });

  it('accepts an empty batch', () => {
    expect(parseAdoptionBatch({ rows: [] })).toEqual([]);
  });

  it.each<[string, (rows: unknown[]) => void, string]>([
    [
      'a negative figure',
      rows => {
        rows[12] = { ...row(12), metrics: { tokensIn: -5 } };
      },
      'rows[12].metrics.tokensIn: must be a number >= 0',
    ],
    [
      'a figure that is not a number',
      rows => {
        rows[3] = { ...row(3), metrics: { tokensIn: '5' } };
      },
      'rows[3].metrics.tokensIn: must be a number',
    ],
    [
      'an unknown metric',
      rows => {
        rows[0] = { ...row(0), metrics: { seats: 5 } };
      },
      'rows[0].metrics.seats: is not a known metric',
    ],
    [
      'an event without its time',
      rows => {
        rows[7] = { ...row(7), timestamp: undefined };
      },
      'rows[7].timestamp: is required for an event',
    ],
    [
      'a missing sourceId',
      rows => {
        rows[1] = { ...row(1), sourceId: undefined };
      },
      'rows[1].sourceId: must be a string',
    ],
    [
      'a row that is not an object',
      rows => {
        rows[2] = 'row';
      },
      'rows[2]: must be an object',
    ],
    [
      'a long model name',
      rows => {
        rows[4] = { ...row(4), model: 'm'.repeat(200) };
      },
      'rows[4].model: must be at most 128 characters',
    ],
  ])('names the row and field of %s', (_, spoil, message) => {
    const rows: unknown[] = Array.from({ length: 20 }, (__, i) => row(i));
    spoil(rows);
    expect(messageOf({ rows })).toContain(message);
  });

  it('names the first bad row, with each of its faults', () => {
    const rows: unknown[] = [
      row(0),
      { ...row(1), source: 'A B', day: 'x' },
      'x',
    ];
    expect(messageOf({ rows })).toBe(
      'rows[1].source: is not a source name ([a-z0-9._-], 64 at most); rows[1].day: is not a day (YYYY-MM-DD)',
    );
  });

  it.each([[undefined], [null], [{}], [{ rows: {} }], [[row(0)]]])(
    'refuses a body without a list of rows (%#)',
    body => {
      expect(messageOf(body)).toBe('rows: must be an array of adoption rows');
    },
  );

  it(`refuses more than ${ADOPTION_PUSH_MAX_ROWS} rows`, () => {
    const rows = Array.from({ length: ADOPTION_PUSH_MAX_ROWS + 1 }, (_, i) =>
      row(i),
    );
    expect(messageOf({ rows })).toContain(
      `rows: at most ${ADOPTION_PUSH_MAX_ROWS} rows per push, got ${
        ADOPTION_PUSH_MAX_ROWS + 1
      }`,
    );
  });
});
