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
  mkdir -p target
  if ! cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" > "target/fuzz-$target.log" 2>&1; then
    tail -n 30 "target/fuzz-$target.log"
    echo "fuzz $target found a crash; the input is in fuzz/artifacts/$target/"
    exit 1
  fi
  grep -E '^Done [0-9]+ runs' "target/fuzz-$target.log"
done
