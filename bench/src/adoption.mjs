// Adoption under load, on PostgreSQL: usage rows pushed through the HTTP
// API (beside a plain bulk INSERT of the same rows into a table of the same
// shape, from this process, in the same run), then the overview over the
// whole period and one service's figures, read back as the dashboards read
// them. The rows are AI gateway requests for up to 2,000 of the generated
// components over the last 90 days, by a few hundred people.

import pg from 'pg';
import { get, percentile, post, round } from './load.mjs';
import { createPrng } from './prng.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;
const MODELS = ['claude-sonnet-4-5', 'claude-haiku-4-5', 'gpt-5-mini'];

/** The ISO day `days` before today, UTC. */
const dayBefore = days =>
  new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

/**
 * The rows, in batches: { services, batches: [{ rows, body }] } where body
 * is the batch already serialised, so that the load generator spends its
 * time sending, not building JSON.
 */
export function adoptionRows({ components, events, batchSize, days, seed }) {
  const prng = createPrng(seed ^ 0xad0);
  const services = components.slice(0, 2000).map(c => ({
    ref: `component:${c.metadata.namespace ?? 'default'}/${c.metadata.name}`,
    kind: 'component',
    namespace: c.metadata.namespace ?? 'default',
    name: c.metadata.name,
  }));
  // A few hundred people, each working on a handful of services.
  const people = Array.from({ length: 400 }, (_, i) => `dev${i}@bench.example`);
  const now = Date.now();
  const batches = [];
  for (let start = 0; start < events; start += batchSize) {
    const rows = [];
    for (let i = start; i < Math.min(events, start + batchSize); i++) {
      const service = services[i % services.length];
      const tokensIn = prng.int(200, 20000);
      const tokensOut = prng.int(50, 4000);
      rows.push({
        type: 'event',
        source: 'bench-gateway',
        sourceId: `req-${i}`,
        timestamp: new Date(now - prng.next() * days * DAY_MS).toISOString(),
        entityRef: service.ref,
        user: { email: people[(i * 7 + prng.int(0, 4)) % people.length] },
        tool: 'claude-code',
        provider: 'anthropic',
        model: prng.pick(MODELS),
        metrics: {
          requests: 1,
          tokensIn,
          tokensOut,
          cost: round((tokensIn * 3 + tokensOut * 15) / 1e6, 6),
        },
      });
    }
    batches.push({ rows, body: JSON.stringify({ rows }) });
  }
  return { services, batches };
}

/** Sends batches from `clients` parallel senders; rows a second overall. */
async function sendAll(batches, clients, send) {
  let next = 0;
  const statuses = {};
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < batches.length; i = next++) {
        const status = await send(batches[i]);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rows = batches.reduce((sum, b) => sum + b.rows.length, 0);
  return {
    rows,
    batches: batches.length,
    seconds: round(seconds, 2),
    rowsPerSecond: round(rows / seconds, 0),
    statuses,
  };
}

let failureShown = false;

/** POSTs a pre-serialised body; resolves to the status. */
async function postBody(url, token, raw) {
  const res = await post(url, { token, raw });
  if (res.status !== 200 && !failureShown) {
    failureShown = true;
    console.error(
      `[bench] ${url} answered ${res.status}: ${(res.error ?? res.text).slice(
        0,
        300,
      )}`,
    );
  }
  return res.status;
}

/**
 * The same rows as plain multi-row INSERTs (one statement a batch) into a
 * table shaped like the plugin's rows table, in a schema of its own that is
 * dropped afterwards: what the database alone costs.
 */
