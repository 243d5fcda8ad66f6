#!/bin/sh
# check-style.sh — the mechanical part of HACKING.md's rules, checked on the
# sources (and, when given, on the built library's exported symbols).
#
#   tools/check-style.sh [SRCDIR] [LIBRARY.so]
#
# Prints one line per violation, FILE:LINE: rule, and exits 1 when there is
# any.  The rules it checks:
#   1. every src/*.c and src/*.h opens with a comment naming the file
#      ("/* name.c — what it owns ..."), as a module's owner comment;
#   2. no tabs and no trailing blanks in C sources (src/, tests/, fuzz/);
#   3. lines of at most 120 columns in src/ (a line that is only a piece of
#      a string literal, such as the viewer's embedded CSS, is exempt);
#   4. only main.c, cli_*.c and the training entry points (*_train.c) print
#      to the terminal or exit: no printf/puts/putchar/exit/abort, and no
#      fprintf/fputs to stdout or stderr, elsewhere in src/ (the writers'
#      fprintf to the output stream they were given is their job; messages
#      go through the log handler);
#   5. NLP modules never include Raptor/Redland/Rasqal headers (only the
#      graph, writer, store, dictionary-loading and CLI files may);
#   6. a module's .c stays under 1,200 lines (HACKING.md: about 1,000;
#      this is the hard stop);
#   7. with LIBRARY.so: every exported function or variable starts with kg_,
#      except db_create (src/store_cache.c interposes Berkeley DB's
#      constructor on purpose; see that file).
set -u
S=${1:-${KG_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}}
LIB=${2:-}
bad=0
say() { echo "$1"; bad=1; }

cd "$S" || { echo "check-style: $S: cannot enter the source directory"; exit 2; }

# 1. owner comment
for f in src/*.c src/*.h; do
  b=$(basename "$f")
  head -n 1 "$f" | grep -q "^/\* $b " || say "$f:1: does not open with a comment naming $b"
done

# 2. tabs and trailing blanks
for f in src/*.c src/*.h tests/*.c fuzz/*.c; do
  [ -f "$f" ] || continue
  grep -n "$(printf '\t')" "$f" | cut -d: -f1 | while read -r n; do echo "$f:$n: tab"; done
  grep -n ' $' "$f" | cut -d: -f1 | while read -r n; do echo "$f:$n: trailing blank"; done
done > /tmp/check-style.$$ 2>&1
if [ -s /tmp/check-style.$$ ]; then cat /tmp/check-style.$$; bad=1; fi
rm -f /tmp/check-style.$$

# 3. line length
awk 'length($0) > 120 && $0 !~ /^[ ]*"/ { printf "%s:%d: line of %d columns (at most 120)\n", FILENAME, FNR, length($0); bad = 1 }
     END { exit bad }' src/*.c src/*.h || bad=1

# 4. printing and exiting
for f in src/*.c; do
  case $(basename "$f") in main.c|cli_*.c|*_train.c) continue ;; esac
  grep -nE '(^|[^a-z_.>])((printf|puts|putchar|exit|_exit|abort)[ ]*\(|v?fprintf[ ]*\([ ]*(stdout|stderr)|fputs[ ]*\(.*,[ ]*(stdout|stderr)[ ]*\))' "$f" |
    grep -vE '^[0-9]+:[ ]*(\*|/\*|//)' | cut -d: -f1 |
    while read -r n; do echo "$f:$n: prints or exits outside main.c, cli_*.c and *_train.c"; done
done > /tmp/check-style.$$ 2>&1
if [ -s /tmp/check-style.$$ ]; then cat /tmp/check-style.$$; bad=1; fi
rm -f /tmp/check-style.$$

# 5. RDF libraries stay out of the NLP side
for f in src/*.c src/*.h; do
  case $(basename "$f") in
    graph.*|write*|store*|cli_*|main.c|dict.c|dict_cache.*|push.*|world.*) continue ;;
  esac
  grep -nE '#[ ]*include[ ]*<(raptor|raptor2|redland|librdf|rasqal)' "$f" | cut -d: -f1 |
    while read -r n; do echo "$f:$n: an NLP-side file includes an RDF library header"; done
done > /tmp/check-style.$$ 2>&1
if [ -s /tmp/check-style.$$ ]; then cat /tmp/check-style.$$; bad=1; fi
rm -f /tmp/check-style.$$

# 6. module size
for f in src/*.c; do
  n=$(wc -l < "$f")
  [ "$n" -lt 1200 ] || say "$f:$n: $n lines (split the module: HACKING.md asks for about 1,000)"
done

# 7. exported symbols
if [ -n "$LIB" ]; then
  if [ ! -f "$LIB" ]; then
    say "$LIB: no such library"
  else
    nm -D --defined-only "$LIB" | awk '$2 ~ /^[TDBRVW]$/ { print $3 }' |
      grep -v '^kg_' | grep -vx 'db_create' | grep -v '^_' |
      while read -r sym; do echo "$LIB: exported symbol without the kg_ prefix: $sym"; done \
      > /tmp/check-style.$$ 2>&1
    if [ -s /tmp/check-style.$$ ]; then cat /tmp/check-style.$$; bad=1; fi
    rm -f /tmp/check-style.$$
  fi
fi

[ "$bad" = 0 ] && echo "check-style: ok"
exit "$bad"
