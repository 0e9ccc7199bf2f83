// Renders bench/results.json as docs/benchmarks.md: the figures side by
// side per database, the targets met or not, and a reading derived from the
// figures themselves (so that a re-run never leaves stale prose behind).

import { ROUND_PARALLEL } from './rounds.mjs';

const TARGET_LABELS = {
  byName: 'catalog by-name (baseline)',
  context: 'context JSON',
  agentsMd: 'AGENTS.md',
  conventions: 'conventions (resolution)',
  conventionsScope: 'conventions (scope view)',
  liveness: 'liveness (trivial route)',
};
const TARGET_IDS = Object.keys(TARGET_LABELS);
const RSS_LIMIT_MB = 150;
/** The bench's reading of "flat" across the memory rounds. */
const ROUNDS_FLAT_MB = 10;
/** The portal's default AGENTS.md budget, which the bench does not change. */
const DEFAULT_AGENTS_MD_LINES = 200;
const COLD_FACTOR = 3;
/** Share of the trivial route's warm throughput AGENTS.md should reach. */
const TRIVIAL_SHARE = 0.5;
/** The two conventions endpoints held to the context endpoint's speed. */
const CONVENTIONS_IDS = ['conventionsScope', 'conventions'];
/** Adoption: usage rows a second through the push API, sustained. */
const ADOPTION_EVENTS_PER_S = 50000;
const ADOPTION_OVERVIEW_MS = 250;
const ADOPTION_SERVICE_MS = 50;
/** The AI adoption page: time to show its tables, in headless Chromium. */
const ADOPTION_PAGE_MS = 2000;
const ADOPTION_TARGET_IDS = [
  'adoption-ingestion',
  'adoption-overview',
  'adoption-service',
  'adoption-page',
];

const fmt = (value, digits = 1) =>
  value === undefined || value === null || Number.isNaN(value)
    ? '–'
    : Number(value).toLocaleString('en-US', {
        maximumFractionDigits: digits,
        minimumFractionDigits: 0,
      });
const signed = value =>
  value === undefined ? '–' : value < 0 ? `−${fmt(-value)}` : `+${fmt(value)}`;
const ms = value =>
  value === undefined ? '–' : `${fmt(value, value < 10 ? 2 : 1)}`;
const ratio = (a, b) => (a !== undefined && b ? a / b : undefined);

