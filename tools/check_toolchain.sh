#!/usr/bin/env bash
# Checks cmake/pinned-clang.cmake the way a user adopts it: an existing CMake
# project (tests/library-consumer, which does find_package(pin)) configured
# with one extra option, -DCMAKE_TOOLCHAIN_FILE=.../pinned-clang.cmake, must
# build and run with the prototype compiler, and its compile_commands.json
# must name that compiler. Three ways of finding it are checked: the default
# search (clang++-pinned on PATH, else the build cache's prefix), the
# PINNED_CLANG_ROOT hint, and a hint that points nowhere (a clear error).
#
# usage: tools/check_toolchain.sh PREFIX
#   PREFIX  the installed patched compiler (build.sh: $CACHE/prefix)
# Prints one line per check and ends with 'N passed, N failed'.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLCHAIN=$ROOT/cmake/pinned-clang.cmake
[[ $# == 1 ]] || { sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
PREFIX=$1
[[ -x $PREFIX/bin/clang++ ]] || { echo "error: no patched compiler at $PREFIX/bin/clang++; run ./build.sh first" >&2; exit 1; }

passed=0 failed=0
pass() { printf '    %-44s ok\n' "$1"; passed=$((passed + 1)); }
fail() { printf '    %-44s FAILED: %s\n' "$1" "$2"; failed=$((failed + 1)); }

WORK=$(mktemp -d /tmp/pinned-toolchain-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# The pin package, installed as a user would before building against it.
echo "==> installing the pin library to a scratch prefix"
if ! { cmake -S "$ROOT/library" -B "$WORK/pin-build" -DPIN_BUILD_TESTS=OFF &&
       cmake --install "$WORK/pin-build" --prefix "$WORK/pin" --component pin; } > "$WORK/pin.log" 2>&1; then
  echo "error: installing library/ failed: $(grep -m1 -i error "$WORK/pin.log")" >&2
  exit 1
fi

# Builds the consumer with the toolchain file and extra cmake arguments, and
# checks that compile_commands.json names EXPECTED (compared by real path,
# since the toolchain may find it through a symlink) and that the compiler it
# names is the prototype (defines __cpp_pinned).
consumer() {
  local what=$1 expected=$2; shift 2
  local b=$WORK/consumer-${what// /-}
  if ! nice -n 19 cmake -S "$ROOT/tests/library-consumer" -B "$b" -G Ninja \
         -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_PREFIX_PATH="$WORK/pin" "$@" > "$b.log" 2>&1 ||
     ! nice -n 19 cmake --build "$b" -j1 >> "$b.log" 2>&1 ||
     ! "$b/pin_consumer" >> "$b.log" 2>&1; then
    fail "$what" "$(grep -m1 -iE 'error' "$b.log")"
    return
  fi
  local named
  named=$(python3 -c '
import json, shlex, sys
e = json.load(open(sys.argv[1]))[0]
print((e.get("arguments") or shlex.split(e["command"]))[0])' "$b/compile_commands.json" 2> /dev/null)
  if [[ -z $named ]]; then
    fail "$what" "no compile_commands.json"
  elif [[ $(readlink -f "$named") != "$(readlink -f "$expected")" ]]; then
    fail "$what" "compile_commands.json names $named, not $expected"
  elif ! "$named" -std=c++23 -dM -E -x c++ /dev/null | grep -q '^#define __cpp_pinned '; then
    fail "$what" "$named is not the prototype (no __cpp_pinned)"
  else
    pass "$what ($named)"
  fi
}

echo "==> tests/library-consumer with -DCMAKE_TOOLCHAIN_FILE=cmake/pinned-clang.cmake"
# Without a hint the toolchain takes clang++-pinned from PATH (the package),
# else the build cache's prefix: expect whichever of the two is there.
default=$(command -v clang++-pinned || echo "$PREFIX/bin/clang++")
consumer "default search" "$default"
consumer "PINNED_CLANG_ROOT hint" "$PREFIX/bin/clang++" -DPINNED_CLANG_ROOT="$PREFIX"
PINNED_CLANG_ROOT=$PREFIX consumer "PINNED_CLANG_ROOT environment" "$PREFIX/bin/clang++"

# A hint to a prefix without the compiler must stop the configuration with a
# message that says what to do, not fall back to some other compiler.
bad=$WORK/consumer-bad
if cmake -S "$ROOT/tests/library-consumer" -B "$bad" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
     -DPINNED_CLANG_ROOT="$WORK/nowhere" > "$bad.log" 2>&1; then
  fail "a wrong hint is an error" "cmake configured with $(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$bad/CMakeCache.txt")"
elif grep -q "the prototype compiler was not found" "$bad.log"; then
  pass "a wrong hint is an error"
else
  fail "a wrong hint is an error" "cmake failed without the toolchain's message: $(grep -m1 -i error "$bad.log")"
fi

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
