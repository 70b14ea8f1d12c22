#!/usr/bin/env bash
# `make dev`: the app (trunk serve) and, next to it, the live room's sync server; stopping one stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/room_server.sh &
room=$!
trap 'kill "$room" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
QUERWERK_SYNC_URL="${QUERWERK_SYNC_URL:-ws://127.0.0.1:${ROOM_PORT:-1234}}" trunk serve --release