/** A Markdown table; figures (every column but the first) align right. */
function table(header, rows, { numeric = true } = {}) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header
      .map((_, i) => (i === 0 || !numeric ? '---' : '---:'))
      .join(' | ')} |`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The targets the project set itself, evaluated for one database. */
export function evaluateTargets(db) {
  const out = [];
  const concurrencies = Object.keys(db.warm?.byName ?? {});
  const measured = id => !db.error && db.cold?.[id] !== undefined;
  const missing = (id, ...ids) => {
    const absent = ids.find(x => !measured(x));
    return { id, met: undefined, detail: notMeasured(db, absent) };
  };
  const rps = (id, c) => db.warm[id][c].requestsPerSecond;

  // Cold p50 of the context and AGENTS.md endpoints within 3x the baseline's.
  for (const id of ['context', 'agentsMd']) {
    if (!measured(id) || !measured('byName')) {
      out.push(missing(`cold-${id}`, id, 'byName'));
      continue;
    }
    const r = ratio(db.cold[id].p50Ms, db.cold.byName.p50Ms);
    const first = db.cold[id].first;
    out.push({
      id: `cold-${id}`,
      met: r <= COLD_FACTOR,
      detail:
        `${ms(db.cold[id].p50Ms)} ms vs ${ms(db.cold.byName.p50Ms)} ms (${fmt(
          r,
          2,
        )}×)` +
        (first
          ? `; ${ms(first.p50Ms)} ms (${fmt(
              ratio(first.p50Ms, db.cold.byName.p50Ms),
              2,
            )}×) over the ${fmt(
              first.requests,
              0,
            )} entities it asked for before the other agent-context endpoints`
          : ''),
    });
  }

  // Warm AGENTS.md throughput against the baseline, and against the floor.
  for (const [id, base, share] of [
    ['warmThroughput', 'byName', 1],
    ['warmVsTrivial', 'liveness', TRIVIAL_SHARE],
  ]) {
    if (!measured('agentsMd') || !measured(base)) {
      out.push(missing(id, 'agentsMd', base));
      continue;
    }
    const parts = concurrencies.map(c => ({
      c,
      mine: rps('agentsMd', c),
      base: rps(base, c),
    }));
    out.push({
      id,
      met: parts.every(p => p.mine >= share * p.base),
      detail: parts
        .map(
          p =>
            `${fmt(p.mine)} vs ${fmt(p.base)} req/s at ${p.c} clients (${fmt(
              ratio(p.mine, p.base),
              2,
            )}×)`,
        )
        .join('; '),
    });
  }

  // Memory growth with the catalog loaded, of the backend process.
  if (!db.error && db.memoryGrowthMb) {
    const g = db.memoryGrowthMb;
    out.push({
      id: 'rss',
      met: g.backend < RSS_LIMIT_MB && g.backendAfterIngestion < RSS_LIMIT_MB,
      detail:
        `${signed(g.backend)} MB after ingestion and the load (${fmt(
          db.memoryEmpty.backendRssMb,
        )} → ${fmt(db.memoryAfterLoad.backendRssMb)} MB, after a full GC); ` +
        `${signed(g.backendAfterIngestion)} MB after ingestion alone`,
    });
  } else {
    out.push({ id: 'rss', met: undefined, detail: notMeasured(db) });
  }

  // Flat across the rounds of fresh callers.
  const rounds = db.rounds?.runs ?? [];
  if (db.error || rounds.length < 2) {
    out.push({
      id: 'rssRounds',
      met: undefined,
      detail:
        rounds.length === 1
          ? 'one round only (BENCH_ROUNDS=1)'
          : notMeasured(db),
    });
  } else {
    out.push({
      id: 'rssRounds',
      met: db.rounds.rssGrowthFirstToLastMb < ROUNDS_FLAT_MB,
      detail: `${signed(
        db.rounds.rssGrowthFirstToLastMb,
      )} MB from round 1 to round ${rounds.length} (${rounds
        .map(r => fmt(r.rssMb))
        .join(' → ')} MB after a full GC; ${
        db.rounds.callers
      } new callers per round)`,
    });
  }

  // The conventions endpoints at least as fast as the context, cold and warm.
  for (const id of CONVENTIONS_IDS) {
    if (!measured(id) || !measured('context')) {
      out.push(missing(`conventions-${id}`, id, 'context'));
      continue;
    }
    const cold = db.cold[id].p50Ms <= db.cold.context.p50Ms;
    const warm = concurrencies.map(c => ({
      c,
      mine: rps(id, c),
      base: rps('context', c),
    }));
    out.push({
      id: `conventions-${id}`,
      met: cold && warm.every(w => w.mine >= w.base),
      detail:
        `cold p50 ${ms(db.cold[id].p50Ms)} vs ${ms(
          db.cold.context.p50Ms,
        )} ms; ` +
        warm
          .map(w => `${fmt(w.mine)} vs ${fmt(w.base)} req/s at ${w.c} clients`)
          .join('; '),
    });
  }

  out.push(freshnessTarget(db));
  out.push(...adoptionTargets(db));
  return out;
}

/** The adoption targets: measured on PostgreSQL only. */
function adoptionTargets(db) {
  const a = db.adoption;
  if (db.name !== 'postgres') {
    return ADOPTION_TARGET_IDS.map(id => ({
      id,
      met: undefined,
      detail: 'measured on PostgreSQL only',
    }));
  }
  if (!a) {
    return ADOPTION_TARGET_IDS.map(id => ({
      id,
      met: undefined,
      detail: db.error ? 'the run failed' : 'not measured',
    }));
  }
  const failed = Object.keys(a.ingestion.statuses).some(s => s !== '200');
  return [
    {
      id: 'adoption-ingestion',
      met: !failed && a.ingestion.rowsPerSecond >= ADOPTION_EVENTS_PER_S,
      detail: `${fmt(a.ingestion.rowsPerSecond, 0)} rows/s (${fmt(
        a.ingestion.rows,
        0,
      )} rows in ${fmt(a.ingestion.seconds)} s, ${
        a.ingestion.batches
      } batches; statuses ${JSON.stringify(
        a.ingestion.statuses,
      )}); a plain INSERT of the same rows: ${fmt(
        a.bulkInsert.rowsPerSecond,
        0,
      )} rows/s (${fmt(a.ratioToBulkInsert)}×)`,
    },
    {
      id: 'adoption-overview',
      met: a.overview.p50Ms < ADOPTION_OVERVIEW_MS,
      detail: `p50 ${ms(a.overview.p50Ms)} ms, p95 ${ms(
        a.overview.p95Ms,
      )} ms over ${a.overview.requests} requests (${a.days} days, ${fmt(
        a.services,
        0,
      )} services; statuses ${JSON.stringify(a.overview.statuses)})`,
    },
    adoptionPageTarget(a),
    {
      id: 'adoption-service',
      met: a.service.p50Ms < ADOPTION_SERVICE_MS,
      detail: `p50 ${ms(a.service.p50Ms)} ms, p95 ${ms(
        a.service.p95Ms,
      )} ms over ${
        a.service.requests
      } requests for random services (statuses ${JSON.stringify(
        a.service.statuses,
      )})`,
    },
  ];
}

/** The page's time to show its tables, beside the catalog's table. */
function adoptionPageTarget(a) {
  const p = a.page;
  if (!p) {
    return {
      id: 'adoption-page',
      met: undefined,
      detail: a.pageError
        ? `the browser run failed: ${a.pageError}`
        : 'not measured',
    };
  }
  const visits = v =>
    `first visit ${fmt(v.firstMs, 0)} ms, then p50 ${fmt(
      v.p50Ms,
      0,
    )} ms (max ${fmt(v.maxMs, 0)} ms) over ${v.visits - 1} visits`;
  return {
    id: 'adoption-page',
    met:
      p.adoption.firstMs < ADOPTION_PAGE_MS &&
      p.adoption.maxMs < ADOPTION_PAGE_MS,
    detail: `${visits(
      p.adoption,
    )}; the catalog's component table on the same catalog: ${visits(
      p.catalog,
    )} (${fmt(p.ratioToCatalog, 2)}× its p50)`,
  };
}

/** A catalog edit in the context within the staleness bound. */
function freshnessTarget(db) {
  const f = db.freshness;
  if (!f)
    return {
      id: 'freshness',
      met: undefined,
      detail: notMeasured(db, 'context'),
    };
  const bound = f.bound?.seconds;
  const boundText = `bound ${fmt(bound, 1)} s (${fmt(
    f.bound?.intervalS,
  )} s interval + ${fmt(f.bound?.refreshS, 2)} s, ${f.bound?.refreshFrom})`;
  if (f.catalogS === undefined) {
    return {
      id: 'freshness',
      met: undefined,
      detail: `the catalog did not show the edit within ${fmt(
        f.timeoutS,
        0,
      )} s (refresh answered ${f.refreshStatus})`,
    };
  }
  if (f.contextS === undefined) {
    return {
      id: 'freshness',
      met: false,
      detail: `catalog after ${fmt(f.catalogS, 1)} s, context not within ${fmt(
        f.timeoutS,
        0,
      )} s: lag > ${fmt(f.timeoutS - f.catalogS, 1)} s; ${boundText}`,
    };
  }
  const lag = f.contextS - f.catalogS;
  return {
    id: 'freshness',
    met: bound !== undefined && lag <= bound,
    detail: `lag ${fmt(lag, 1)} s (catalog after ${fmt(
      f.catalogS,
      1,
    )} s, context after ${fmt(f.contextS, 1)} s); ${boundText}`,
  };
}

function notMeasured(db, id) {
  if (db.error) return 'the run failed';
  if (id && db.skipped?.[id]) return 'the endpoint answers 404';
  return 'no figures';
}

/** The targets' wording, in the order of the report's rows. */
function targetText(settings) {
  const rounds = settings.rounds ?? 1;
  const text = {
    'cold-context': `Cold context JSON p50 ≤ ${COLD_FACTOR}× by-name p50`,
    'cold-agentsMd': `Cold AGENTS.md p50 ≤ ${COLD_FACTOR}× by-name p50`,
    warmThroughput: `Warm AGENTS.md throughput ≥ catalog by-name throughput (at ${settings.concurrency.join(
      ' and ',
    )} clients)`,
    warmVsTrivial: `Warm AGENTS.md throughput ≥ ${TRIVIAL_SHARE}× the trivial route's (liveness, same backend)`,
    rss: `Backend RSS growth with the catalog loaded, and after the load, < ${RSS_LIMIT_MB} MB`,
    rssRounds: `Backend RSS flat across ${rounds} load rounds of fresh callers: growth from round 1 to round ${rounds} < ${ROUNDS_FLAT_MB} MB (the bench's reading of "flat")`,
    'conventions-conventionsScope':
      'Conventions (scope view) at least as fast as the context JSON: cold p50 ≤, warm requests/s ≥',
    'conventions-conventions':
      'Conventions (resolution) at least as fast as the context JSON: cold p50 ≤, warm requests/s ≥',
    'adoption-ingestion': `Usage rows pushed through the HTTP API into PostgreSQL ≥ ${fmt(
      ADOPTION_EVENTS_PER_S,
      0,
    )} rows/s sustained, beside a plain INSERT of the same rows`,
    'adoption-overview': `Adoption overview over 90 days of rollups for up to 2,000 services: p50 < ${ADOPTION_OVERVIEW_MS} ms`,
    'adoption-service': `One service's adoption figures over 90 days: p50 < ${ADOPTION_SERVICE_MS} ms`,
    'adoption-page': `The AI adoption page shows its team and service tables over 90 days for up to 2,000 services in < ${fmt(
      ADOPTION_PAGE_MS,
      0,
    )} ms (headless Chromium; every visit, the first included)`,
    freshness: `A catalog edit visible in the context within the staleness bound: lag (context − catalog) ≤ \`agentContext.graph.refreshIntervalSeconds\` (${fmt(
      settings.graphRefreshS,
    )} s) + one graph refresh`,
  };
  return text;
}

