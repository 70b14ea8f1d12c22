#!/usr/bin/env bash
# `make dev`: the app (trunk serve) and, next to it, the live room's sync server; stopping one stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/room_server.sh &
room=$!
trap 'kill "$room" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
trunk serve --release
