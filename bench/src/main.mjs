// The benchmark: generates a synthetic catalog, then for each database starts
// the repository's backend twice (empty, for the memory baseline; loaded,
// for everything else), measures the catalog's own by-name lookup and the
// backend's liveness route against the agent-context endpoints on the same
// sample of entities, then runs memory rounds of fresh callers and times a
// catalog edit through to the context, and writes bench/results.json and
// docs/benchmarks.md. Started by bench/run.sh.
//
// Every knob is an environment variable (see readSettings); a small run for
// development: BENCH_ENTITIES=300 BENCH_SAMPLE=20 BENCH_SECONDS=2.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import YAML from 'yaml';
import { setUpPostgres, setUpSqlite } from './databases.mjs';
import {
  chooseSample,
  generateCatalog,
  writeCatalog,
} from './generateCatalog.mjs';
import { measureAdoption } from './adoption.mjs';
import { measureFreshness } from './freshness.mjs';
import { buildApp, measurePage } from './page.mjs';
import { readGraphLoads } from './graphLog.mjs';
import { get, postJson, round, runCold, runWarm } from './load.mjs';
import {
  cpuMs,
  findListener,
  peakRssBytes,
  portInUse,
  processTree,
  rssBytes,
  startBackend,
  tail,
} from './processes.mjs';
import { collectGarbage, withCpuProfile } from './inspector.mjs';
import { summarizeProfile } from './profileSummary.mjs';
import { renderReport } from './report.mjs';
import { ROUND_PARALLEL, roundCallerIds, runRound } from './rounds.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '..');
const root = resolve(benchDir, '..');