const verdict = t =>
  t.met === undefined ? '**not measured**' : t.met ? '**met**' : '**not met**';

/** The memory rounds with fresh callers, one row per round. */
function roundsTable(db) {
  const r = db.rounds;
  const header = [
    `memory rounds (${r.callers} new callers each, ${
      r.entitiesPerCaller
    } entities each as ${r.endpoints
      .map(id => TARGET_LABELS[id])
      .join(' and ')})`,
    'requests',
    'failed',
    'seconds',
    'RSS after a full GC, MB',
    'RSS growth, MB',
    'JS heap in use, MB',
    'heap growth, MB',
  ];
  const rows = r.runs.map(run => [
    `round ${run.round}`,
    fmt(run.requests, 0),
    fmt(run.errors, 0),
    fmt(run.seconds),
    fmt(run.rssMb),
    signed(run.rssGrowthMb),
    fmt(run.heapUsedMb),
    signed(run.heapGrowthMb),
  ]);
  rows.push([
    `round 1 → round ${r.runs.length}`,
    '',
    '',
    '',
    '',
    `**${signed(r.rssGrowthFirstToLastMb)}**`,
    '',
    signed(r.heapGrowthFirstToLastMb),
  ]);
  return table(header, rows);
}

/** How soon a catalog edit reached the catalog and the context. */
function freshnessTable(db) {
  const f = db.freshness;
  const seconds = v =>
    v === undefined ? `not within ${fmt(f.timeoutS, 0)}` : fmt(v, 1);
  return table(
    [
      `catalog edit of \`${f.ref}\` (refresh answered ${f.refreshStatus})`,
      'seconds',
    ],
    [
      [
        'catalog by-name shows it (a), from the file write',
        seconds(f.catalogS),
      ],
      ['context JSON shows it (b), from the file write', seconds(f.contextS)],
      [
        '**lag (b − a)**',
        f.catalogS !== undefined && f.contextS !== undefined
          ? `**${fmt(f.contextS - f.catalogS, 1)}**`
          : '–',
      ],
      [
        `staleness bound: refresh interval + one refresh (${
          f.bound?.refreshFrom ?? '–'
        })`,
        `${fmt(f.bound?.intervalS)} + ${fmt(f.bound?.refreshS, 2)} = ${fmt(
          f.bound?.seconds,
        )}`,
      ],
    ],
  );
}

