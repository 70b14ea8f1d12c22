#!/usr/bin/env bash
# The live room's sync server: the server y-websocket ships (server/package.json pins it), unmodified, on
# loopback, keeping every room in .room-data/ (LevelDB). ROOM_HOST, ROOM_PORT and ROOM_DATA change the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
export HOST="${ROOM_HOST:-127.0.0.1}" PORT="${ROOM_PORT:-1234}" YPERSISTENCE="${ROOM_DATA:-$PWD/.room-data}"
mkdir -p "$YPERSISTENCE"
exec node server/node_modules/y-websocket/bin/server.js
