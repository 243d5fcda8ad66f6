# valgrind-input.sh — the input and binary of bench/callgrind.sh and
# bench/cachegrind.sh (sourced, not run): the first N articles of
# bbc_news/politics in name order, their size in bytes, and the build's
# kgbuild.  Expects $me (the calling script's name) and the script's
# arguments; sets b, n, data, bin, files, bytes, or exits with a message.
b=${KG_BUILDDIR:-$(pwd)}
n=${1:-20}
data=${KG_DATA:-/work/shared/data}
bin="$b/.libs/kgbuild"
[ -x "$bin" ] || bin="$b/kgbuild"
[ -x "$bin" ] || { echo "$me: no kgbuild in $b (set KG_BUILDDIR)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "$me: valgrind not found" >&2; exit 2; }
files=$(ls "$data"/bbc_news/politics/*.txt | sort | head -n "$n")
[ -n "$files" ] || { echo "$me: no articles in $data/bbc_news/politics" >&2; exit 2; }
bytes=$(cat $files | wc -c)