/** What the backend logged about its catalog graph, if anything. */
function graphLine(db) {
  const g = db.graph;
  if (!g || g.loads === 0) {
    return `- Catalog graph load figures: not reported${
      g?.lines ? ` (${g.lines} log lines mention it, without figures)` : ''
    }.`;
  }
  const load = l =>
    l
      ? `${fmt(l.entities, 0)} entities in ${
          l.ms === undefined ? '–' : fmt(l.ms, 0)
        } ms`
      : '–';
  return `- Catalog graph load figures, from the backend's log: ${fmt(
    g.loads,
    0,
  )} loads reported; first ${load(g.first)}, last ${load(
    g.last,
  )}, longest ${fmt(g.longestMs, 0)} ms.`;
}

function databaseSection(db, results) {
  const lines = [`### ${db.label}`, ''];
  if (db.error) {
    lines.push('**The run failed:**', '', '```', db.error, '```', '');
  }
  if (db.ingestion) {
    lines.push(
      table(
        ['start-up and ingestion', 'seconds'],
        [
          [
            'backend ready, empty catalog (process start → readiness)',
            fmt(db.startupS),
          ],
          [
            'backend ready, with the catalog configured',
            fmt(db.ingestion.readyS),
          ],
          [
            `all ${fmt(
              results.settings.entities,
              0,
            )} entities visible (from process start)`,
            fmt(db.ingestion.allEntitiesVisibleS),
          ],
          [
            'every sampled entity carries all its relations (from process start)',
            fmt(db.ingestion.sampleRelationsCompleteS),
          ],
          [
            'ingestion rate, entities/s (readiness → all visible)',
            fmt(db.ingestion.entitiesPerSecond),
          ],
        ],
      ),
      '',
    );
  }
  if (db.cold) {
    const ids = TARGET_IDS;
    const cell = (id, f) =>
      db.cold[id] ? f(id) : db.skipped?.[id] ? 'skipped' : '–';
    const rows = [
      ['cold p50, ms', ...ids.map(id => cell(id, x => ms(db.cold[x].p50Ms)))],
      ['cold p99, ms', ...ids.map(id => cell(id, x => ms(db.cold[x].p99Ms)))],
      [
        'cold p50 over the entities it asked for before the other agent-context endpoints, ms (entities)',
        ...ids.map(id =>
          cell(id, x =>
            db.cold[x].first
              ? `${ms(db.cold[x].first.p50Ms)} (${fmt(
                  db.cold[x].first.requests,
                  0,
                )})`
              : '',
          ),
        ),
      ],
    ];
    for (const c of Object.keys(db.warm?.byName ?? {})) {
      const w = id => db.warm[id]?.[c];
      rows.push(
        [
          `warm, ${c} clients: p50, ms`,
          ...ids.map(id => cell(id, x => ms(w(x).p50Ms))),
        ],
        [
          `warm, ${c} clients: p99, ms`,
          ...ids.map(id => cell(id, x => ms(w(x).p99Ms))),
        ],
        [
          `warm, ${c} clients: requests/s`,
          ...ids.map(id => cell(id, x => `**${fmt(w(x).requestsPerSecond)}**`)),
        ],
        [
          `warm, ${c} clients: backend CPU per request, ms`,
          ...ids.map(id => cell(id, x => ms(w(x).backendCpuMsPerRequest))),
        ],
        [
          `warm, ${c} clients: JS heap in use after the run and a full GC, MB`,
          ...ids.map(id => cell(id, x => fmt(w(x).heapAfterGcMb))),
        ],
      );
    }
    rows.push(
      [
        'mean response size, bytes',
        ...ids.map(id => cell(id, x => fmt(db.cold[x].meanBytes, 0))),
      ],
      [
        'failed requests (cold + warm)',
        ...ids.map(id =>
          cell(id, x =>
            fmt(
              db.cold[x].errors +
                Object.values(db.warm[x] ?? {}).reduce(
                  (s, w) => s + w.errors,
                  0,
                ),
              0,
            ),
          ),
        ),
      ],
    );
    lines.push(
      table(
        ['latency and throughput', ...ids.map(id => TARGET_LABELS[id])],
        rows,
      ),
      '',
    );
  }
  if (db.memoryEmpty && db.memoryAfterLoad) {
    const m = [db.memoryEmpty, db.memoryIngested, db.memoryAfterLoad];
    lines.push(
      table(
        [
          'memory, MB',
          'empty catalog',
          'after ingestion',
          'after the load',
          'growth',
        ],
        [
          [
            'backend RSS (VmRSS) after a full GC',
            ...m.map(x => fmt(x.backendRssMb)),
            signed(db.memoryGrowthMb.backend),
          ],
          [
            'JS heap in use after a full GC',
            ...m.map(x => fmt(x.heapUsedMb)),
            signed(db.memoryGrowthMb.heap),
          ],
          [
            'backend RSS before the GC (after the load: the highest of the warm runs)',
            fmt(m[0].backendRssBeforeGcMb),
            fmt(m[1].backendRssBeforeGcMb),
            fmt(
              Math.max(
                ...Object.values(db.warm ?? {}).flatMap(byConcurrency =>
                  Object.values(byConcurrency).map(run => run.rssBeforeGcMb),
                ),
              ),
            ),
            '',
          ],
          [
            'backend peak RSS so far (VmHWM)',
            ...m.map(x => fmt(x.backendPeakRssMb)),
            '',
          ],
          // Only with BENCH_BACKEND=yarn is there more than the backend.
          ...(m[2].treeProcesses > 1
            ? [
                [
                  `process tree RSS (yarn, backstage-cli, backend: ${m[2].treeProcesses} processes)`,
                  ...m.map(x => fmt(x.treeRssMb)),
                  signed(db.memoryGrowthMb.tree),
                ],
              ]
            : []),
        ],
      ),
      '',
    );
  }
  if (db.rounds) lines.push(roundsTable(db), '');
  if (db.freshness) lines.push(freshnessTable(db), '');
  lines.push(graphLine(db));
  for (const [id, why] of Object.entries(db.skipped ?? {})) {
    lines.push(
      `- **${TARGET_LABELS[id]} skipped:** ${why} Re-run \`./bench/run.sh\` once it exists.`,
    );
  }
  if (db.checks?.contextHub) {
    const c = db.checks.contextHub;
    const complete =
      c.dependents === c.expectedDependents &&
      c.dependsOn === c.expectedDependsOn;
    lines.push(
      `- Check: the context of the biggest sampled hub \`${c.ref}\` lists ${fmt(
        c.dependents,
        0,
      )} of its ${fmt(c.expectedDependents, 0)} dependents and ${fmt(
        c.dependsOn,
        0,
      )} of its ${fmt(c.expectedDependsOn, 0)} dependencies${
        complete ? ' (complete)' : ' (**incomplete**)'
      }.`,
    );
  }
  if (db.checks?.agentsMdHub) {
    const c = db.checks.agentsMdHub;
    let budget = '';
    if (c.lines !== undefined) {
      budget =
        c.lines <= DEFAULT_AGENTS_MD_LINES
          ? `, within the portal's default budget of ${DEFAULT_AGENTS_MD_LINES} lines`
          : `, **over** the portal's default budget of ${DEFAULT_AGENTS_MD_LINES} lines`;
    }
    lines.push(
      `- Check: AGENTS.md of \`${c.ref}\` answered ${c.status} (${
        c.contentType ?? 'no content type'
      }), ${fmt(c.lines, 0)} lines, ${fmt(c.bytes, 0)} bytes${budget}.`,
    );
  }
  if (db.cold) {
    const gen = Object.values(db.warm?.byName ?? {}).map(
      w => w.loadGeneratorCpuCores,
    );
    lines.push(
      `- The cold pass took ${fmt(
        db.coldPassS,
      )} s. The load generator itself used up to ${fmt(
        Math.max(...gen, 0),
        2,
      )} of the ${
        results.machine.cpus
      } cores during the warm runs of the baseline.`,
    );
  }
  lines.push(...recordingLines(db));
  lines.push(...profileLines(db));
  lines.push('');
  return lines.join('\n');
}

