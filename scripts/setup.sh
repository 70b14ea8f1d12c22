#!/usr/bin/env bash
# Installs everything Querwerk needs on a fresh Debian machine. Idempotent: a second run takes seconds.
# Versions are explained in README.md (Toolchain); they are pinned because newer ones break here.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

log() { printf '[setup] %s\n' "$*"; }

rustup target add wasm32-unknown-unknown >/dev/null

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing chromium and chromium-driver (Debian)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "compiling trunk $TRUNK_VERSION (about 14 min on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock; --locked fails for it here.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "compiling wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 10 min on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm brings binaryen 132 (wasm-opt; Debian's 108 builds a wasm that crashes) and Playwright, which never
# downloads a browser here: it drives Debian's chromium.
if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  log "npm ci"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
# The live room's sync server (server/package.json): y-websocket's server with LevelDB, exact versions.
if [ ! -d server/node_modules/y-websocket ] || [ server/package-lock.json -nt server/node_modules/.package-lock.json ]; then
  log "npm ci (room server)"
  (cd server && npm ci --no-audit --no-fund)
fi
log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(tests/e2e/node_modules/.bin/wasm-opt --version)"
