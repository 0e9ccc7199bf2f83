import { z } from 'zod/v4';
import { ADOPTION_METRICS, AdoptionMetric } from './metrics';

// One shape for every source: the push API accepts it as it is, and the
// OTLP receiver, the connectors, the webhook and the suite's own usage
// recording each turn what they read into it before the one ingestion path
// attributes, pseudonymises and stores it.

const SOURCE_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** At most this many metadata keys per row, as AI gateways allow. @public */
export const ADOPTION_METADATA_MAX_KEYS = 5;

const metricsSchema = z
  .record(z.string(), z.number().finite().nonnegative())
  .check(ctx => {
    const names = Object.keys(ctx.value);
    const unknown = names.find(name => !Object.hasOwn(ADOPTION_METRICS, name));
    if (unknown) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: [unknown],
        message: `is not a known metric (one of ${Object.keys(
          ADOPTION_METRICS,
        ).join(', ')})`,
      });
    }
    if (names.length === 0) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: 'names no metric',
      });
    }
  })
  .describe('Figures by metric name; see the plugin README for each one.');

/** The schema of `AdoptionRow`. @public */
export const adoptionRowSchema = z
  .object({
    type: z
      .enum(['event', 'daily'], { error: 'is not one of event, daily' })
      .describe(
        'An event (one request, one data point) or a daily aggregate (a vendor report line).',
      ),
    source: z
      .string()
      .regex(SOURCE_PATTERN, 'is not a source name ([a-z0-9._-], 64 at most)')
      .describe('Where the row comes from, e.g. ai-gateway, copilot, cursor.'),
    sourceId: z
      .string()
      .min(1)
      .max(256)
      .describe(
        "The row's id within its source. A row sent again with the same source and id replaces the first; it never adds to it.",
      ),
    timestamp: z
      .iso.datetime({ offset: true, error: 'is not an ISO 8601 date-time' })
      .optional()
      .describe('When an event happened; required for events.'),
    day: z
      .string()
      .regex(DAY_PATTERN, 'is not a day (YYYY-MM-DD)')
      .optional()
      .describe('The UTC day a daily row covers; required for daily rows.'),
    entityRef: z
      .string()
      .max(512)
      .optional()
      .describe('The catalog entity the usage was for.'),
    repositoryUrl: z
      .string()
      .max(2048)
      .optional()
      .describe(
        "A repository URL, resolved to the catalog entity whose source location it is, as the by-repository lookup does.",
      ),
    teamRef: z
      .string()
      .max(512)
      .optional()
      .describe('The team (a catalog group) the usage was for.'),
    user: z
      .object({
        id: z.string().min(1).max(256).optional(),
        email: z.string().min(3).max(320).optional(),
      })
      .optional()
      .describe(
        'Who used it. Pseudonymised with a keyed hash before anything is stored; the e-mail only finds their teams in the catalog and is never stored.',
      ),
    tool: z.string().max(64).optional().describe('The client, e.g. claude-code, copilot, cursor.'),
    model: z.string().max(128).optional(),
    provider: z.string().max(64).optional(),
    metrics: metricsSchema,
    metadata: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .check(ctx => {
        if (Object.keys(ctx.value ?? {}).length > ADOPTION_METADATA_MAX_KEYS) {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            message: `has more than ${ADOPTION_METADATA_MAX_KEYS} keys`,
          });
        }
      })
      .describe('Up to five scalar keys, as an AI gateway carries them.'),
  })
  .check(ctx => {
    const row = ctx.value;
    if (row.type === 'event' && !row.timestamp) {
      ctx.issues.push({
        code: 'custom',
        input: row,
        path: ['timestamp'],
        message: 'is required for an event',
      });
    }
    if (row.type === 'daily' && !row.day) {
      ctx.issues.push({
        code: 'custom',
        input: row,
        path: ['day'],
        message: 'is required for a daily row',
      });
    }
  });

/**
 * One row of usage as every source hands it to ingestion: an event or a
 * daily aggregate, with what it can be attributed by and its figures.
 *
 * @public
 */
export type AdoptionRow = z.infer<typeof adoptionRowSchema>;

/** The figures of one row. @public */
export type AdoptionMetrics = Partial<Record<AdoptionMetric, number>>;

/** The UTC day a row counts for. @public */
export function adoptionRowDay(row: Pick<AdoptionRow, 'day' | 'timestamp'>) {
  return row.day ?? new Date(row.timestamp!).toISOString().slice(0, 10);
}
