# harness.sh — sourced (not run) by tests/push.sh and tests/hostile.sh:
# the build and source directories, a scratch directory $T removed on exit
# together with the local server serve() started, the pass/fail counters and
# check, the python3 skip, and starting a local python3 server and waiting
# until it is ready.
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
K="$B/kgbuild"
T=$(mktemp -d)
SRV_PID=""
cleanup() { [ -n "$SRV_PID" ] && kill "$SRV_PID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT INT TERM
pass=0; fail=0
ok()   { pass=$((pass+1)); }
bad()  { fail=$((fail+1)); echo "FAIL: $*" >&2; }
# check DESCRIPTION COMMAND...: counts; returns 1 on a failure (for "|| ...")
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; return 1; fi }
command -v python3 > /dev/null || { echo "SKIP: python3 is not installed"; exit 77; }

# serve FILE PATTERN SECONDS COMMAND...: starts COMMAND in the background
# (its standard output to $T/server.out, its pid in SRV_PID) and waits up to
# SECONDS for a line matching PATTERN in FILE; returns 1 if none came.
serve() {
  sf=$1; sp=$2; ss=$3; shift 3
  rm -f "$sf"
  "$@" > "$T/server.out" &
  SRV_PID=$!
  si=0
  while ! grep -q -- "$sp" "$sf" 2>/dev/null && [ $si -lt $((ss * 10)) ]; do sleep 0.1; si=$((si+1)); done
  grep -q -- "$sp" "$sf" 2>/dev/null
}
# stops the server serve() started
stop_server() {
  if [ -n "$SRV_PID" ]; then kill "$SRV_PID" 2>/dev/null; wait "$SRV_PID" 2>/dev/null; fi
  SRV_PID=""
}
