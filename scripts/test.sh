#!/usr/bin/env bash
# Every test of Querwerk, in order of speed: format, lints, native, the room's sync server, browser (wasm-bindgen-test in headless
# Chromium), end-to-end (Playwright against the release build). Ends with one "N passed, N failed" line that
# sums all levels. Called by `make test` (which runs scripts/setup.sh first).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
logs=$(mktemp -d)
passed=0
failed=0

step() { printf '\n==> %s\n' "$*"; }
count() { # sums "N passed" / "N failed" from a log (cargo, wasm-bindgen-test-runner and Playwright formats)
  local p f
  p=$(grep -oE '([0-9]+) passed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -oE '([0-9]+) failed' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}
run() { # run NAME CMD...: fails the whole run at the first red step
  local name=$1; shift
  step "$name"
  if ! "$@" 2>&1 | tee "$logs/$name.log"; then
    count "$logs/$name.log"
    printf '\n%s failed.\n%d passed, %d failed\n' "$name" "$passed" "$((failed > 0 ? failed : 1))"
    exit 1
  fi
  count "$logs/$name.log"
}

run fmt cargo fmt --all -- --check
run clippy-native cargo clippy --all-targets --locked -- -D warnings
run clippy-wasm cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run native cargo test --locked
run room-server node server/check.mjs
run browser cargo test --locked --target wasm32-unknown-unknown --test 'web_*'
# The end-to-end tests start their own sync server on this port (playwright.config.js) for the live room.
export QUERWERK_SYNC_URL=ws://127.0.0.1:4190
run build trunk build --release
run build-sub-path trunk build --release --public-url /querwerk/ --dist dist-sub
run e2e bash -c 'cd tests/e2e && npx playwright test'

printf '\nAll levels green.\n%d passed, %d failed\n' "$passed" "$failed"
