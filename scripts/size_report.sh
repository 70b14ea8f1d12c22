#!/usr/bin/env bash
# Where the bytes go (issue 15): builds the full app, the start, pitch, live and participant bundles with
# function names kept (profile `names`: the release profile, not stripped), shrinks them as the release build
# does (wasm-bindgen, then wasm-opt -Oz, names kept) and prints the largest crates and functions of each
# (twiggy, pinned, installed on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if ! twiggy --version 2>/dev/null | grep -q '0.8.0'; then
  cargo install twiggy --version 0.8.0
fi
# With a live room, as `make bench` builds.
export QUERWERK_SYNC_URL="${QUERWERK_SYNC_URL:-ws://127.0.0.1:4191}"
cargo build --quiet --profile names --target wasm32-unknown-unknown --bins
out=target/size-report
mkdir -p "$out"
for bin in querwerk start pitch live phone; do
  # wasm-bindgen first, as the release build does: it drops its own describe functions (hundreds of KiB that
  # would otherwise show as nameless items); --keep-debug keeps the names.
  wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$out/$bin" "target/wasm32-unknown-unknown/names/$bin.wasm"
  wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue "$out/$bin/${bin}_bg.wasm" -o "$out/$bin.wasm"
  twiggy top -n 1000000 --format csv "$out/$bin.wasm" > "$out/$bin.csv"
  case $bin in
    querwerk) label="Full app (querwerk)" ;;
    start) label="Start bundle (start)" ;;
    pitch) label="Pitch bundle (pitch)" ;;
    live) label="Live bundle (live)" ;;
    *) label="Participant bundle (phone)" ;;
  esac
  node scripts/size_table.mjs "$out/$bin.csv" "$label" "${TOP:-20}"
done
