#!/usr/bin/env bash
# Fuzzes the URL-fragment parser and the embed-attribute reader for a bounded
# time each (FUZZ_SECONDS, default 60), with libFuzzer via cargo-fuzz on nightly.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${FUZZ_SECONDS:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
for target in fragment attributes; do
  echo "== fuzz $target for ${seconds}s"
  cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" 2>&1 | tee "target/fuzz-$target.log" | grep -E '^#[0-9]+ +DONE|^Done|ERROR|panicked' || true
  grep -q 'panicked\|ERROR: libFuzzer' "target/fuzz-$target.log" && { echo "fuzz $target found a crash"; exit 1; }
  grep -oE '^Done [0-9]+ runs in [0-9]+ second' "target/fuzz-$target.log" || true
done
