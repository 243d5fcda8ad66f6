#!/bin/sh
# hostile.sh — hostile inputs through the command line, each beside a good
# article in the same batch: 0 bytes, a 1 GB file and a 1 GB line, NUL
# bytes, invalid and overlong UTF-8, UTF-16 with a BOM, Latin-1 HTML, HTML
# nested 100k deep, a 100k-token sentence, names holding " > \ newlines and
# control characters, a malformed dictionary, and the KGBUILD_* network
# limits against tests/httpd.py (127.0.0.1 only).  Each must give one line
# naming the input and the reason, the documented exit status, and the good
# article still written; every output is re-parsed by rapper.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -u
. "$(dirname "$0")/harness.sh"
for v in KGBUILD_CONNECT_TIMEOUT KGBUILD_TIMEOUT KGBUILD_MAX_BYTES KGBUILD_MAX_REDIRECTS \
         http_proxy HTTP_PROXY https_proxy HTTPS_PROXY all_proxy ALL_PROXY; do unset $v; done
GOOD="$S/tests/data/example-article.txt"
export KGBUILD_CACHE_DIR="$T/cache" # our own dictionary cache, apart from concurrent runs
HANG=120 # seconds: only a hang guard (the cases take about a second each)
GOODDOC=$("$K" extract -f ntriples "$GOOD" 2>/dev/null | grep -o 'id/doc-[0-9a-f]*' | head -n 1)
[ -n "$GOODDOC" ] || { echo "FAIL: the good article gives no document"; exit 1; }