async function bulkInsert(connectionString, batches, clients) {
  const pool = new pg.Pool({ connectionString, max: clients });
  const table = 'bench_baseline.adoption_rows';
  await pool.query('CREATE SCHEMA IF NOT EXISTS bench_baseline');
  await pool.query(`DROP TABLE IF EXISTS ${table}`);
  await pool.query(`CREATE TABLE ${table} (
    id bigserial PRIMARY KEY, source varchar(64) NOT NULL,
    source_id varchar(256) NOT NULL, kind varchar(8) NOT NULL,
    day varchar(10) NOT NULL, occurred_at varchar(32), entity_ref varchar(512),
    team_refs text NOT NULL, user_key varchar(64), tool varchar(64) NOT NULL,
    model varchar(128) NOT NULL, provider varchar(64) NOT NULL,
    metrics text NOT NULL, received_at varchar(32) NOT NULL,
    UNIQUE (source, source_id))`);
  const COLUMNS = 13;
  const statements = batches.map(({ rows }) => {
    const values = [];
    const tuples = rows.map((row, r) => {
      values.push(
        row.source,
        row.sourceId,
        row.type,
        row.timestamp.slice(0, 10),
        row.timestamp,
        row.entityRef,
        '[]',
        row.user.email.slice(0, 16),
        row.tool,
        row.model,
        row.provider,
        JSON.stringify(row.metrics),
        row.timestamp,
      );
      const p = Array.from(
        { length: COLUMNS },
        (_, c) => `$${r * COLUMNS + c + 1}`,
      );
      return `(${p.join(',')})`;
    });
    return {
      rows,
      text: `INSERT INTO ${table} (source, source_id, kind, day, occurred_at, entity_ref, team_refs, user_key, tool, model, provider, metrics, received_at) VALUES ${tuples.join(
        ',',
      )}`,
      values,
    };
  });
  try {
    return await sendAll(statements, clients, async s => {
      await pool.query(s.text, s.values);
      return 200;
    });
  } finally {
    await pool.query('DROP SCHEMA bench_baseline CASCADE').catch(() => {});
    await pool.end();
  }
}

/** p50 and p95 of sequential GETs of each URL; statuses counted. */
async function timeQueries(urls, token) {
  const ms = [];
  const statuses = {};
  for (const url of urls) {
    const res = await get(url, { token });
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (res.status === 200) ms.push(res.ms);
  }
  return {
    requests: urls.length,
    p50Ms: round(percentile(ms, 50), 1),
    p95Ms: round(percentile(ms, 95), 1),
    statuses,
  };
}

/**
 * Pushes the rows through the API, then the same rows by plain INSERT,
 * then times the overview and one service's figures over the period.
 */
export async function measureAdoption({
  base,
  token,
  connectionString,
  components,
  settings,
  log,
}) {
  const days = 90;
  const { services, batches } = adoptionRows({
    components,
    events: settings.adoptionEvents,
    batchSize: settings.adoptionBatch,
    days,
    seed: settings.seed,
  });
  const clients = settings.adoptionClients;
  log(
    `adoption: pushing ${settings.adoptionEvents} rows in batches of ${settings.adoptionBatch}, ${clients} clients`,
  );
  const url = `${base}/api/agent-context/v1/adoption/events`;
  const ingestion = await sendAll(batches, clients, b =>
    postBody(url, token, b.body),
  );
  log(`adoption: ${ingestion.rowsPerSecond} rows/s through the API`);
  const bulk = await bulkInsert(connectionString, batches, clients);
  log(`adoption: ${bulk.rowsPerSecond} rows/s by plain INSERT`);

  const range = `from=${dayBefore(days - 1)}&to=${dayBefore(0)}`;
  const overview = await timeQueries(
    Array.from(
      { length: 30 },
      () =>
        `${base}/api/agent-context/v1/adoption/overview?${range}&bucket=week`,
    ),
    token,
  );
  const prng = createPrng(settings.seed ^ 0x5e1);
  const service = await timeQueries(
    Array.from({ length: 50 }, () => {
      const s = prng.pick(services);
      return `${base}/api/agent-context/v1/adoption/entities/${s.kind}/${s.namespace}/${s.name}?${range}&bucket=week`;
    }),
    token,
  );
  log(
    `adoption: overview p50 ${overview.p50Ms} ms, one service p50 ${service.p50Ms} ms`,
  );
  return {
    days,
    services: services.length,
    ingestion,
    bulkInsert: bulk,
    ratioToBulkInsert: round(ingestion.rowsPerSecond / bulk.rowsPerSecond, 2),
    overview,
    service,
    range,
  };
}
