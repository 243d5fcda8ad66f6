#!/bin/sh
# demo.sh — the README's first command: installs what is missing, builds,
# and runs the main job on the project's own example article, writing the
# graph into output/ (Turtle, DOT and SVG) and printing a short summary.
set -e
cd "$(dirname "$0")/.."
sh tools/setup.sh
root=$(pwd)
cd tests/data
"$root/build/kgbuild" extract --summary -o "$root/output/example.ttl" example-article.txt
"$root/build/kgbuild" extract -q -f dot -o "$root/output/example.dot" example-article.txt
# the picture: Graphviz through kgbuild's own -f svg (actors and events), else the raw DOT
"$root/build/kgbuild" extract -q -f svg -o "$root/output/example.svg" example-article.txt 2>/dev/null ||
  { command -v dot > /dev/null && dot -Tsvg -o "$root/output/example.svg" "$root/output/example.dot"; }
echo "graph written to output/example.ttl (picture: output/example.svg)"
