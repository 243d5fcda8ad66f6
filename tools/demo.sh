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
if command -v dot > /dev/null; then dot -Tsvg -o "$root/output/example.svg" "$root/output/example.dot"; fi
echo "graph written to output/example.ttl (picture: output/example.svg)"
