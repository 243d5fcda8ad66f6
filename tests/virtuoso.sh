#!/bin/sh
# virtuoso.sh — kgbuild push against a real Virtuoso (Debian's
# virtuoso-opensource), started here on 127.0.0.1 (two free ports)
# with its own ini and a temporary database, stopped at the end:
#   Graph Store Protocol PUT with digest auth (dba/dba) at
#   /sparql-graph-crud-auth, SPARQL Update at /sparql-auth, checked through
#   queries at /sparql; then the server is killed and restarted in the
#   middle of a batch: afterwards every graph is there once, with the local
#   triple count.  Skipped (exit 77) with a message when Virtuoso is not
#   installed or can't start.
set -u
B=${KG_BUILDDIR:-$(pwd)}
S=${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
K="$B/kgbuild"
VT=$(command -v virtuoso-t || true)
[ -n "$VT" ] || { echo "SKIP: virtuoso-t not found (apt-get install virtuoso-opensource)"; exit 77; }
T=$(mktemp -d)
VPID=""; PUSHPID=""
cleanup() {
  [ -n "$PUSHPID" ] && kill "$PUSHPID" 2>/dev/null
  if [ -n "$VPID" ]; then kill "$VPID" 2>/dev/null; i=0
    while kill -0 "$VPID" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
    kill -9 "$VPID" 2>/dev/null; fi
  rm -rf "$T"
}
trap cleanup EXIT INT TERM
pass=0; fail=0
ok()   { pass=$((pass+1)); }
bad()  { fail=$((fail+1)); echo "FAIL: $*" >&2; }
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; fi }
unset KGBUILD_NETRC
export HOME="$T/home"; mkdir -p "$HOME"
# two free loopback ports (fixed ones collide with another run of this test)
set -- $(python3 -c 'import socket
ss=[socket.socket() for _ in range(2)]
for x in ss: x.bind(("127.0.0.1", 0))
print(" ".join(str(x.getsockname()[1]) for x in ss))')
SQLPORT=${1:-1111}; HTTP=127.0.0.1:${2:-8890}
GSP="http://$HTTP/sparql-graph-crud-auth"

if curl -s -o /dev/null "http://$HTTP/" 2>/dev/null; then
  echo "SKIP: something already listens on $HTTP"; exit 77
fi
mkdir -p "$T/db"
cat > "$T/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $T/db/virtuoso.db
ErrorLogFile = $T/db/virtuoso.log
LockFile = $T/db/virtuoso.lck
TransactionFile = $T/db/virtuoso.trx
xa_persistent_file = $T/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $T/db/virtuoso-temp.db
TransactionFile = $T/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$SQLPORT
DisableUnixSocket = 1
MaxClientConnections = 5
CheckpointInterval = 60
DirsAllowed = ., $T
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 1
AsyncQueueMaxThreads = 2
[HTTPServer]
ServerPort = $HTTP
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 5
ServerThreads = 5
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
EOF

vstart() { # starts Virtuoso, waits up to 90 s for /sparql
  rm -f "$T/db/virtuoso.lck"
  "$VT" +configfile "$T/virtuoso.ini" +foreground > "$T/vt.out" 2>&1 &
  VPID=$!
  i=0
  while [ $i -lt 900 ]; do
    kill -0 "$VPID" 2>/dev/null || return 1
    curl -s -o /dev/null -f "http://$HTTP/sparql?query=ASK%7B%7D" && return 0
    sleep 0.1; i=$((i+1))
  done
  return 1
}
vkill() { kill -9 "$VPID" 2>/dev/null; wait "$VPID" 2>/dev/null; VPID=""; }
sparql() { curl -s -H 'Accept: text/csv' --data-urlencode "query=$1" "http://$HTTP/sparql" | tail -n +2 | tr -d '"\r'; }
remote_counts() { # graph<TAB>count for our graphs
  sparql 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/kgbuild/id/doc-")) } GROUP BY ?g' | tr ',' '\t' | sort
}
local_counts() { "$K" store-stats --store "$1" --graphs | awk -F'\t' '$1 == "graph" { print $2 "\t" $3 }' | sort; }

if ! vstart; then
  echo "SKIP: Virtuoso did not start:"; tail -5 "$T/db/virtuoso.log" 2>/dev/null; exit 77
fi

# documents: the example article, and 40 short generated ones
mkdir -p "$T/in" "$T/in2"
cp "$S/tests/data/example-article.txt" "$T/in/a00.txt"
n=1
for a in "North Korea" "Japan" "Russia" "China" "Australia"; do
  for b in "South Korea" "United States" "Indonesia" "France" "India" "Germany" "Iran" "Brazil"; do
    [ "$a" = "$b" ] && continue
    printf '%s condemned %s on Monday, officials said.\n%s met leaders of %s in talks.\n' \
      "$a" "$b" "$b" "$a" > "$T/in2/d$(printf %02d $n).txt"
    n=$((n+1))
  done
done
"$K" extract -q --store "$T/s1" "$T/in" || bad "building store 1"
# KG_VT_STORE: push that store in the kill/restart part (bench/push-virtuoso.sh)
S2=${KG_VT_STORE:-$T/s2}
[ -n "${KG_VT_STORE:-}" ] || "$K" extract -q --store "$S2" "$T/in2" || bad "building store 2"
N2=$("$K" store-stats --store "$S2" | awk -F'\t' '$1 == "graphs" { print $2 }')
KILL_AT=$((N2 / 3)); [ "$KILL_AT" -ge 5 ] || KILL_AT=5

# --- GSP PUT with digest auth
KGBUILD_ENDPOINT_AUTH=dba:dba "$K" push -q --endpoint "$GSP" --store "$T/s1" --state "$T/st1" > /dev/null 2>"$T/e"
check "GSP push exits 0" test $? -eq 0
check "GSP: graph and count as local" test "$(remote_counts)" = "$(local_counts "$T/s1")"
check "GSP: credentials not printed" test -z "$(grep -i 'dba:dba' "$T/e")"
g=$("$K" store-stats --store "$T/s1" --graphs | awk -F'\t' '$1 == "graph" { print $2; exit }')
check "GSP: Japan in the pushed graph" test -n "$(sparql "SELECT ?a WHERE { GRAPH <$g> { ?a <http://www.w3.org/2000/01/rdf-schema#label> \"Japan\" } }")"
# wrong password: 401, reported
KGBUILD_ENDPOINT_AUTH=dba:wrong "$K" push -q --endpoint "$GSP" --store "$T/s1" --state "$T/stx" --retries 0 > /dev/null 2>"$T/e"
check "wrong password exits 1" test $? -eq 1
check "wrong password: 401 named" grep -q "HTTP 401" "$T/e"
# the same graph again by SPARQL Update: replaced, not doubled
KGBUILD_ENDPOINT_AUTH=dba:dba "$K" push -q --update --endpoint "http://$HTTP/sparql-auth" --store "$T/s1" --state "$T/st1u" > /dev/null 2>"$T/e"
check "Update push exits 0" test $? -eq 0
check "Update: counts unchanged (replaced)" test "$(remote_counts)" = "$(local_counts "$T/s1")"

# --- killed and restarted in the middle of a batch
start=$(date +%s)
KGBUILD_ENDPOINT_AUTH=dba:dba "$K" push --endpoint "$GSP" --store "$S2" --state "$T/st2" \
  --retries 8 --backoff-ms 500 --timeout 20 > /dev/null 2>"$T/e2" &
PUSHPID=$!
i=0; while [ "$(cat "$T/st2" 2>/dev/null | wc -l)" -lt "$KILL_AT" ] && [ $i -lt 6000 ]; do sleep 0.05; i=$((i+1)); done
sent_before=$(wc -l < "$T/st2")
vkill
check "killed mid-batch (not all sent yet)" test "$sent_before" -lt "$N2"
sleep 1
vstart || bad "Virtuoso restarted"
i=0; while kill -0 "$PUSHPID" 2>/dev/null && [ $i -lt 6000 ]; do sleep 0.1; i=$((i+1)); done
wait "$PUSHPID"; rc=$?; PUSHPID=""
[ -n "${KG_VT_STORE:-}" ] && echo "push of $N2 graphs with a kill at $sent_before and a restart: $(( $(date +%s) - start )) s"
check "push across the restart exits 0" test "$rc" -eq 0
check "push across the restart: retried" grep -q "sent after retries" "$T/e2"
expected=$( (local_counts "$T/s1"; local_counts "$S2") | sort)
check "after restart: every graph there once, counts as local" test "$(remote_counts)" = "$expected"
check "after restart: all graphs" test "$(remote_counts | wc -l)" -eq $((N2 + 1))
# --resume afterwards sends nothing
KGBUILD_ENDPOINT_AUTH=dba:dba "$K" push --endpoint "$GSP" --store "$S2" --state "$T/st2" --resume > /dev/null 2>"$T/e"
check "resume after the restart: nothing sent" grep -q "0 sent, $N2 unchanged" "$T/e"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
