#!/usr/bin/env bash
# Runs every suite — native, in-browser (wasm-bindgen-test), release build,
# end-to-end (Playwright + Chromium), the journeys in Chromium, Firefox and
# WebKit (selenium-webdriver) — and ends with what failed, if anything (a
# line each), and one line totalling them.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
logs=target/test-logs
mkdir -p "$logs" && rm -f "$logs"/*.log  # this run's only
passed=0 failed=0 status=0 broken="" ran=""

# suite NAME COMMAND...: runs it, shows its output, adds its counts to the totals.
suite() {
  local name=$1; shift
  echo "== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local rc=${PIPESTATUS[0]}
  ran+=" $logs/$name.log"
  local p f
  read -r p f < <(awk '
    /^test result:/ { for (i = 2; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
    /^ℹ pass / { p += $3 }
    /^ℹ fail / { f += $3 }
    END { print p + 0, f + 0 }' "$logs/$name.log")
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi  # it failed before counting anything
  echo "== $name: $p passed, $f failed (exit $rc)"
  passed=$((passed + p)) failed=$((failed + f))
  [ "$rc" = 0 ] || { status=1; broken+=" $name"; }
}

suite native cargo test --quiet --no-fail-fast
suite wasm cargo test --no-fail-fast --target wasm32-unknown-unknown
suite build trunk build --release
if [ -f dist/index.html ] && [ "$status" = 0 ]; then
  # --test-force-exit: a failing test that leaves a server or browser open
  # ends its file all the same, reported, rather than holding CI until its timeout.
  suite e2e node --test --test-force-exit --test-concurrency=1 --test-reporter=spec tests/e2e/
  suite engines node --test --test-force-exit --test-concurrency=1 --test-reporter=spec tests/browsers/
else
  echo "== e2e, engines: skipped because an earlier suite failed"; failed=$((failed + 1)); status=1; broken+=" (e2e and engines skipped)"
fi
# What failed, where a log's tail (CI's) shows it: the suites, then a line per
# failing test: its name, where (Rust: the panic; Node: the test) and the first
# line of its message, with, for a failed assertion in Node, the first line of
# the values it compared (its `actual:` and `expected:`, which the message
# alone may only announce). A Rust test's is its first panic (a property test
# panics again at each shrinking step).
if [ "$failed" != 0 ]; then
  echo "Failed:$broken"
  awk '
    # One Node failure, once its values (if any) have been read.
    function node_failure() {
      if (name != "" && message != "") {
        if (actual != "") message = message " [" substr(actual, 1, 100) "; " substr(expected, 1, 100) "]"
        print "  " name " (" at "): " substr(message, 1, 400)
      }
      at = name = message = actual = expected = ""
    }
    function trimmed() { line = $0; sub(/^[[:space:]]+/, "", line); return line }
    FNR == 1 { node_failure(); test = ""; failing = 0 }
    /^---- .* (stdout|output) ----$/ { if (test != "") print "  " test; test = $0; sub(/^---- /, "", test); sub(/ [a-z]+ ----$/, "", test); loc = ""; next }
    /^failures:$/ { if (test != "") print "  " test; test = ""; next }
    test != "" && loc == "" && /panicked at .*:$/ { loc = $0; sub(/.*panicked at /, "", loc); sub(/:$/, "", loc); next }
    test != "" && loc != "" { print "  " test " (" loc "): " substr(trimmed(), 1, 240); test = ""; next }
    /^✖ failing tests:/ { failing = 1; next }
    failing && /^test at / { node_failure(); at = $0; sub(/^test at /, "", at); next }
    failing && at != "" && name == "" && /^✖ / { name = $0; sub(/^✖ /, "", name); sub(/ \([0-9.]+ms\)$/, "", name); next }
    failing && name != "" && message == "" && /[^[:space:]]/ { message = trimmed(); next }
    failing && message != "" && actual == "" && /^[[:space:]]+actual: / { actual = trimmed(); sub(/,$/, "", actual); next }
    failing && message != "" && expected == "" && /^[[:space:]]+expected: / { expected = trimmed(); sub(/,$/, "", expected); next }
    END { node_failure() }
  ' $ran
fi
echo "$passed passed, $failed failed"
exit $status
