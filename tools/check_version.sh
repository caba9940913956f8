#!/usr/bin/env bash
# Checks that a compiler says which patch series it is: 'clang++ --version'
# must name 'pinned-cxx series <digest>' with the digest tools/series_digest.py
# computes for clang-patches/ (build.sh's version_cmake_args puts it there
# through CLANG_VENDOR). A bug report that quotes --version then names the
# exact series.
#
# usage: tools/check_version.sh CLANGXX
#   CLANGXX  the compiler to ask (build.sh: $CACHE/prefix/bin/clang++)
# Prints one line per check and ends with 'N passed, N failed'.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ $# == 1 ]] || { sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
CXX=$1
[[ -x $CXX ]] || { echo "error: no compiler at $CXX; run ./build.sh first" >&2; exit 1; }

passed=0 failed=0
pass() { printf '    %-44s ok\n' "$1"; passed=$((passed + 1)); }
fail() { printf '    %-44s FAILED: %s\n' "$1" "$2"; failed=$((failed + 1)); }

want=$(python3 "$ROOT/tools/series_digest.py") || exit 1
line=$("$CXX" --version | head -1)
echo "==> $CXX --version: $line"
got=$(sed -nE 's/.*pinned-cxx series ([0-9a-f]+).*/\1/p' <<< "$line")
if [[ -z $got ]]; then
  fail "--version names a series" "no 'pinned-cxx series <digest>' (is version_cmake_args wired into configure()?)"
elif [[ $got != "$want" ]]; then
  fail "--version names clang-patches/'s series" "it names $got, clang-patches/ is $want (rebuild with ./build.sh)"
else
  pass "--version names clang-patches/'s series ($got)"
fi
# __VERSION__ carries the vendor too: code can record which series built it.
if "$CXX" -dM -E -x c++ /dev/null | grep -q "^#define __VERSION__ .*pinned-cxx series $want"; then
  pass "__VERSION__ names the series"
else
  fail "__VERSION__ names the series" "$("$CXX" -dM -E -x c++ /dev/null | grep '^#define __VERSION__ ')"
fi

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
