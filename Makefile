# Querwerk: every target installs what is missing first (scripts/setup.sh), so each works on a fresh machine.
SHELL := /bin/bash
export PATH := $(CURDIR)/tests/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PUBLIC_URL ?= /
# The live room's sync server a build connects to (wss://… behind TLS); empty: no live room, the local app only.
SYNC_URL ?=

.PHONY: setup dev room-server build test test-native test-wasm test-e2e lint bench size-report clean

setup:
	@scripts/setup.sh

## Serve the release build on http://127.0.0.1:8080, with the live room's sync server on ws://127.0.0.1:1234
dev: setup
	@scripts/dev.sh

## Only the live room's sync server (y-websocket's, pinned in server/), on ws://127.0.0.1:1234, rooms in .room-data/
room-server: setup
	@scripts/room_server.sh

## Build the static site into dist/ (PUBLIC_URL=/sub/path/ for hosting below a sub-path, SYNC_URL=wss://… for live rooms)
build: setup
	QUERWERK_SYNC_URL=$(SYNC_URL) trunk build --release --public-url $(PUBLIC_URL)

## Every test: formatting, lints, native, browser (wasm-bindgen-test) and end-to-end (Playwright)
test: setup
	@scripts/test.sh

## Sizes and timings against a build with a live room on ws://127.0.0.1:4191 (the bench starts that server)
bench: setup
	QUERWERK_SYNC_URL=ws://127.0.0.1:4191 trunk build --release
	node tests/e2e/bench.mjs
	@scripts/size_report.sh

## Where the bytes go: the largest crates and functions of the full app and the start bundle (twiggy)
size-report: setup
	@scripts/size_report.sh

clean:
	cargo clean
	rm -rf dist