/** The context endpoints' warm throughput with and without usage recording. */
function recordingLines(db) {
  const r = db.recording;
  if (!r) return [];
  const rows = Object.keys(r.on).map(id => {
    const on = r.on[id].requestsPerSecond;
    const off = r.off[id]?.requestsPerSecond;
    return [
      TARGET_LABELS[id],
      fmt(off, 0),
      fmt(on, 0),
      off ? `${fmt(((on - off) / off) * 100, 1)}%` : '–',
    ];
  });
  return [
    '',
    table(
      [
        'warm, most clients (req/s)',
        'without recording',
        'with recording',
        'change',
      ],
      rows,
    ),
  ];
}

/**
 * Where the backend's CPU went in each profiled phase (BENCH_PROFILE=1):
 * self time per area of the code, the largest first.
 */
function profileLines(db) {
  if (!db.profiles) return [];
  const lines = [
    '',
    'Where the backend spent its CPU (self time, sampled every 0.5 ms; idle left out):',
    '',
  ];
  for (const [phase, summary] of Object.entries(db.profiles)) {
    lines.push(
      `- **${phase}** (${fmt(summary.totalMs, 0)} ms of CPU): ${summary.areas
        .map(a => `${a.area} ${fmt(a.share, 1)}%`)
        .join(', ')}`,
    );
  }
  return lines;
}