# batch NAME RC PATTERN ARGS...: extract -f ntriples ARGS... GOOD; checks the
# exit status, exactly one stderr line matching PATTERN, the good article
# written and the output re-parsed.
batch() {
  name=$1; rc=$2; pat=$3; shift 3
  timeout $HANG "$K" extract -f ntriples "$@" "$GOOD" > "$T/o.nt" 2> "$T/e"
  got=$?
  check "$name: exit status $rc (got $got)" test "$got" -eq "$rc"
  check "$name: one line naming it ($pat)" test "$(grep -c -- "$pat" "$T/e")" -eq 1 ||
    sed 's/^/  stderr: /' "$T/e" >&2
  check "$name: the good article still written" grep -q "$GOODDOC" "$T/o.nt"
  check "$name: output re-parses" rapper -q -i ntriples -c "$T/o.nt"
}
# IRIs of an N-Triples stream with the literals taken out
iris() { sed -E 's/"([^"\\]|\\.)*"//g'; }
valid_utf8() { python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$1"; }

# --- 0 bytes: a file and standard input
: > "$T/empty.txt"
batch "0-byte file" 1 "empty.txt: error: empty input" "$T/empty.txt"
batch "0-byte stdin" 1 "^kgbuild: -: error: empty input" - < "$T/empty.txt"

# --- 1 GB: a (sparse) file is refused from its size before a byte is read;
# a 1 GB line on stdin stops at the 50 MB limit (memory stays bounded)
truncate -s 1G "$T/huge.txt"
batch "1 GB file" 1 "huge.txt: error: input larger than the limit of 52428800 bytes (1073741824 bytes" "$T/huge.txt"
rm -f "$T/huge.txt"
yes 'word ' | tr -d '\n' | head -c 1073741824 |
  timeout $HANG "$K" extract -f ntriples - "$GOOD" > "$T/o.nt" 2> "$T/e"
check "1 GB line on stdin: exit 1" test $? -eq 1
check "1 GB line on stdin: named with the limit" grep -q "^kgbuild: -: error: input larger than the limit of 52428800 bytes" "$T/e"
check "1 GB line on stdin: the good article written" grep -q "$GOODDOC" "$T/o.nt"
# --jsonl: a line over the limit is skipped (read to its end, not kept)
python3 - "$GOOD" > "$T/a.json" <<'PY'
import json, sys
print(json.dumps({"id": "https://example.org/a", "text": open(sys.argv[1], encoding="utf-8").read()}))
PY
{ cat "$T/a.json"; yes x | tr -d '\n' | head -c 67108864; echo
  printf '{"id": "https://example.org/b", "text": "North Korea fired a missile on Monday."}\n'; } |
  KGBUILD_MAX_BYTES=1M timeout $HANG "$K" extract -f nquads --jsonl - > "$T/j.nq" 2> "$T/e"
check "64 MB JSON line: exit 1" test $? -eq 1
check "64 MB JSON line: named by line" grep -q -- "^kgbuild: -:2: error: line longer than the limit of 1048576 bytes" "$T/e"
check "64 MB JSON line: the documents around it written" \
  test "$(grep -c -e '<https://example.org/a>' -e '<https://example.org/b>' "$T/j.nq")" -eq 2
check "64 MB JSON line: output re-parses" rapper -q -i nquads -c "$T/j.nq"

# the same with -j 2 worker processes: both named, the good article written
truncate -s 1G "$T/huge.txt"; : > "$T/empty2.txt"
timeout $HANG "$K" extract -j 2 -f ntriples "$T/huge.txt" "$T/empty2.txt" "$GOOD" > "$T/o.nt" 2> "$T/e"
check "-j 2: exit 1" test $? -eq 1
check "-j 2: the 1 GB file named" grep -q "huge.txt: error: input larger than the limit" "$T/e"
check "-j 2: the empty file named" grep -q "empty2.txt: error: empty input" "$T/e"
check "-j 2: the good article written" grep -q "$GOODDOC" "$T/o.nt"
# two workers failing at once: each message is one whole line (they had
# interleaved character by character, now and then)
whole=0
for r in 1 2 3 4 5 6 7 8 9 10; do
  "$K" extract -j 2 -f ntriples "$T/huge.txt" "$T/empty2.txt" > /dev/null 2> "$T/e"
  grep -q "huge.txt: error: input larger than the limit" "$T/e" &&
    grep -q "empty2.txt: error: empty input" "$T/e" && whole=$((whole+1))
done
check "-j 2: two workers' messages whole lines in 10 runs of 10" test "$whole" -eq 10
rm -f "$T/huge.txt"

# --inputs-from: a 1 MB line is skipped and named, the other names read
{ yes x | tr -d '\n' | head -c 1048576; echo; echo "$GOOD"; } > "$T/list"
timeout $HANG "$K" extract -f ntriples --inputs-from "$T/list" > "$T/o.nt" 2> "$T/e"
check "1 MB --inputs-from line: exit 1" test $? -eq 1
check "1 MB --inputs-from line: named by line" grep -q "list:1: error: line longer than 65536 bytes, skipped" "$T/e"
check "1 MB --inputs-from line: the next name read" grep -q "$GOODDOC" "$T/o.nt"

# --- NUL bytes: in the first 4 KB the input is binary; later ones are replaced
printf 'North Korea fired\000 a missile on Monday.\n' > "$T/nul-early.txt"
batch "NUL early" 1 "nul-early.txt: error: binary input (not text)" "$T/nul-early.txt"
{ head -c 5000 /dev/zero | tr '\0' ' '; printf 'North Korea fired\000 a missile on Monday.\n'; } > "$T/nul-late.txt"
batch "NUL late" 0 "nul-late.txt: warning: 1 invalid UTF-8 sequence(s) replaced with U+FFFD" "$T/nul-late.txt"
check "NUL late: the document written" test "$(grep -c 'ontology#Document' "$T/o.nt")" -eq 2
check "NUL late: no NUL byte in the output" sh -c "tr -d '\\000' < '$T/o.nt' | cmp -s - '$T/o.nt'"

# --- invalid and overlong UTF-8: C0 AF and E0 80 AF (overlong "/"), ED A0 80
# (a surrogate), F4 90 80 80 (over U+10FFFF), F8 88 80 80 80, a lone 80, FE FF
printf 'Japan \300\257 condemned \340\200\257 North Korea \355\240\200 on \364\220\200\200 Monday \370\210\200\200\200 in \200 Tokyo \376\377.\n' > "$T/bad-utf8.txt"
batch "invalid UTF-8" 0 "bad-utf8.txt: warning: .* invalid UTF-8 sequence(s) replaced with U+FFFD" "$T/bad-utf8.txt"
check "invalid UTF-8: the output is valid UTF-8" valid_utf8 "$T/o.nt"
check "invalid UTF-8: the text kept around the bad bytes" grep -q 'Tokyo' "$T/o.nt"

# --- UTF-16 with a BOM, little and big endian, with and without .txt: converted
for e in LE BE; do
  if [ $e = LE ]; then printf '\377\376'; else printf '\376\377'; fi > "$T/u16$e"
  printf 'North Korea fired a missile on Monday. Japan condemned the launch.\n' | iconv -f UTF-8 -t UTF-16$e >> "$T/u16$e"
  cp "$T/u16$e" "$T/u16$e.txt"
  for f in "$T/u16$e" "$T/u16$e.txt"; do
    timeout $HANG "$K" extract -f ntriples "$f" "$GOOD" > "$T/o.nt" 2> "$T/e"
    check "UTF-16$e ${f##*.}: exit 0" test $? -eq 0
    check "UTF-16$e ${f##*.}: no message" test ! -s "$T/e"
    check "UTF-16$e ${f##*.}: decoded" grep -q '"North Korea fired a missile on Monday."' "$T/o.nt"
  done
done

# UTF-16 without a BOM: refused, with a hint
printf 'North Korea fired a missile on Monday.\n' | iconv -f UTF-8 -t UTF-16LE > "$T/u16nobom.txt"
batch "UTF-16 without a BOM" 1 "u16nobom.txt: error: binary input (not text; UTF-16 without a byte-order mark?" "$T/u16nobom.txt"

# --- Latin-1 HTML with a charset meta, beside a good one
printf '<html><head><meta charset="iso-8859-1"><title>Fran\347ois in Z\374rich</title></head><body><p>President Fran\347ois Hollande of France met Angela Merkel in Z\374rich on Monday.</p></body></html>\n' > "$T/latin1.html"
timeout $HANG "$K" extract -f ntriples "$T/latin1.html" "$GOOD" > "$T/o.nt" 2> "$T/e"
check "Latin-1 HTML: exit 0" test $? -eq 0
check "Latin-1 HTML: no message" test ! -s "$T/e"
check "Latin-1 HTML: title in UTF-8" grep -q "\"Fran$(printf '\303\247')ois in Z$(printf '\303\274')rich\"" "$T/o.nt"
check "Latin-1 HTML: no U+FFFD" test "$(grep -c "$(printf '\357\277\275')" "$T/o.nt")" -eq 0

# --- HTML nested 100k deep: the text before the limit kept, a warning
python3 -c 'import sys; n = 100000; sys.stdout.write("<html><body><p>North Korea fired a missile on Monday.</p>" + "<div>" * n + "deep" + "</div>" * n + "</body></html>\n")' > "$T/deep.html"
batch "HTML 100k deep" 0 "deep.html: warning: HTML nested too deeply" "$T/deep.html"
check "HTML 100k deep: the text before kept" grep -q '"North Korea fired a missile on Monday."' "$T/o.nt"

# --- a 100k-token sentence: cut into pieces of at most 1000 tokens (linear)
python3 -c '
import random, sys
random.seed(7)
w = "the minister met North Korea in Seoul and said that Japan of a talks on Monday".split()
sys.stdout.write(" ".join(random.choice(w) for _ in range(100000)) + ".\n")' > "$T/long.txt"
timeout $HANG "$K" annotate "$T/long.txt" > "$T/long.conllu" 2> "$T/e"
check "100k-token sentence: annotate exits 0" test $? -eq 0
check "100k-token sentence: all tokens kept" test "$(grep -c '^[0-9]' "$T/long.conllu")" -eq 100001
check "100k-token sentence: sentences of at most 1000 tokens" \
  test "$(awk -F'\t' '/^[0-9]/ && $1 > m { m = $1 } END { print m + 0 }' "$T/long.conllu")" -le 1000
timeout $HANG "$K" extract -f ntriples "$T/long.txt" "$GOOD" > "$T/o.nt" 2> "$T/e"
check "100k-token sentence: extract exits 0" test $? -eq 0
check "100k-token sentence: no message" test ! -s "$T/e"
check "100k-token sentence: both documents written" test "$(grep -c 'ontology#Document' "$T/o.nt")" -eq 2
check "100k-token sentence: output re-parses" rapper -q -i ntriples -c "$T/o.nt"
# a 400k-token run of one hyphenated word (the e-mail scan was quadratic here)
python3 -c 'import sys; sys.stdout.write("-".join(["ab"] * 200000) + "\n")' > "$T/hyphens.txt"
timeout $HANG "$K" extract -f ntriples "$T/hyphens.txt" "$GOOD" > "$T/o.nt" 2> "$T/e"
check "hyphen run: finishes, exit 0" test $? -eq 0
check "hyphen run: the good article written" grep -q "$GOODDOC" "$T/o.nt"

# --- names with " > \ newlines and control characters: file names, JSON
# ids and titles, HTML titles, dictionary labels.  Output valid in every
# syntax, and no extra triple (same count as with clean names).
D=$(printf 'dir "x>y\\z\001\nnl')
mkdir -p "$T/$D"
printf 'North Korea fired a missile on Monday. Japan condemned the launch.\n' > "$T/$D/a\"b>c\\d$(printf '\037\nx').txt"
for f in ntriples:ntriples nquads:nquads turtle:turtle rdfxml:rdfxml json:json; do
  fmt=${f%%:*}; p=${f#*:}
  timeout $HANG "$K" extract -q -f "$fmt" "$T/$D" > "$T/n.$fmt" 2> "$T/e"
  check "odd file name, $fmt: exit 0" test $? -eq 0
  check "odd file name, $fmt: re-parses" rapper -q -i "$p" -c "$T/n.$fmt"
done
python3 - > "$T/evil.jsonl" <<'PY'
import json
text = "North Korea fired a missile on Monday. Japan condemned the launch."
inj = "> <http://evil.example/p> <http://evil.example/o"
print(json.dumps({"id": "http://example.org/a" + inj, "text": text,
                  "title": 'T" . <http://evil.example/s> <http://evil.example/p> "o" .\n\\\u0001\u007f',
                  "date": "2023-01-01\"^^<http://evil.example/t>"}))
print(json.dumps({"id": "b\"c\\d\ne\u0001f> <http://evil.example/q", "text": text + " Again."}))
PY
python3 - > "$T/clean.jsonl" <<'PY'
import json
text = "North Korea fired a missile on Monday. Japan condemned the launch."
print(json.dumps({"id": "http://example.org/a", "text": text, "title": "T", "date": "2023-01-01"}))
print(json.dumps({"id": "b", "text": text + " Again."}))
PY
for f in nquads:nquads ntriples:ntriples turtle:turtle rdfxml:rdfxml json:json; do
  fmt=${f%%:*}; p=${f#*:}
  "$K" extract -q -f "$fmt" --jsonl "$T/evil.jsonl" > "$T/ev.$fmt" 2> "$T/e"
  check "injected names, $fmt: exit 0" test $? -eq 0
  check "injected names, $fmt: re-parses" rapper -q -i "$p" -c "$T/ev.$fmt"
  "$K" extract -q -f "$fmt" --jsonl "$T/clean.jsonl" > "$T/cl.$fmt" 2>/dev/null
  ne=$(rapper -q -i "$p" -o ntriples "$T/ev.$fmt" 2>/dev/null | wc -l)
  nc=$(rapper -q -i "$p" -o ntriples "$T/cl.$fmt" 2>/dev/null | wc -l)
  check "injected names, $fmt: no extra triple ($ne vs $nc)" test "$ne" -eq "$nc" -a "$ne" -gt 0
  check "injected names, $fmt: no injected IRI" \
    test "$(rapper -q -i "$p" -o ntriples "$T/ev.$fmt" 2>/dev/null | iris | grep -c '<http://evil')" -eq 0
done
printf '<html><head><title>T&quot; . &lt;http://evil.example/s&gt; &lt;http://evil.example/p&gt; &quot;o&quot; .&#10;\\&#1;&#127;</title></head><body><p>President Jo&quot;e&gt; Bi\\den of the United States met Kim &quot;Rocket&gt;&quot; Jong Un in Seoul on Monday.</p></body></html>\n' > "$T/evil.html"
for f in ntriples:ntriples turtle:turtle rdfxml:rdfxml; do
  fmt=${f%%:*}; p=${f#*:}
  "$K" extract -q -f "$fmt" "$T/evil.html" > "$T/eh.$fmt" 2>/dev/null
  check "HTML with injected title, $fmt: re-parses" rapper -q -i "$p" -c "$T/eh.$fmt"
  check "HTML with injected title, $fmt: no injected IRI" \
    test "$(rapper -q -i "$p" -o ntriples "$T/eh.$fmt" 2>/dev/null | iris | grep -c '<http://evil')" -eq 0
done
cat > "$T/odd.ttl" <<'TTL'
@prefix kgo: <https://w3id.org/kgbuild/ontology#> .
@prefix kgd: <https://w3id.org/kgbuild/dict#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kgbuild/id/acme%3E%20x> a kgo:Organization ;
  rdfs:label "Acme \"Evil\"> Group\\\n\u0001 <http://evil.example/x>" ; kgd:alias "Acmex" .
TTL
printf 'Acmex condemned North Korea on Monday.\n' > "$T/acme.txt"
for f in ntriples:ntriples turtle:turtle rdfxml:rdfxml json:json; do
  fmt=${f%%:*}; p=${f#*:}
  "$K" extract -q -f "$fmt" --dictionary "$T/odd.ttl" "$T/acme.txt" > "$T/dl.$fmt" 2>/dev/null
  check "dictionary label with \" > \\ newline, $fmt: re-parses" rapper -q -i "$p" -c "$T/dl.$fmt"
  check "dictionary label, $fmt: the actor is there" grep -q 'Acme' "$T/dl.$fmt"
done

# a message naming a hostile file name stays one line, without raw control bytes
NAME=$(printf 'bad\nname\033[2Jx')
: > "$T/$NAME.txt"
"$K" extract -f ntriples "$T/$NAME.txt" "$GOOD" > "$T/o.nt" 2> "$T/e"
check "file name with a newline and ESC: exit 1" test $? -eq 1
check "file name with a newline and ESC: one line" test "$(wc -l < "$T/e")" -eq 1
check "file name with a newline and ESC: escaped" grep -q 'bad\\nname\\x1B\[2Jx.txt: error: empty input' "$T/e"

# --- a malformed dictionary: named with file and line; the run stops (exit 1)
printf '@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b "unterminated .\n' > "$T/broken.ttl"
"$K" extract --dictionary "$T/broken.ttl" "$GOOD" > "$T/o.nt" 2> "$T/e"
check "malformed dictionary: exit 1" test $? -eq 1
check "malformed dictionary: file and line named" grep -q "broken.ttl:3: error: " "$T/e"
check "malformed dictionary: nothing written" test ! -s "$T/o.nt"

# --- network limits from the environment, against tests/httpd.py
serve "$T/server.out" '^ready' 10 python3 "$S/tests/httpd.py"
PORT=$(awk '/^ready/ { print $2 }' "$T/server.out"); STALL=$(awk '/^ready/ { print $3 }' "$T/server.out")
if [ -z "$PORT" ]; then
  bad "cannot start tests/httpd.py"
else
  U="http://127.0.0.1:$PORT"
  KGBUILD_TIMEOUT=1 batch "KGBUILD_TIMEOUT=1, a stalled server" 1 "$U/stall: error: timed out" "$U/stall"
  KGBUILD_CONNECT_TIMEOUT=1 KGBUILD_TIMEOUT=60 batch "KGBUILD_CONNECT_TIMEOUT=1" 1 \
    "127.0.0.1:$STALL/: error: timed out" "http://127.0.0.1:$STALL/"
  check "KGBUILD_CONNECT_TIMEOUT=1: the connect limit, not the total" grep -q "Connection timed out\|Failed to connect\|Connection timeout" "$T/e"
  KGBUILD_MAX_REDIRECTS=1 batch "KGBUILD_MAX_REDIRECTS=1" 1 "$U/chain/2: error: too many redirects (more than 1)" "$U/chain/2" "$U/chain/1"
  check "KGBUILD_MAX_REDIRECTS=1: one redirect still followed" test "$(grep -c 'ontology#Document' "$T/o.nt")" -eq 2
  KGBUILD_MAX_BYTES=2M batch "KGBUILD_MAX_BYTES=2M, a gzip bomb" 1 \
    "$U/bomb: error: response larger than the limit of 2097152 bytes after decompression" "$U/bomb"
  batch "HTTP 404" 1 "$U/404: error: HTTP 404" "$U/404"
  batch "redirect to file://" 1 "$U/to-file: error: refused" "$U/to-file"
  batch "connection reset" 1 "$U/reset: error: cannot fetch" "$U/reset"
  KGBUILD_TIMEOUT=never "$K" extract "$GOOD" > /dev/null 2> "$T/e"
  check "a malformed KGBUILD_TIMEOUT: usage error (2)" test $? -eq 2
  check "a malformed KGBUILD_TIMEOUT: named" grep -q "KGBUILD_TIMEOUT: error: .*'never'" "$T/e"
fi

echo "hostile: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
