# Two commands: `make serve` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
# Where the built files will be served from, e.g. https://cdn.example.org/stancemap/
PUBLIC_URL ?= /

.PHONY: serve test dist setup fuzz bench

serve:
	scripts/setup.sh serve
	@echo "Stancemap: open http://127.0.0.1:8080/ once Trunk says it is serving."
	trunk serve

test:
	scripts/setup.sh test
	scripts/test.sh

dist:
	scripts/setup.sh serve
	trunk build --release --public-url "$(PUBLIC_URL)"

setup:
	scripts/setup.sh test

# Fuzzes the fragment parser and embed attributes (FUZZ_SECONDS each, default 60).
fuzz:
	scripts/fuzz.sh

# Builds the release and measures it (see tests/bench/bench.mjs); writes target/bench/report.{json,md}.
# Installs lighthouse (npm, tests/bench/) and twiggy (crates.io) if missing.
bench:
	scripts/setup.sh test
	[ -x tests/bench/node_modules/.bin/lighthouse ] || npm ci --prefix tests/bench --no-audit --no-fund --loglevel=error
	command -v twiggy >/dev/null || cargo install twiggy --locked
	trunk build --release
	node tests/bench/bench.mjs