/** The phase after which the JS heap in use (after a full GC) grew most. */
function largestRssStep(db) {
  const points = [
    { label: 'ingestion', mb: db.memoryIngested?.heapUsedMb },
    { label: 'the cold pass', mb: db.memoryAfterCold?.heapUsedMb },
  ];
  for (const c of Object.keys(db.warm?.byName ?? {})) {
    for (const id of TARGET_IDS) {
      const run = db.warm[id]?.[c];
      if (run)
        points.push({
          label: `the warm ${TARGET_LABELS[id]} run at ${c} clients`,
          mb: run.heapAfterGcMb,
        });
    }
  }
  let best;
  for (let i = 1; i < points.length; i++) {
    const delta = points[i].mb - points[i - 1].mb;
    if (!best || delta > best.mb) best = { label: points[i].label, mb: delta };
  }
  return best;
}

function reading(results) {
  const out = [];
  for (const db of results.databases) {
    if (db.error || !db.cold) {
      out.push(`- **${db.name}:** no figures; the run failed (see above).`);
      continue;
    }
    const base = db.cold.byName;
    const parts = [];
    for (const id of ['context', 'agentsMd', ...CONVENTIONS_IDS]) {
      if (!db.cold[id]) continue;
      const cs = Object.keys(db.warm[id] ?? {});
      const warm = cs
        .map(
          c =>
            `${fmt(
              ratio(
                db.warm[id][c].requestsPerSecond,
                db.warm.byName[c].requestsPerSecond,
              ),
              2,
            )}× at ${c} clients`,
        )
        .join(', ');
      const cpu = cs.length
        ? ratio(
            db.warm[id][cs[0]].backendCpuMsPerRequest,
            db.warm.byName[cs[0]].backendCpuMsPerRequest,
          )
        : undefined;
      parts.push(
        `${TARGET_LABELS[id]} answers cold in ${fmt(
          ratio(db.cold[id].p50Ms, base.p50Ms),
          2,
        )}× the baseline's median time ` +
          `(p99 ${fmt(
            ratio(db.cold[id].p99Ms, base.p99Ms),
            2,
          )}×), sustains ${warm} the baseline's throughput, ` +
          `and costs ${fmt(cpu, 2)}× its backend CPU per request`,
      );
    }
    const floor = db.warm?.liveness;
    if (floor) {
      parts.push(
        `the trivial route sustains ${Object.keys(floor)
          .map(c => `${fmt(floor[c].requestsPerSecond)} req/s at ${c} clients`)
          .join(', ')} (${fmt(
          ratio(
            db.warm.byName[Object.keys(floor)[0]]?.requestsPerSecond,
            floor[Object.keys(floor)[0]].requestsPerSecond,
          ),
          2,
        )}× of it for the baseline at ${Object.keys(floor)[0]} clients)`,
      );
    }
    const growth = db.memoryGrowthMb.backend;
    const step = largestRssStep(db);
    out.push(
      `- **${db.name}:** ${parts.join(
        '; ',
      )}. After a full GC, the backend's RSS changed by ${signed(
        growth,
      )} MB with ${fmt(results.settings.entities, 0)} entities ` +
        `and the load (${signed(
          db.memoryGrowthMb.backendAfterIngestion,
        )} MB after ingestion alone; the JS heap in use grew most, by ${signed(
          step?.mb,
        )} MB, with ${step?.label ?? '–'}). ` +
        `Ingestion took ${fmt(
          db.ingestion.allEntitiesVisibleS - db.ingestion.readyS,
        )} s from readiness.`,
    );
  }
  out.push(
    "- Cold against warm: by-name is one catalog read. A context gathers the entity, its related entities and its owner's group chain; the cold figures show a caller's first request for an entity. Warm requests repeat entities the same caller asked for moments before (one unmeasured pass primes each run), so whatever the plugin keeps between requests is fresh, and the warm figures show what is done per request on top of it, such as serialising the JSON or rendering the Markdown; the backend CPU per request compares those costs directly. The trivial route (liveness: no authentication, no database) shows what the same backend, HTTP stack and load generator sustain at all.",
    '- Memory: figures are read after a full garbage collection, so they show what a phase left behind rather than garbage V8 had not collected yet (without it, readings of the same state differed by hundreds of MB from run to run); the "before the GC" and peak rows show what the process held while busy. The growth after ingestion is what the loaded catalog costs the backend; what comes on top after the load is what serving left behind (compiled code, caches, including whatever the agent-context plugin keeps per caller). The warm runs go in the order of the table, baseline first at each concurrency, and each is followed by a full GC, so the "JS heap in use after the run" rows show which run left what behind. The memory rounds then add callers the backend has never seen, round after round: a backend that keeps something per caller (or per request) without bound grows in each of them, where one that only caches up to a limit levels off.',
    "- Freshness: the catalog is told to refresh the edited entity at once (`POST /api/catalog/refresh`), so (a) is the catalog's own processing delay; the lag (b − a) is what the agent-context plugin adds on top of it, whatever it caches or mirrors.",
    '- Hubs dominate the tail: the sample holds the most depended-on components, whose answers list up to ' +
      `${fmt(
        results.catalog.sample.maxDependents,
        0,
      )} dependents, so p99 reflects them rather than the typical entity.`,
    `- Caveats: a single run on a ${results.machine.cpus}-core machine, with the load generator on the same cores as the backend and the database; ` +
      'the backend runs from source as in development (transpiled on load, no production build); differences under about 10 % are within run-to-run noise. ' +
      `The load average was ${results.machine.loadAverageAtStart.join(
        ' / ',
      )} at the start and ${results.machine.loadAverageAtEnd?.join(
        ' / ',
      )} at the end; other work on the machine shows up in these figures.`,
  );
  return out.join('\n');
}