function readSettings(env = process.env) {
  const positive = (key, fallback) => {
    const value =
      env[key] === undefined || env[key] === '' ? fallback : Number(env[key]);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${key} must be a positive number, got '${env[key]}'`);
    return value;
  };
  const whole = (key, fallback) => {
    const value = positive(key, fallback);
    if (!Number.isInteger(value))
      throw new Error(`${key} must be a whole number, got '${env[key]}'`);
    return value;
  };
  const list = (key, fallback) =>
    env[key]
      ? env[key]
          .split(',')
          .map(s => s.trim())
          .filter(Boolean)
      : fallback;
  const settings = {
    entities: positive('BENCH_ENTITIES', 10000),
    sample: positive('BENCH_SAMPLE', 200),
    seconds: positive('BENCH_SECONDS', 10),
    maxRequests: positive('BENCH_MAX_REQUESTS', 100000),
    concurrency: list('BENCH_CONCURRENCY', ['8', '32']).map(Number),
    rounds: whole('BENCH_ROUNDS', 3),
    roundCallers: whole('BENCH_ROUND_CALLERS', 40),
    roundEntities: whole('BENCH_ROUND_ENTITIES', 5),
    graphRefreshS: positive('BENCH_GRAPH_REFRESH', 10),
    // Sampling the CPU slows the backend a little: off by default, for a
    // run of its own that shows where the time goes.
    profile: process.env.BENCH_PROFILE === '1',
    freshnessTimeoutS: positive('BENCH_FRESHNESS_TIMEOUT', 120),
    adoptionEvents: whole('BENCH_ADOPTION_EVENTS', 300000),
    adoptionBatch: whole('BENCH_ADOPTION_BATCH', 5000),
    adoptionClients: whole('BENCH_ADOPTION_CLIENTS', 2),
    // Visits of the AI adoption page in headless Chromium; 0 leaves the
    // browser (and the app build it needs) out.
    pageVisits:
      env.BENCH_PAGE_VISITS === '0' ? 0 : whole('BENCH_PAGE_VISITS', 6),
    databases: list('BENCH_DATABASES', ['sqlite', 'postgres']),
    port: positive('BENCH_PORT', 7150),
    seed: positive('BENCH_SEED', 42),
    readyTimeoutS: positive('BENCH_READY_TIMEOUT', 240),
    ingestTimeoutS: positive('BENCH_INGEST_TIMEOUT', 1800),
    backendMode: env.BENCH_BACKEND ?? 'direct',
    postgresUrl:
      env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432',
    report: resolve(root, env.BENCH_REPORT ?? 'docs/benchmarks.md'),
    results: resolve(root, env.BENCH_RESULTS ?? 'bench/results.json'),
  };
  if (!['direct', 'yarn'].includes(settings.backendMode)) {
    throw new Error(
      `BENCH_BACKEND must be 'direct' or 'yarn', got '${settings.backendMode}'`,
    );
  }
  for (const db of settings.databases) {
    if (!['sqlite', 'postgres'].includes(db))
      throw new Error(`BENCH_DATABASES: unknown database '${db}'`);
  }
  if (
    !/^postgres(ql)?:\/\/[^/]*(127\.0\.0\.1|localhost)(:\d+)?$/.test(
      settings.postgresUrl,
    )
  ) {
    throw new Error(
      'BENCH_POSTGRES_URL must point at 127.0.0.1 or localhost, without a database name',
    );
  }
  return settings;
}

/** What must be stopped and removed if the run is interrupted. */
const current = { instance: undefined, setup: undefined };

const log = message => console.error(`[bench] ${message}`);
const sleep = ms => new Promise(r => setTimeout(r, ms));
const mb = bytes => round(bytes / 1024 / 1024, 1);

/**
 * The things measured, in the order they appear in the report. Each is
 * called with its own token, i.e. as its own service principal: the plugin
 * caches contexts per caller, and the context and AGENTS.md endpoints share
 * that cache, so with one caller the first AGENTS.md request for an entity
 * would find the context the JSON endpoint had just built, and would not be
 * cold at all. The liveness route is the floor: what the same backend
 * answers when it does next to nothing (no authentication, no database).
 */
function targetsFor(base, tokens) {
  const path = e => `${e.kind.toLowerCase()}/${e.namespace}/${e.name}`;
  return [
    {
      id: 'byName',
      label: 'catalog by-name (baseline)',
      token: tokens.byName,
      url: e => `${base}/api/catalog/entities/by-name/${path(e)}`,
    },
    {
      id: 'context',
      label: 'context JSON',
      token: tokens.context,
      url: e => `${base}/api/agent-context/v1/entities/${path(e)}/context`,
    },
    {
      id: 'agentsMd',
      label: 'AGENTS.md',
      token: tokens.agentsMd,
      url: e => `${base}/api/agent-context/v1/entities/${path(e)}/agents.md`,
    },
    {
      id: 'conventions',
      label: 'conventions (resolution)',
      token: tokens.conventions,
      url: e => `${base}/api/agent-context/v1/entities/${path(e)}/conventions`,
    },
    {
      id: 'conventionsScope',
      label: 'conventions (scope view)',
      token: tokens.conventionsScope,
      url: e => `${base}/api/agent-context/v1/conventions/entities/${path(e)}`,
    },
    {
      id: 'liveness',
      label: 'liveness (trivial route)',
      token: tokens.liveness,
      url: () => `${base}/.backstage/health/v1/liveness`,
    },
  ];
}

/** The agent-context plugin's endpoints among the targets. */
const AGENT_CONTEXT_IDS = [
  'context',
  'agentsMd',
  'conventions',
  'conventionsScope',
];
const TARGET_IDS = ['byName', ...AGENT_CONTEXT_IDS, 'liveness'];

/**
 * Fresh static tokens per run, known only to this process and the backend's
 * config: one for the harness's own calls, one per endpoint for the cold
 * pass, one per endpoint and concurrency for the warm runs, so that every
 * warm run starts with an empty cache of its own (see runWarm), one for the
 * freshness check's context requests, and one per caller of the memory
 * rounds (see rounds.mjs).
 */
function createTokens(settings) {
  const make = () => randomBytes(24).toString('base64url');
  const tokens = { harness: make(), freshness: make() };
  for (const id of TARGET_IDS) {
    tokens[id] = make();
    for (const c of settings.concurrency) tokens[`${id}-warm-${c}`] = make();
  }
  for (const id of roundCallerIds(settings.rounds, settings.roundCallers))
    tokens[id] = make();
  tokens.adoption = make();
  for (const id of ['context', 'agentsMd'])
    for (const state of ['on', 'off'])
      tokens[`${id}-recording-${state}`] = make();
  return tokens;
}

const KINDS = [
  'Group',
  'User',
  'Domain',
  'System',
  'Component',
  'API',
  'Resource',
];

function benchConfig({
  settings,
  tokens,
  database,
  locations,
  recordUsage = true,
}) {
  const base = `http://127.0.0.1:${settings.port}`;
  return {
    app: { baseUrl: base },
    backend: {
      baseUrl: base,
      listen: { host: '127.0.0.1', port: settings.port },
      cors: { origin: base },
      database,
      auth: {
        externalAccess: Object.entries(tokens).map(([id, token]) => ({
          type: 'static',
          options: { token, subject: `bench-${id.toLowerCase()}` },
        })),
      },
    },
    catalog: {
      rules: [{ allow: [...KINDS, 'Location'] }],
      locations,
      // Processed once, then left alone for the hour: re-processing would
      // otherwise compete with the measurements for the same two cores.
      // (The freshness check asks for its one entity's refresh.)
      processingInterval: { hours: 1 },
    },
    // Written out rather than left to the default, because the freshness
    // target's bound is read from it.
    agentContext: {
      graph: { refreshIntervalSeconds: settings.graphRefreshS },
      // The local portal's demo data would mix with the bench's own rows.
      adoption: { recordUsage, demo: { enabled: false } },
    },
  };
}

/**
 * One backend process from start to stop, with the helpers the phases need.
 * Detects a restart of the backend (the dev server restarts it when a
 * source file it loaded changes) and refuses to carry on measuring.
 */
async function launch({ name, settings, runDir, logDir, config }) {
  const configFile = join(runDir, `${name}.yaml`);
  await writeFile(configFile, YAML.stringify(config));
  const logFile = join(logDir, `${name}.log`);
  const started = Date.now();
  const backend = startBackend({
    root,
    configs: [join(root, 'app-config.yaml'), configFile],
    logFile,
    mode: settings.backendMode,
  });
  const base = `http://127.0.0.1:${settings.port}`;
  const deadline = started + settings.readyTimeoutS * 1000;
  for (;;) {
    if (backend.hasExited())
      throw new Error(
        `the backend (${name}) exited before it was ready:\n${tail(logFile)}`,
      );
    if (Date.now() > deadline) {
      await backend.stop();
      throw new Error(
        `the backend (${name}) was not ready in ${
          settings.readyTimeoutS
        } s:\n${tail(logFile)}`,
      );
    }
    const res = await get(`${base}/.backstage/health/v1/readiness`, {
      token: 'none',
    });
    if (res.status === 200) break;
    await sleep(500);
  }
  const readyS = (Date.now() - started) / 1000;
  // The dev server may restart its child once while starting up; only a
  // restart after readiness means that the process measured was replaced.
  const restarts = async () =>
    (
      (await readFile(logFile, 'utf8').catch(() => '')).match(
        /Change detected/g,
      ) ?? []
    ).length;
  const restartsAtReady = await restarts();
  const listener = findListener(settings.port, processTree(backend.pid));
  if (!listener) {
    await backend.stop();
    throw new Error(
      `could not find the process listening on port ${settings.port}`,
    );
  }
  return {
    backend,
    base,
    started,
    readyS,
    listener,
    logFile,
    memory() {
      const tree = processTree(backend.pid);
      return {
        backendRss: rssBytes(listener),
        backendPeakRss: peakRssBytes(listener),
        treeRss: tree.reduce((sum, pid) => sum + rssBytes(pid), 0),
        treeProcesses: tree.length,
      };
    },
    async assertNotRestarted() {
      const now = findListener(settings.port, processTree(backend.pid));
      if (now !== listener || (await restarts()) > restartsAtReady) {
        throw new Error(
          `the backend restarted during the run (a source file it loaded changed?); ` +
            `figures would mix two processes, so this database's run is void. Re-run when the tree is quiet.`,
        );
      }
    },
  };
}

/**
 * The backend's memory after a full garbage collection. Without one, RSS
 * depends on when V8 last collected and whether it has handed memory back
 * yet (it may, after some idle seconds, or not), and readings of the same
 * state differ by hundreds of MB. Returns the median of three readings a
 * second after the collection, the JS heap in use, and the RSS before.
 * With `settle: false`, one reading right after the collection: enough
 * for the heap, which is exact at once, and about 3 s quicker (the warm
 * runs use it; their RSS after the GC is not a target).
 */
/**
 * Runs a phase, under the backend's CPU profiler when `profiles` is given
 * (BENCH_PROFILE=1), keeping its summary there under `name`.
 */
async function profiled(instance, profiles, name, work) {
  if (!profiles) return work();
  const { result, profile } = await withCpuProfile(instance.logFile, work);
  profiles[name] = summarizeProfile(profile);
  return result;
}

async function memoryAfterGc(instance, { settle = true } = {}) {
  const before = instance.memory();
  const heap = await collectGarbage(instance.logFile);
  const samples = [];
  if (settle) {
    await sleep(1000);
    for (let i = 0; i < 3; i++) {
      samples.push(instance.memory());
      await sleep(500);
    }
  } else {
    samples.push(instance.memory());
  }
  const median = key =>
    samples.map(s => s[key]).sort((a, b) => a - b)[samples.length >> 1];
  return {
    backendRssMb: mb(median('backendRss')),
    heapUsedMb: mb(heap.usedBytes),
    backendRssBeforeGcMb: mb(before.backendRss),
    backendPeakRssMb: mb(Math.max(...samples.map(s => s.backendPeakRss))),
    treeRssMb: mb(median('treeRss')),
    treeProcesses: samples[samples.length - 1].treeProcesses,
  };
}

/**
 * Waits until the agent-context graph has refreshed after `since` (an ISO
 * time), so that its answers are built from the settled catalog, and
 * returns its figures from /v1/status. Resolves to undefined when the
 * build has no status route (an older engine with no graph).
 */
async function whenGraphCaughtUp(base, token, since, timeoutS) {
  const deadline = Date.now() + timeoutS * 1000;
  for (;;) {
    const res = await get(`${base}/api/agent-context/v1/status`, {
      token,
      keepBody: true,
    });
    if (res.status === 404) return undefined;
    if (res.status === 200) {
      const { graph } = JSON.parse(res.body);
      if (graph?.refreshedAt && graph.refreshedAt > since) return graph;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the agent-context graph did not refresh within ${timeoutS} s: ${
          res.status
        } ${(res.error ?? res.body ?? '').slice(0, 300)}`,
      );
    }
    await sleep(500);
  }
}

async function countEntities(base, token) {
  const filters = KINDS.map(k => `filter=kind=${k.toLowerCase()}`).join('&');
  const res = await get(
    `${base}/api/catalog/entities/by-query?limit=1&${filters}`,
    { token, keepBody: true },
  );
  if (res.status !== 200) return undefined;
  return JSON.parse(res.body).totalItems;
}

/** Which sampled entities still lack some of the relations they should have. */
async function missingRelations(base, token, sample) {
  const { items } = await postJson(`${base}/api/catalog/entities/by-refs`, {
    token,
    body: {
      entityRefs: sample.map(e => e.ref),
      fields: ['kind', 'metadata.name', 'relations'],
    },
  });
  const missing = [];
  items.forEach((item, i) => {
    const want = sample[i];
    if (!item) {
      missing.push(`${want.ref}: not in the catalog`);
      return;
    }
    const have = {};
    for (const r of item.relations ?? [])
      have[r.type] = (have[r.type] ?? 0) + 1;
    for (const type of [
      'ownedBy',
      'partOf',
      'dependsOn',
      'dependencyOf',
      'providesApi',
      'consumesApi',
    ]) {
      if ((have[type] ?? 0) !== want[type]) {
        missing.push(
          `${want.ref}: ${type} ${have[type] ?? 0} of ${want[type]}`,
        );
      }
    }
  });
  return missing;
}

/**
 * The memory rounds: for each, fresh callers request contexts and AGENTS.md
 * (see runRound), then the backend's memory is read after a full GC. Growth
 * is against the reading before the round (`before` for the first).
 */
async function memoryRounds({
  db,
  instance,
  settings,
  tokens,
  sample,
  targets,
  before,
}) {
  const runs = [];
  let previous = before;
  for (let r = 1; r <= settings.rounds; r++) {
    log(
      `${db}: memory round ${r} of ${settings.rounds}, ${settings.roundCallers} new callers`,
    );
    const run = await runRound({
      round: r,
      callers: settings.roundCallers,
      entitiesPerCaller: settings.roundEntities,
      parallel: ROUND_PARALLEL,
      sample,
      seed: settings.seed,
      targets,
      tokens,
    });
    const after = await memoryAfterGc(instance);
    runs.push({
      round: r,
      ...run,
      seconds: round(run.seconds, 1),
      rssMb: after.backendRssMb,
      heapUsedMb: after.heapUsedMb,
      rssBeforeGcMb: after.backendRssBeforeGcMb,
      rssGrowthMb: round(after.backendRssMb - previous.backendRssMb, 1),
      heapGrowthMb: round(after.heapUsedMb - previous.heapUsedMb, 1),
    });
    previous = after;
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  return {
    callers: settings.roundCallers,
    entitiesPerCaller: settings.roundEntities,
    endpoints: targets.map(t => t.id),
    parallel: ROUND_PARALLEL,
    runs,
    rssGrowthFirstToLastMb: round(last.rssMb - first.rssMb, 1),
    heapGrowthFirstToLastMb: round(last.heapUsedMb - first.heapUsedMb, 1),
  };
}

/**
 * The longest an edit may take from the catalog to the context: the graph's
 * refresh interval from the generated config, plus one refresh, taken as
 * the longest graph load the backend logged, or as one more interval when
 * it logged none.
 */
function stalenessBound(settings, graph) {
  const intervalS = settings.graphRefreshS;
  const refreshS =
    graph.longestMs !== undefined ? graph.longestMs / 1000 : intervalS;
  return {
    seconds: round(intervalS + refreshS, 1),
    intervalS,
    refreshS: round(refreshS, 2),
    refreshFrom:
      graph.longestMs !== undefined
        ? 'the longest logged graph load'
        : 'one more interval, as no graph load was logged',
  };
}

/**
 * Warm runs of the context endpoints at the most clients, each with a token
 * of its own, for comparing the backend with and without recording usage.
 */
async function recordingRuns({
  db,
  instance,
  settings,
  tokens,
  sample,
  targets,
  /** 'on' or 'off': whether this backend records usage. */
  recording,
}) {
  const concurrency = Math.max(...settings.concurrency);
  const runs = {};
  for (const target of targets) {
    log(
      `${db}: warm ${target.label} with usage recording ${recording}, ${concurrency} clients`,
    );
    const token = tokens[`${target.id}-recording-${recording}`];
    runs[target.id] = await runWarm({
      target: { ...target, token },
      sample,
      concurrency,
      seconds: settings.seconds,
      maxRequests: settings.maxRequests,
      cpu: () => cpuMs(instance.listener),
    });
  }
  return runs;
}

async function benchDatabase({
  db,
  settings,
  runDir,
  logDir,
  components,
  tokens,
  locations,
  sample,
  warmup,
}) {
  const catalogDir = join(runDir, 'catalog');
  const token = tokens.harness;
  const setup =
    db === 'sqlite'
      ? await setUpSqlite(runDir)
      : await setUpPostgres(settings.postgresUrl);
  current.setup = setup;
  const result = { name: db, label: setup.label };
  log(`${db}: ${setup.label}`);
  let instance;
  const launched = async options => {
    current.instance = await launch(options);
    return current.instance;
  };
  try {
    // Phase 1: the empty backend, for the memory baseline. Its routes are
    // exercised a little (404s) so that loading their code is not counted
    // as growth caused by the catalog.
    instance = await launched({
      name: `${db}-empty`,
      settings,
      runDir,
      logDir,
      config: benchConfig({
        settings,
        tokens,
        database: setup.backendDatabaseConfig,
        locations: [],
      }),
    });
    log(
      `${db}: empty backend ready in ${instance.readyS.toFixed(1)} s (pid ${
        instance.listener
      })`,
    );
    const emptyTargets = targetsFor(instance.base, tokens);
    const ghost = {
      kind: 'Component',
      namespace: 'default',
      name: 'no-such-entity',
    };
    for (let i = 0; i < 20; i++) {
      for (const target of emptyTargets)
        await get(target.url(ghost), { token: target.token });
      await countEntities(instance.base, token);
    }
    const emptyCount = await countEntities(instance.base, token);
    result.memoryEmpty = await memoryAfterGc(instance);
    result.memoryEmpty.entities = emptyCount;
    result.startupS = round(instance.readyS, 1);
    await instance.assertNotRestarted();
    await instance.backend.stop();
    instance = undefined;
    log(
      `${db}: empty backend RSS ${result.memoryEmpty.backendRssMb} MB (${emptyCount} entities)`,
    );

    // Phase 2: the same database, now with the generated catalog.
    instance = await launched({
      name: `${db}-loaded`,
      settings,
      runDir,
      logDir,
      config: benchConfig({
        settings,
        tokens,
        database: setup.backendDatabaseConfig,
        locations,
      }),
    });
    const { base } = instance;
    log(
      `${db}: backend ready in ${instance.readyS.toFixed(1)} s; waiting for ${
        settings.entities
      } entities`,
    );
    const ingestDeadline = Date.now() + settings.ingestTimeoutS * 1000;
    let visibleS;
    let lastCount;
    let lastLog = 0;
    while (visibleS === undefined) {
      if (instance.backend.hasExited())
        throw new Error(
          `the backend exited during ingestion:\n${tail(instance.logFile)}`,
        );
      if (Date.now() > ingestDeadline) {
        throw new Error(
          `only ${lastCount} of ${settings.entities} entities after ${settings.ingestTimeoutS} s`,
        );
      }
      lastCount = await countEntities(base, token);
      if (lastCount === settings.entities)
        visibleS = (Date.now() - instance.started) / 1000;
      else if (lastCount > settings.entities)
        throw new Error(
          `the catalog holds ${lastCount} entities, more than the ${settings.entities} generated`,
        );
      if (Date.now() - lastLog > 15000) {
        log(
          `${db}: ${lastCount ?? 0} entities after ${(
            (Date.now() - instance.started) /
            1000
          ).toFixed(0)} s`,
        );
        lastLog = Date.now();
      }
      if (visibleS === undefined) await sleep(2000);
    }
    let stitchedS;
    let missing = [];
    while (stitchedS === undefined) {
      if (Date.now() > ingestDeadline) {
        throw new Error(
          `relations still incomplete after ${
            settings.ingestTimeoutS
          } s: ${missing.slice(0, 5).join('; ')}`,
        );
      }
      missing = await missingRelations(base, token, sample);
      if (missing.length === 0)
        stitchedS = (Date.now() - instance.started) / 1000;
      else await sleep(2000);
    }
    result.ingestion = {
      readyS: round(instance.readyS, 1),
      allEntitiesVisibleS: round(visibleS, 1),
      sampleRelationsCompleteS: round(stitchedS, 1),
      entitiesPerSecond: round(
        settings.entities / (visibleS - instance.readyS),
        1,
      ),
    };
    log(
      `${db}: ${settings.entities} entities after ${visibleS.toFixed(
        1,
      )} s, sample relations complete after ${stitchedS.toFixed(1)} s`,
    );
    // The catalog has settled; the graph catches up within one refresh.
    const graphStatus = await whenGraphCaughtUp(
      base,
      token,
      new Date().toISOString(),
      settings.graphRefreshS * 3 + 60,
    );
    if (graphStatus) {
      result.graphStatus = graphStatus;
      log(
        `${db}: graph caught up: ${graphStatus.entities} entities, ${graphStatus.relations} relations`,
      );
    }
    result.memoryIngested = await memoryAfterGc(instance);

    // Which targets exist: the catalog must answer for a sampled entity; an
    // agent-context endpoint that answers 404 for it is not there (yet).
    // (A warm-up entity, so that no sampled one is touched before its cold request.)
    const targets = targetsFor(base, tokens);
    const active = [];
    result.skipped = {};
    result.checks = {};
    const probeEntity = warmup[0];
    for (const target of targets) {
      const res = await get(target.url(probeEntity), {
        token: target.token,
        keepBody: true,
      });
      if (target.id === 'byName' && res.status !== 200) {
        throw new Error(
          `the catalog answered ${res.status} for ${probeEntity.ref}: ${
            res.error ?? res.body?.slice(0, 300)
          }`,
        );
      }
      if (target.id !== 'byName' && res.status === 404) {
        result.skipped[target.id] =
          `GET ${new URL(target.url(probeEntity)).pathname} answered 404 for ${
            probeEntity.ref
          }, ` +
          'which the catalog serves: the endpoint does not exist in this build.';
        log(`${db}: skipping ${target.label}: ${res.status}`);
        continue;
      }
      active.push(target);
    }

    // Warm-up on entities outside the sample (JIT, connection pools, token
    // caches), so that "cold" means first request for an entity, not the
    // first request the process ever served.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let pass = 0; pass < 2; pass++) {
      for (const e of warmup)
        for (const t of active) await get(t.url(e), { token: t.token, agent });
    }

    log(
      `${db}: cold pass over ${sample.length} entities x ${active.length} targets`,
    );
    const coldStarted = Date.now();
    result.profiles = settings.profile ? {} : undefined;
    result.cold = await profiled(instance, result.profiles, 'cold', () =>
      runCold({
        targets: active,
        sample,
        agent,
        sharing: AGENT_CONTEXT_IDS,
      }),
    );
    result.coldPassS = round((Date.now() - coldStarted) / 1000, 1);
    agent.destroy();
    result.memoryAfterCold = await memoryAfterGc(instance);
    await instance.assertNotRestarted();

    // Correctness, once, after the cold pass: the hub with most dependents
    // must come back with all of them (a fast but truncated answer would
    // not be a fair comparison).
    const hub = [...sample].sort((a, b) => b.dependencyOf - a.dependencyOf)[0];
    const activeTarget = id => active.find(t => t.id === id);
    if (activeTarget('context')) {
      const res = await get(activeTarget('context').url(hub), {
        token: tokens.harness,
        keepBody: true,
      });
      const body = res.status === 200 ? JSON.parse(res.body) : undefined;
      result.checks.contextHub = {
        ref: hub.ref,
        status: res.status,
        expectedDependents: hub.dependencyOf,
        dependents: body?.dependencies?.dependedOnBy?.length,
        dependsOn: body?.dependencies?.dependsOn?.length,
        expectedDependsOn: hub.dependsOn,
      };
    }
    if (activeTarget('agentsMd')) {
      const res = await get(activeTarget('agentsMd').url(hub), {
        token: tokens.harness,
        keepBody: true,
      });
      result.checks.agentsMdHub = {
        ref: hub.ref,
        status: res.status,
        contentType: res.contentType,
        // As the portal counts them (a final newline starts no line), so
        // the figure compares with the default budget's 200-line limit.
        lines: res.body
          ? res.body.split('\n').length - (res.body.endsWith('\n') ? 1 : 0)
          : undefined,
        bytes: res.bytes,
      };
    }

    result.warm = {};
    for (const concurrency of settings.concurrency) {
      for (const target of active) {
        log(
          `${db}: warm ${target.label}, ${concurrency} clients, ${settings.seconds} s`,
        );
        const run = await profiled(
          instance,
          concurrency === Math.max(...settings.concurrency)
            ? result.profiles
            : undefined,
          `warm ${target.id}`,
          () =>
            runWarm({
              target: {
                ...target,
                token: tokens[`${target.id}-warm-${concurrency}`],
              },
              sample,
              concurrency,
              seconds: settings.seconds,
              maxRequests: settings.maxRequests,
              cpu: () => cpuMs(instance.listener),
            }),
        );
        // What the run left behind, for attributing the growth to a phase.
        const after = await memoryAfterGc(instance, { settle: false });
        run.rssBeforeGcMb = after.backendRssBeforeGcMb;
        run.rssAfterGcMb = after.backendRssMb;
        run.heapAfterGcMb = after.heapUsedMb;
        (result.warm[target.id] ??= {})[concurrency] = run;
        await instance.assertNotRestarted();
      }
    }
    result.memoryAfterLoad = await memoryAfterGc(instance);
    result.memoryGrowthMb = {
      backend: round(
        result.memoryAfterLoad.backendRssMb - result.memoryEmpty.backendRssMb,
        1,
      ),
      backendAfterIngestion: round(
        result.memoryIngested.backendRssMb - result.memoryEmpty.backendRssMb,
        1,
      ),
      tree: round(
        result.memoryAfterLoad.treeRssMb - result.memoryEmpty.treeRssMb,
        1,
      ),
      heap: round(
        result.memoryAfterLoad.heapUsedMb - result.memoryEmpty.heapUsedMb,
        1,
      ),
      heapAfterIngestion: round(
        result.memoryIngested.heapUsedMb - result.memoryEmpty.heapUsedMb,
        1,
      ),
    };
    await instance.assertNotRestarted();

    // Memory rounds: does the backend hold on to something per caller?
    const roundTargets = ['context', 'agentsMd']
      .map(activeTarget)
      .filter(Boolean);
    if (roundTargets.length) {
      result.rounds = await memoryRounds({
        db,
        instance,
        settings,
        tokens,
        sample,
        targets: roundTargets,
        before: result.memoryAfterLoad,
      });
      await instance.assertNotRestarted();
    }

    // Freshness: an edit of the catalog, through to the context.
    if (activeTarget('context')) {
      const edited = [...sample].sort(
        (a, b) => a.dependencyOf - b.dependencyOf || a.ref.localeCompare(b.ref),
      )[0];
      log(`${db}: freshness: editing the description of ${edited.ref}`);
      result.freshness = await measureFreshness({
        base,
        catalogDir,
        entity: edited,
        urls: {
          catalog: activeTarget('byName').url,
          context: activeTarget('context').url,
        },
        tokens: { catalog: token, context: tokens.freshness },
        marker: `bench-edit-${randomBytes(4).toString('hex')}`,
        timeoutS: settings.freshnessTimeoutS,
      });
      log(
        `${db}: freshness: catalog after ${
          result.freshness.catalogS?.toFixed(1) ?? '–'
        } s, context after ${result.freshness.contextS?.toFixed(1) ?? '–'} s`,
      );
      await instance.assertNotRestarted();
    }

    // Adoption, on PostgreSQL only (the production database): ingestion and
    // the dashboards' queries, then what recording the suite's own usage
    // costs the context endpoints.
    if (db === 'postgres' && settings.adoptionEvents > 0) {
      result.adoption = await measureAdoption({
        base,
        token: tokens.adoption,
        connectionString: setup.backendDatabaseConfig.connection,
        components,
        settings,
        log: message => log(`${db}: ${message}`),
      });
      await instance.assertNotRestarted();
      if (settings.pageVisits > 0) {
        try {
          result.adoption.page = await measurePage({
            base,
            range: result.adoption.range,
            visits: settings.pageVisits,
            log: message => log(`${db}: ${message}`),
          });
        } catch (error) {
          result.adoption.pageError = String(error).split('\n')[0];
          log(`${db}: page: ${error}`);
        }
        await instance.assertNotRestarted();
      }
      const recordingTargets = ['context', 'agentsMd']
        .map(activeTarget)
        .filter(Boolean);
      const withRecording = await recordingRuns({
        db,
        instance,
        settings,
        tokens,
        sample,
        targets: recordingTargets,
        recording: 'on',
      });
      // The graph's figures are those of the backend measured above.
      result.graph = await readGraphLoads(instance.logFile);
      await instance.backend.stop();
      instance = await launched({
        name: `${db}-no-recording`,
        settings,
        runDir,
        logDir,
        config: benchConfig({
          settings,
          tokens,
          database: setup.backendDatabaseConfig,
          locations,
          recordUsage: false,
        }),
      });
      await whenGraphCaughtUp(
        base,
        token,
        new Date().toISOString(),
        settings.graphRefreshS * 3 + 60,
      );
      result.recording = {
        on: withRecording,
        off: await recordingRuns({
          db,
          instance,
          settings,
          tokens,
          sample,
          targets: recordingTargets,
          recording: 'off',
        }),
      };
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    log(`${db}: FAILED: ${result.error}`);
  } finally {
    if (instance) {
      await instance.backend.stop();
      result.graph ??= await readGraphLoads(instance.logFile);
      if (result.freshness) {
        result.freshness.bound = stalenessBound(settings, result.graph);
      }
    }
    await setup
      .cleanUp()
      .catch(error => log(`${db}: clean-up failed: ${error}`));
    current.instance = undefined;
    current.setup = undefined;
  }
  return result;
}

/** Formats a file's text with the repository's Prettier and its settings. */
async function formatLikeTheRepo(text, filePath) {
  const options = (await prettier.resolveConfig(filePath)) ?? {};
  return prettier.format(text, { ...options, filepath: filePath });
}

function machine() {
  const osRelease = (() => {
    try {
      const text = execFileSync('cat', ['/etc/os-release'], {
        encoding: 'utf8',
      });
      return text.match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1];
    } catch {
      return undefined;
    }
  })();
  const git = args => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: osRelease ?? `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map(v => round(v)),
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedFiles: (git(['status', '--porcelain']) ?? '')
      .split('\n')
      .filter(Boolean).length,
  };
}

async function main() {
  const settings = readSettings();
  if (portInUse(settings.port)) {
    throw new Error(
      `port ${settings.port} is already in use; set BENCH_PORT to a free one`,
    );
  }
  const startedAt = new Date();
  const info = machine();
  const backstage = JSON.parse(
    await readFile(join(root, 'backstage.json'), 'utf8'),
  ).version;

  // Everything of this run (catalog files, configs, SQLite files, logs)
  // lives in its own temporary directory, so that two runs on different
  // ports cannot pull files from under each other; the logs are copied to
  // bench/.data/logs at the end.
  const runDir = await mkdtemp(join(os.tmpdir(), 'agent-context-bench-'));
  const logDir = join(runDir, 'logs');
  await mkdir(logDir);
  log(`generating ${settings.entities} entities (seed ${settings.seed})`);
  const catalog = generateCatalog({
    entities: settings.entities,
    seed: settings.seed,
  });
  const locations = await writeCatalog(catalog, join(runDir, 'catalog'));
  const { sample, warmup, hubsInSample } = chooseSample(
    catalog,
    settings.sample,
    settings.seed,
  );
  const tokens = createTokens(settings);
  // The backends serve the app's bundle of this tree, built before they
  // start (the app backend reads it once, at start).
  const appBuildS =
    settings.pageVisits > 0 && settings.databases.includes('postgres')
      ? buildApp(root, log)
      : undefined;

  const results = {
    startedAt: startedAt.toISOString(),
    settings: {
      ...settings,
      report: relative(root, settings.report),
      results: relative(root, settings.results),
    },
    machine: info,
    backstage,
    appBuildS,
    catalog: {
      ...catalog.stats,
      hubs: catalog.hubs,
      files: locations.length,
      sample: {
        size: sample.length,
        hubs: hubsInSample,
        maxDependents: Math.max(...sample.map(s => s.dependencyOf)),
        refs: sample.map(s => s.ref),
      },
    },
    databases: [],
  };

  const interrupt = async signal => {
    log(`${signal}: stopping the backend and removing the bench database`);
    await current.instance?.backend.stop();
    await current.setup?.cleanUp().catch(() => {});
    await rm(runDir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    for (const db of settings.databases) {
      results.databases.push(
        await benchDatabase({
          db,
          settings,
          runDir,
          logDir,
          tokens,
          locations,
          sample,
          warmup,
          components: catalog.byKind.Component,
        }),
      );
    }
  } finally {
    const keptLogs = join(benchDir, '.data', 'logs');
    await rm(keptLogs, { recursive: true, force: true });
    await mkdir(dirname(keptLogs), { recursive: true });
    await cp(logDir, keptLogs, { recursive: true }).catch(error =>
      log(`could not keep the logs: ${error}`),
    );
    await rm(runDir, { recursive: true, force: true });
  }
  results.finishedAt = new Date().toISOString();
  results.durationS = round((Date.now() - startedAt.getTime()) / 1000, 0);
  results.machine.loadAverageAtEnd = os.loadavg().map(v => round(v));

  // Formatted as the repository's `prettier --check .` expects.
  await writeFile(
    settings.results,
    await formatLikeTheRepo(JSON.stringify(results), settings.results),
  );
  await mkdir(dirname(settings.report), { recursive: true });
  await writeFile(
    settings.report,
    await formatLikeTheRepo(renderReport(results), settings.report),
  );
  log(
    `done in ${results.durationS} s: ${relative(
      root,
      settings.report,
    )}, ${relative(root, settings.results)}`,
  );
  if (results.databases.some(d => d.error)) process.exitCode = 1;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
