// The HTTP side of the bench: one request with its latency, sequential
// "cold" passes and bounded concurrent "warm" runs, and the statistics.

import http from 'node:http';

/** Per-request timeout: a request that takes longer counts as an error. */
const REQUEST_TIMEOUT_MS = 30000;

/**
 * GETs a URL on the loopback interface and reads the whole body.
 * Resolves to { status, ms, bytes, body? } and never rejects: network
 * errors and timeouts come back as status 0.
 */
export function get(url, { token, agent, keepBody = false }) {
  return new Promise(resolve => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const req = http.get(
      url,
      {
        agent,
        headers: { authorization: `Bearer ${token}` },
        timeout: REQUEST_TIMEOUT_MS,
      },
      res => {
        const chunks = [];
        let bytes = 0;
        res.on('data', chunk => {
          bytes += chunk.length;
          if (keepBody) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            ms: elapsed(),
            bytes,
            contentType: res.headers['content-type'],
            body: keepBody ? Buffer.concat(chunks).toString('utf8') : undefined,
          }),
        );
        res.on('error', error =>
          resolve({ status: 0, ms: elapsed(), bytes, error: String(error) }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', error =>
      resolve({ status: 0, ms: elapsed(), bytes: 0, error: String(error) }),
    );
  });
}

/**
 * Sends a JSON POST on the loopback interface. Resolves to
 * { status, text, error? } and never rejects: network errors and timeouts
 * come back as status 0.
 */
export function post(url, { token, body, raw }) {
  return new Promise(resolve => {
    // `raw`: a body serialised beforehand, so that timing leaves it out.
    const payload = raw ?? JSON.stringify(body);
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        timeout: REQUEST_TIMEOUT_MS,
      },
      res => {
        const chunks = [];
        res.on('data', c => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', error =>
          resolve({ status: 0, text: '', error: String(error) }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', error =>
      resolve({ status: 0, text: '', error: String(error) }),
    );
    req.end(payload);
  });
}

/** Sends a JSON POST and parses the JSON answer (used for set-up, not timed). */
export async function postJson(url, { token, body }) {
  const res = await post(url, { token, body });
  if (res.status !== 200) {
    throw new Error(
      `POST ${url} answered ${res.status}: ${(res.error ?? res.text).slice(
        0,
        300,
      )}`,
    );
  }
  return JSON.parse(res.text);
}

/** Nearest-rank percentile of an unsorted array of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function summarize(results) {
  const ok = results.filter(r => r.status === 200);
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const latencies = ok.map(r => r.ms);
  return {
    requests: results.length,
    errors: results.length - ok.length,
    statuses,
    p50Ms: round(percentile(latencies, 50)),
    p90Ms: round(percentile(latencies, 90)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.length ? Math.max(...latencies) : undefined),
    meanBytes: ok.length
      ? Math.round(ok.reduce((s, r) => s + r.bytes, 0) / ok.length)
      : undefined,
  };
}

export function round(value, digits = 2) {
  if (value === undefined || Number.isNaN(value)) return undefined;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The cold pass: every sampled entity once per target, one request at a
 * time. The order of the targets rotates from one entity to the next, so
 * that no target always comes first (when the database pages are coldest)
 * or always follows another that has just read the same rows.
 *
 * A backend may share what it builds for an entity between callers and
 * endpoints (one answer cache for the context and its AGENTS.md, say); then
 * only the first of the targets in `sharing` to ask for an entity is cold
 * in the strict sense. Each target's summary therefore also gives
 * `first`: the same figures over the entities it asked for before any
 * other target in `sharing` did.
 */
export async function runCold({ targets, sample, agent, sharing = [] }) {
  const results = Object.fromEntries(targets.map(t => [t.id, []]));
  const firsts = Object.fromEntries(targets.map(t => [t.id, []]));
  for (let i = 0; i < sample.length; i++) {
    let shared = false;
    for (let k = 0; k < targets.length; k++) {
      const target = targets[(i + k) % targets.length];
      const res = await get(target.url(sample[i]), {
        token: target.token,
        agent,
      });
      results[target.id].push(res);
      if (sharing.includes(target.id)) {
        if (!shared) firsts[target.id].push(res);
        shared = true;
      }
    }
  }
  return Object.fromEntries(
    targets.map(t => [
      t.id,
      {
        ...summarize(results[t.id]),
        ...(sharing.includes(t.id) ? { first: summarize(firsts[t.id]) } : {}),
      },
    ]),
  );
}

/**
 * A warm run: first one unmeasured pass over the sample with the same
 * clients, then `concurrency` clients, each sending its next request as
 * soon as the previous one answered, cycling through the sample, until
 * `seconds` have passed or `maxRequests` were sent, whichever comes first.
 * The target's token should be one no other run used: the agent-context
 * plugin caches per caller, so the unmeasured pass then fills that cache
 * afresh, and nothing in it expires during the measured part (as long as
 * the pass and the run take less than the cache's lifetime). `cpu` reads
 * the backend's CPU time around the measured part.
 */
export async function runWarm({
  target,
  sample,
  concurrency,
  seconds,
  maxRequests,
  cpu,
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let primed = 0;
  const primeStarted = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (primed < sample.length) {
        await get(target.url(sample[primed++]), { token: target.token, agent });
      }
    }),
  );
  const primeS = (Date.now() - primeStarted) / 1000;
  const results = [];
  let issued = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  const cpuBefore = cpu?.();
  const clientCpuBefore = process.cpuUsage();
  const worker = async () => {
    while (Date.now() < deadline && issued < maxRequests) {
      const entity = sample[issued++ % sample.length];
      results.push(
        await get(target.url(entity), { token: target.token, agent }),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = cpu?.();
  const clientCpu = process.cpuUsage(clientCpuBefore);
  agent.destroy();
  const summary = summarize(results);
  return {
    concurrency,
    primeS: round(primeS),
    seconds: round(elapsedS),
    ...summary,
    requestsPerSecond: round((results.length - summary.errors) / elapsedS, 1),
    backendCpuMsPerRequest:
      cpuBefore !== undefined && results.length
        ? round((cpuAfter - cpuBefore) / results.length)
        : undefined,
    backendCpuCores:
      cpuBefore !== undefined
        ? round((cpuAfter - cpuBefore) / 1000 / elapsedS)
        : undefined,
    loadGeneratorCpuCores: round(
      (clientCpu.user + clientCpu.system) / 1e6 / elapsedS,
    ),
  };
}