export function renderReport(results) {
  const { settings, machine, catalog } = results;
  const dbs = results.databases;
  const date = results.startedAt.slice(0, 10);
  const texts = targetText(settings);
  const targetRows = Object.keys(texts).map(id => [
    texts[id],
    ...dbs.map(db => {
      const t = evaluateTargets(db).find(x => x.id === id);
      return `${verdict(t)}: ${t.detail}`;
    }),
  ]);
  const counts = catalog.counts;
  return `# Benchmarks

Generated by \`./bench/run.sh\` on ${date}; do not edit by hand, re-run the command
(the raw figures go to \`${settings.results}\`, which is not committed).

## What is measured

The portal's backend (\`packages/backend\`, Backstage ${
    results.backstage
  }) is started ${
    settings.backendMode === 'yarn'
      ? 'with `yarn workspace backend start`'
      : 'as `yarn workspace backend start` starts it (the same Node flags and on-load TypeScript transform, without the dev server that restarts it when a source file changes)'
  }, with \`app-config.yaml\` plus a generated
configuration: port ${
    settings.port
  } on 127.0.0.1, a fresh database, static access tokens
for the harness, and the generated catalog as file locations. For each database it is
started twice: once with an empty catalog (the memory baseline), once with the catalog.
Against the same ${fmt(catalog.sample.size, 0)} components (chosen with seed ${
    settings.seed
  }; the ${catalog.sample.hubs} most
depended-on components among them) six endpoints are compared:

- **catalog by-name (baseline):** \`GET /api/catalog/entities/by-name/{kind}/{namespace}/{name}\`
- **context JSON:** \`GET /api/agent-context/v1/entities/{kind}/{namespace}/{name}/context\`
- **AGENTS.md:** \`GET /api/agent-context/v1/entities/{kind}/{namespace}/{name}/agents.md\`
- **conventions (resolution):** \`GET /api/agent-context/v1/entities/{kind}/{namespace}/{name}/conventions\` (the conventions that apply to the entity: the org codex from app-config along its scopes)
- **conventions (scope view):** \`GET /api/agent-context/v1/conventions/entities/{kind}/{namespace}/{name}\` (the conventions recorded at the entity's own scope, as an editor sees them)
- **liveness (trivial route):** \`GET /.backstage/health/v1/liveness\` of the same backend (the floor: no authentication, no database, nothing per entity)

**Cold:** after a short warm-up on other entities, each sampled entity is requested once
per endpoint, one request at a time (the order of the endpoints rotates per entity). Each
endpoint is called with its own token, i.e. as a separate caller: the plugin caches
contexts per caller, shared by its two endpoints, so a shared caller would turn one
endpoint's first request into the other's cache hit. A backend that shares what it builds
between callers and endpoints can still answer the second endpoint to ask for an entity
from the first one's work, so the cold figures are also given over the entities each
endpoint asked for before the other agent-context endpoints did.
**Warm:** ${settings.concurrency.join(
    ' and ',
  )} concurrent keep-alive clients cycle through the sample for
${
  settings.seconds
} s per endpoint, right after one unmeasured pass over the sample by the same clients, each run with a token
of its own: they measure repeat requests while that cache is fresh.
**Memory:** VmRSS of the backend process (the one that holds the listening socket) and its
JS heap in use, read after each phase right after a full garbage collection (requested
through the Node.js inspector, which the bench opens on a loopback port). Catalog processing runs once (\`processingInterval: 1 h\`), so
no re-processing competes with the measurements.
**Memory rounds:** after the warm runs, ${fmt(
    settings.rounds,
    0,
  )} rounds in which ${fmt(
    settings.roundCallers,
    0,
  )} callers the backend has not seen before (each a static token of its own)
ask for the context JSON and the AGENTS.md of ${fmt(
    settings.roundEntities,
    0,
  )} random sampled entities each, ${ROUND_PARALLEL} callers at a time; after each round, a full GC and the memory.
**Freshness:** then the description of one sampled entity is changed in its catalog file, the catalog is asked to
refresh that entity, and the catalog's by-name lookup and the context JSON (as a caller of its own) are polled every
100 ms, for up to ${fmt(
    settings.freshnessTimeoutS,
    0,
  )} s, until each shows the edit. The generated configuration sets
\`agentContext.graph.refreshIntervalSeconds: ${fmt(
    settings.graphRefreshS,
  )}\`; the staleness bound is that interval plus
one graph refresh (the longest graph load the backend logged, or one more interval if it logged none).
**Adoption (PostgreSQL only):** then ${fmt(
    settings.adoptionEvents,
    0,
  )} AI gateway request rows (up to 2,000 services, 400 people, the last 90 days) are
pushed to \`POST /api/agent-context/v1/adoption/events\` in batches of ${fmt(
    settings.adoptionBatch,
    0,
  )} by ${settings.adoptionClients} clients, each batch
serialised beforehand; the same rows are then written by plain multi-row \`INSERT\`s, one a batch,
from the bench process into a table of the same columns (a schema of its own, dropped afterwards).
The overview (\`/v1/adoption/overview\`, 90 days, weekly) is then requested 30 times in a row and one
service's figures (\`/v1/adoption/entities/...\`) for 50 random services. Then headless Chromium
(Debian's, driven by Playwright) opens the app's production bundle, served by the backend under test,
signs in as the guest and visits the AI adoption page ${fmt(
    settings.pageVisits,
    0,
  )} times over the same 90 days, each visit an in-app
navigation from the Codex page; the time is from the route change until both the Teams and the Services
tables show a row (the first visit also loads the page's code). The catalog's component table is visited
the same way in the same browser as the baseline. Last, the warm context
JSON and AGENTS.md runs are repeated at ${Math.max(
    ...settings.concurrency,
  )} clients on this backend, which records every fetch as usage, and on
the same database restarted with \`agentContext.adoption.recordUsage: false\`.

## Run

| | |
| --- | --- |
| command | \`./bench/run.sh\` (${
    settings.entities === 10000 && settings.sample === 200
      ? 'defaults'
      : `BENCH_ENTITIES=${settings.entities} BENCH_SAMPLE=${settings.sample}`
  }, ${settings.seconds} s per warm run) |
| date | ${results.startedAt
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')}, ${fmt(results.durationS, 0)} s in all |
| machine | ${machine.cpus} cores (${machine.cpuModel}), ${fmt(
    machine.memoryGb,
  )} GiB, ${machine.os} |
| Node | ${machine.node} |
| source | commit ${machine.commit}${
    machine.uncommittedFiles
      ? ` plus ${machine.uncommittedFiles} uncommitted files`
      : ''
  } |
| load average (1/5/15 min) | ${machine.loadAverageAtStart.join(
    ' / ',
  )} at the start, ${machine.loadAverageAtEnd?.join(' / ')} at the end |

## Catalog

${fmt(
  settings.entities,
  0,
)} entities, generated deterministically by \`bench/src/generateCatalog.mjs\`
(seed ${settings.seed}) into ${catalog.files} YAML files: ${
    counts.Group
  } groups (1 organisation,
${catalog.departments} departments, ${catalog.teams} teams), ${fmt(
    counts.User,
    0,
  )} users, ${counts.Domain} domains, ${counts.System} systems,
${fmt(counts.Component, 0)} components, ${fmt(counts.API, 0)} APIs and ${fmt(
    counts.Resource,
    0,
  )} resources.
${fmt(
  catalog.dependsOnEdges,
  0,
)} dependsOn edges with a heavy-tailed fan-in (the most depended-on entity has
${catalog.maxFanIn} dependents, ${
    catalog.entitiesWithFanInOver50
  } have more than 50, the median is ${catalog.medianFanInOfDependedOn}),
${fmt(catalog.providesApiEdges, 0)} providesApi and ${fmt(
    catalog.consumesApiEdges,
    0,
  )} consumesApi edges.

## Targets

${table(['target', ...dbs.map(d => d.name)], targetRows, { numeric: false })}

## Results

${dbs.map(db => databaseSection(db, results)).join('\n')}
## Reading

${reading(results)}

## Settings

Environment variables of \`./bench/run.sh\`, with the values of this run:

${table(
  ['variable', 'value', 'meaning'],
  [
    ['BENCH_ENTITIES', settings.entities, 'entities in the generated catalog'],
    ['BENCH_SAMPLE', settings.sample, 'components measured'],
    ['BENCH_SECONDS', settings.seconds, 'length of each warm run'],
    [
      'BENCH_CONCURRENCY',
      settings.concurrency.join(','),
      'concurrent clients of the warm runs',
    ],
    [
      'BENCH_MAX_REQUESTS',
      settings.maxRequests,
      'upper bound of requests per warm run',
    ],
    ['BENCH_DATABASES', settings.databases.join(','), 'databases, in order'],
    ['BENCH_SEED', settings.seed, 'seed of the catalog and the sample'],
    ['BENCH_PORT', settings.port, 'port of the backend under test'],
    ['BENCH_ROUNDS', settings.rounds, 'memory rounds of fresh callers'],
    [
      'BENCH_ROUND_CALLERS',
      settings.roundCallers,
      'new callers per memory round',
    ],
    [
      'BENCH_ROUND_ENTITIES',
      settings.roundEntities,
      'entities each caller of a round asks for',
    ],
    [
      'BENCH_GRAPH_REFRESH',
      settings.graphRefreshS,
      'agentContext.graph.refreshIntervalSeconds, seconds',
    ],
    [
      'BENCH_ADOPTION_EVENTS',
      settings.adoptionEvents,
      'usage rows pushed on PostgreSQL (0: no adoption phase)',
    ],
    [
      'BENCH_ADOPTION_BATCH',
      settings.adoptionBatch,
      'rows per POST, and per INSERT of the baseline',
    ],
    [
      'BENCH_ADOPTION_CLIENTS',
      settings.adoptionClients,
      'parallel senders, for the API and the baseline alike',
    ],
    [
      'BENCH_PROFILE',
      settings.profile ? 1 : 0,
      "1: the backend's CPU profile of the cold pass and of each warm run at the most clients",
    ],
    [
      'BENCH_FRESHNESS_TIMEOUT',
      settings.freshnessTimeoutS,
      'longest wait for an edit to show, seconds',
    ],
  ].map(r => r.map(String)),
  { numeric: false },
)}
`;
}
