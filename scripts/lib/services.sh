# shellcheck shell=bash
# The local services the tests need. PostgreSQL is required: storage tests
# run on it as well as on SQLite, and an unreachable one fails the run.

ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    return 0
  fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    ac_log "starting the local PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    sleep 2
    pg_isready -q -h 127.0.0.1 -p 5432 && return 0
  fi
  ac_log "PostgreSQL is not reachable on 127.0.0.1:5432; storage tests need it"
  return 1
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    ac_log "installing Debian's Chromium for the browser test"
    apt-get update -qq >/dev/null && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && return 0
  fi
  ac_log "Chromium is missing: install Debian's chromium package (apt-get install chromium)"
  return 1
}
