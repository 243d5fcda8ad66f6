#!/bin/sh
# setup.sh — everything a fresh Debian 12 machine needs, then the build.
#   tools/setup.sh            install packages (if missing), build
#   tools/setup.sh --deps     only install packages
#   tools/setup.sh --tests    also the packages the test suite needs, then build
#   tools/setup.sh --fuzz     also clang and libFuzzer (fuzz/README.md), then build
# Packages: the build (autotools, pkg-config, the -dev libraries), the tests
# (CUnit; rapper and roqet re-parse and query the output; Graphviz renders DOT).
set -e
cd "$(dirname "$0")/.."
PKGS="build-essential autoconf automake libtool pkg-config libraptor2-dev librdf0-dev librasqal3-dev \
libcurl4-gnutls-dev libcunit1-dev libxml2-dev libyajl-dev libgraphviz-dev graphviz"
PKGS="$PKGS libdb5.3-dev" # optional: a larger Berkeley DB cache for the store (src/store_cache.c)
# the test suite also needs these (tools/test.sh passes --tests)
TEST_PKGS="raptor2-utils rasqal-utils python3 libxml2-utils chromium virtuoso-opensource valgrind"
[ "${1:-}" = "--tests" ] && PKGS="$PKGS $TEST_PKGS"
# only the fuzzing build (configure --enable-fuzzing CC=clang) needs clang
[ "${1:-}" = "--fuzz" ] && PKGS="$PKGS clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
[ "${1:-}" = "--deps" ] && exit 0
[ -f configure ] || ./autogen.sh
mkdir -p build
cd build
[ -f Makefile ] || ../configure
make -j"$(nproc)"
