#!/usr/bin/env bash
# The benchmark: generates a 10,000-entity catalog, runs the portal's backend
# on SQLite and then on PostgreSQL (a fresh bench_* database, dropped
# afterwards), compares the catalog's by-name lookup with the agent-context
# endpoints, and writes docs/benchmarks.md (raw figures: bench/results.json).
#
#   ./bench/run.sh
#   BENCH_ENTITIES=300 BENCH_SAMPLE=20 BENCH_SECONDS=2 BENCH_REPORT=/tmp/bench.md \
#     ./bench/run.sh                                  # a quick try, report aside
#
# Other knobs: BENCH_DATABASES=sqlite,postgres  BENCH_CONCURRENCY=8,32
# BENCH_PORT=7150  BENCH_SEED=42  BENCH_REPORT=docs/benchmarks.md
# BENCH_ROUNDS=3  BENCH_ROUND_CALLERS=40  BENCH_GRAPH_REFRESH=10
# (see bench/README.md). About 18-20 minutes on 2 cores with the defaults, most
# of it the catalog ingesting into SQLite; longer when the machine is busy.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/scripts/toolchain.sh"
ac_bootstrap
cd "$AC_ROOT"

if [[ ",${BENCH_DATABASES:-sqlite,postgres}," == *",postgres,"* ]]; then
  source "$AC_ROOT/scripts/lib/services.sh"
  ensure_postgres
fi

exec node bench/src/main.mjs
