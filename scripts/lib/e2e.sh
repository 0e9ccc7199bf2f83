#!/usr/bin/env bash
# The browser test: brings up the portal exactly as scripts/start does, but
# on ports 3100/7107 with a fresh database (so it neither collides with nor
# touches a portal you are running), drives it with Playwright and Debian's
# Chromium, and stops it again.
# usage: e2e.sh REPORT_JSON     (called by scripts/test, toolchain on PATH)
set -uo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/toolchain.sh"
source "$AC_ROOT/scripts/lib/services.sh"
report="$1"

ac_ensure_node && ac_ensure_yarn || exit 1

ensure_chromium || exit 1

state="$AC_ROOT/node_modules/.cache/agent-context-e2e"
rm -rf "$state" && mkdir -p "$state/data"
log="$state/portal.log"

cd "$AC_ROOT"
# Its own session, so that the whole tree (dev server, backend) stops with it.
setsid yarn start \
  --config "$AC_ROOT/app-config.yaml" \
  --config "$AC_ROOT/packages/app/e2e-tests/app-config.e2e.yaml" \
  >"$log" 2>&1 &
portal=$!
trap 'kill -TERM -- "-$portal" 2>/dev/null; wait "$portal" 2>/dev/null' EXIT

wait_for() {
  local url="$1" deadline=$((SECONDS + 300))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "$portal" 2>/dev/null; then
      ac_log "the portal stopped before $url answered; its log:"; tail -50 "$log" >&2; return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      ac_log "$url did not answer in 300 s; the portal's log:"; tail -50 "$log" >&2; return 1
    fi
    sleep 2
  done
}

ac_log "waiting for the portal (backend :7107, frontend :3100)"
wait_for "http://localhost:7107/.backstage/health/v1/readiness" || exit 1
wait_for "http://localhost:3100" || exit 1

AGENT_CONTEXT_E2E_REPORT="$report" \
  PLAYWRIGHT_BASE_URL="http://localhost:3100" \
  yarn playwright test
