#!/usr/bin/env bash
# Installs the pinned-clang package into a scratch root (dpkg --root, so the
# package database there is the one a real 'dpkg -i' writes) and checks that it
# works without the build cache: the compiler's dependencies, its resource
# directory and run paths, the examples compiled with the installed
# clang++-pinned against the installed pin headers, pinned misuse rejected
# with the prototype's diagnostics, and a CMake project built with the
# packaged toolchain file and find_package(pin).
#
# usage: tools/check_deb.sh DEB
# Environment: PINNED_CXX_CACHE etc. only to know which paths must NOT appear.
# Prints one line per check and ends with 'N passed, N failed'; the exit
# status is non-zero when a check failed.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LLVM_MAJOR=19
PKG=pinned-clang
[[ $# == 1 && -f $1 ]] || { sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
DEB=$(readlink -f "$1")
# The build cache: the installed package must never refer to it.
CACHE=${PINNED_CXX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pinned-cxx}
CACHE_REAL=$(readlink -f "$CACHE" 2> /dev/null || echo "$CACHE")

# The strongest evidence that the package does not need the cache is to run
# it where the cache does not exist: the script runs itself again in a
# private mount namespace with an empty tmpfs over the cache (invisible to
# every other process), the package copied out of the cache first.
if [[ -z ${PINNED_CHECK_HIDDEN:-} && -d $CACHE_REAL ]] && unshare -m true 2> /dev/null; then
  copy=$(mktemp -d /tmp/pinned-clang-deb.XXXXXX)
  cp "$DEB" "$copy/"
  # shellcheck disable=SC2016  # $1 and $@ belong to the inner bash
  PINNED_CHECK_HIDDEN=$CACHE_REAL unshare -m bash -c 'mount -t tmpfs none "$1" && shift && exec "$@"' \
    _ "$CACHE_REAL" "$0" "$copy/$(basename "$DEB")"
  rc=$?
  rm -rf "$copy"
  exit $rc
fi

passed=0 failed=0
pass() { printf '    %-44s ok\n' "$1"; passed=$((passed + 1)); }
fail() { printf '    %-44s FAILED: %s\n' "$1" "$2"; failed=$((failed + 1)); }
mentions_cache() { grep -qF -e "$CACHE" -e "$CACHE_REAL" -e "/.cache/pinned-cxx"; }

WORK=$(mktemp -d /tmp/pinned-clang-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
R=$WORK/root

# ---------------------------------------------------------------- install
echo "==> dpkg --root=$R -i $(basename "$DEB")"
mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates" "$WORK/home"
touch "$R/var/lib/dpkg/status"
# --force-depends: the scratch root's database is empty, so its Depends
# (present on this machine, checked below) cannot be satisfied there.
if dpkg --root="$R" --force-depends -i "$DEB" > "$WORK/dpkg.log" 2>&1 &&
   dpkg --root="$R" -s "$PKG" 2> /dev/null | grep -q '^Status: install ok installed'; then
  pass "dpkg -i into a scratch root"
else
  fail "dpkg -i into a scratch root" "$(grep -m1 -E 'error|dpkg:' "$WORK/dpkg.log")"
  echo "$passed passed, $failed failed"; exit 1
fi

if [[ -n ${PINNED_CHECK_HIDDEN:-} ]]; then
  if [[ -z $(ls -A "$PINNED_CHECK_HIDDEN") ]]; then pass "the build cache is hidden (empty tmpfs)"
  else fail "the build cache is hidden (empty tmpfs)" "$PINNED_CHECK_HIDDEN is not empty"; fi
else
  echo "    (the build cache stays visible: no 'unshare -m' here; the path checks below still apply)"
fi

# Installing beside Debian's clang: no file of the package may belong to a
# package installed on this machine (except an installed pinned-clang).
# One dpkg -S for all paths: it prints 'package: path' for the owned ones.
mapfile -t collide < <(dpkg-deb --fsys-tarfile "$DEB" | tar -t | sed -n 's|^\./|/|; /[^/]$/p' \
  | xargs -d '\n' dpkg -S 2> /dev/null | grep -v "^$PKG\(:[a-z0-9]*\)\?: " | grep -v '^diversion ')
if [[ ${#collide[@]} == 0 ]]; then pass "no file collides with an installed package"
else fail "no file collides with an installed package" "${collide[*]:0:5}"; fi

CXX=$R/usr/bin/clang++-pinned
CC=$R/usr/bin/clang-pinned
BIN=$R/usr/lib/$PKG/bin/clang-$LLVM_MAJOR
# Every compile runs with HOME in the scratch directory and without the
# cache's environment variables, so nothing can lead the compiler to the cache.
run() { env -u PINNED_CXX_CACHE -u XDG_CACHE_HOME HOME="$WORK/home" "$@"; }

missing=()
for f in "$CXX" "$CC" "$BIN" "$R/usr/lib/$PKG/lib/clang/$LLVM_MAJOR/include/stddef.h" \
         "$R/usr/include/pin/pin.hpp" "$R/usr/lib/cmake/pin/pinConfig.cmake" \
         "$R/usr/lib/cmake/pin/pinTargets.cmake" "$R/usr/share/$PKG/cmake/pinned-clang.cmake" \
         "$R/usr/share/doc/$PKG/copyright"; do
  [[ -e $f ]] || missing+=("${f#"$R"}")
done
if [[ ${#missing[@]} == 0 ]]; then pass "installed file layout"; else fail "installed file layout" "missing ${missing[*]}"; fi

# ---------------------------------------------------------------- control file
series=$(python3 "$ROOT/tools/series_digest.py")
version=$(dpkg-deb -f "$DEB" Version)
if [[ $version == *"$series"* ]]; then pass "version names the series ($version)"
else fail "version names the series" "Version $version lacks the series digest $series"; fi

depends=$(dpkg-deb -f "$DEB" Depends)
# Each dependency (first satisfied alternative) must be installed here at a
# version the relation accepts: the package claims nothing this machine lacks.
unsatisfied=$(python3 - "$depends" <<'PY'
import re, subprocess, sys
bad = []
for group in sys.argv[1].split(","):
    ok = False
    for alt in group.split("|"):
        m = re.match(r"\s*([a-z0-9][a-z0-9+.-]*)(?::\S+)?\s*(?:\((<<|<=|=|>=|>>)\s*([^)]+)\))?\s*$", alt)
        if not m:
            continue
        name, op, ver = m.groups()
        q = subprocess.run(["dpkg-query", "-W", "-f=${Status}\t${Version}", name],
                           capture_output=True, text=True)
        if q.returncode or "install ok installed" not in q.stdout:
            continue
        inst = q.stdout.split("\t")[1]
        if op is None or subprocess.run(["dpkg", "--compare-versions", inst,
                                         {"<<": "lt", "<=": "le", "=": "eq", ">=": "ge", ">>": "gt"}[op],
                                         ver.strip()]).returncode == 0:
            ok = True
            break
    if not ok:
        bad.append(group.strip())
print("; ".join(bad))
PY
)
if [[ -z $unsatisfied ]]; then pass "Depends are installed on this machine"
else fail "Depends are installed on this machine" "$unsatisfied"; fi

# Conversely every library the compiler needs (its ELF NEEDED entries) must
# be shipped by a package it depends on, or it would not start on a machine
# without that package. Judged by package contents, not by where ldd finds
# the library here (a -dev package's symlink may be found first).
dep_files=$WORK/depends-files
sed -E 's/\([^)]*\)//g; s/[,|]/\n/g' <<< "$depends" | while read -r name; do
  [[ -n $name ]] && dpkg -L "${name%%:*}" 2> /dev/null
done > "$dep_files"
undeclared=()
while read -r soname; do
  awk -v s="/$soname" 'substr($0, length($0) - length(s) + 1) == s { f = 1 } END { exit !f }' \
    "$dep_files" || undeclared+=("$soname")
done < <(readelf -d "$BIN" | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p')
if [[ ${#undeclared[@]} == 0 ]] && ! ldd "$BIN" | grep -q 'not found'; then
  pass "every needed library is in Depends"
else
  fail "every needed library is in Depends" "not shipped by a dependency: ${undeclared[*]:-} $(ldd "$BIN" | grep 'not found' | tr -d '\t')"
fi

# ---------------------------------------------------------------- no cache paths
rpaths=$(readelf -d "$BIN" | sed -nE 's/.*\((RPATH|RUNPATH)\).*\[(.*)\]/\2/p' | tr ':' '\n')
# An empty entry is the current directory: as bad as a cache path.
bad_rpath=$(readelf -d "$BIN" | sed -nE 's/.*\((RPATH|RUNPATH)\).*\[(.*)\]/:\2:/p' | grep -E '::' || true)
# shellcheck disable=SC2016  # a literal $ORIGIN
bad_rpath+=$(grep -vE '^(\$ORIGIN|/usr/)' <<< "$rpaths" | grep -v '^$' || true)
if [[ -z $bad_rpath ]] && ! mentions_cache <<< "$rpaths"; then
  pass "run paths: \$ORIGIN and /usr only (${rpaths//$'\n'/:})"
else
  fail "run paths: \$ORIGIN and /usr only" "$(tr '\n' ' ' <<< "$rpaths")"
fi

resdir=$(run "$CXX" -print-resource-dir)
if [[ $(readlink -f "$resdir") == "$(readlink -f "$R/usr/lib/$PKG/lib/clang/$LLVM_MAJOR")" ]]; then
  pass "resource dir is the package's"
else
  fail "resource dir is the package's" "$resdir"
fi

printf '#include <stddef.h>\n#include <vector>\nint main() { return 0; }\n' > "$WORK/probe.cpp"
if run "$CXX" -std=c++23 -v -c "$WORK/probe.cpp" -o "$WORK/probe.o" > "$WORK/probe-v.log" 2>&1; then
  if mentions_cache < "$WORK/probe-v.log"; then
    fail "compile -v names no cache path" "$(grep -m1 -F -e "$CACHE" -e /.cache/pinned-cxx "$WORK/probe-v.log")"
  elif ! grep -qF "$R/usr/lib/$PKG/lib/clang/$LLVM_MAJOR/include" "$WORK/probe-v.log"; then
    fail "compile -v names no cache path" "the package's resource headers are not on the include path"
  else
    pass "compile -v names no cache path"
  fi
else
  fail "compile -v names no cache path" "$(head -3 "$WORK/probe-v.log")"
fi

# ---------------------------------------------------------------- the compiler
if run "$CXX" --version | head -1 | grep -q "clang version $LLVM_MAJOR\." &&
   run "$CXX" -std=c++23 -dM -E -x c++ /dev/null | grep -q '^#define __cpp_pinned '; then
  pass "clang++-pinned is the patched compiler"
else
  fail "clang++-pinned is the patched compiler" "no 'clang version $LLVM_MAJOR.' or no __cpp_pinned: $(run "$CXX" --version 2>&1 | head -1)"
fi
# A bug report quoting --version must name the exact series
# (build.sh's version_cmake_args; fails until it is wired into configure()).
if run "$CXX" --version | head -1 | grep -q "pinned-cxx series $series"; then
  pass "--version names the series"
else
  fail "--version names the series" "$(run "$CXX" --version | head -1) (version_cmake_args not wired?)"
fi
if run "$CC" -x c -E - < /dev/null > /dev/null 2>&1 && ! run "$CC" -x c -dM -E - < /dev/null | grep -q __cplusplus; then
  pass "clang-pinned is a C driver"
else
  fail "clang-pinned is a C driver" "clang-pinned fails or predefines __cplusplus"
fi

# clangd-pinned, when the package has it: the prototype's errors in an editor.
if [[ -e $R/usr/bin/clangd-pinned ]]; then
  cp "$ROOT/tests/clangd/mistake.cpp" "$ROOT/tests/clangd/compile_flags.txt" "$WORK/"
  out=$(cd "$WORK" && run timeout 300 "$R/usr/bin/clangd-pinned" --check=mistake.cpp 2>&1 || true)
  if grep -qF "'self.value' is used before it is constructed" <<< "$out"; then
    pass "clangd-pinned reports the prototype's errors"
  else
    fail "clangd-pinned reports the prototype's errors" "$(grep -m1 -E '^E\[' <<< "$out")"
  fi
fi

# The examples against the installed headers only: -I the scratch root's
# /usr/include, never the repository's library/include.
FLAGS=(-std=c++23 -O1 -g -Wall -Wextra -Werror -pthread)
echo "==> examples with the installed clang++-pinned"
for src in "$ROOT"/examples/*.cpp; do
  base=$(basename "$src" .cpp)
  if ! run "$CXX" "${FLAGS[@]}" -I"$R/usr/include" "$src" -o "$WORK/$base" 2> "$WORK/$base.log"; then
    fail "example $base" "does not compile: $(grep -m1 error "$WORK/$base.log")"
  elif ! (cd "$WORK" && "./$base" > "$base.out" 2> "$base.err"); then
    fail "example $base" "exits with an error: $(tail -1 "$WORK/$base.err")"
  elif ! cmp -s "$WORK/$base.out" "$ROOT/examples/$base.expected"; then
    fail "example $base" "output differs from $base.expected"
  else
    pass "example $base"
  fi
done

echo "==> misuse rejected"
cat > "$WORK/misuse.cpp" <<'EOF'
struct [[pinned]] node { node* self = this; };
int main() {
    node a;
    node b = static_cast<node&&>(a);  // moving a pinned object: must not compile
    return b.self == &b ? 0 : 1;
}
EOF
if run "$CXX" -std=c++23 -fsyntax-only "$WORK/misuse.cpp" > "$WORK/misuse.log" 2>&1; then
  fail "moving a pinned object is rejected" "it compiled"
elif grep -q "error: cannot move object of pinned type 'node'" "$WORK/misuse.log"; then
  pass "moving a pinned object is rejected"
else
  fail "moving a pinned object is rejected" "unexpected diagnostic: $(grep -m1 error "$WORK/misuse.log")"
fi
# The examples' misuse tests, checked diagnostic by diagnostic (-verify), as
# tests/clang/examples runs them, but with the installed compiler and headers.
for src in "$ROOT"/tests/clang/examples/*-misuse.cpp; do
  base=$(basename "$src" .cpp)
  if run "$CXX" -std=c++23 -fsyntax-only -I"$R/usr/include" -I"$ROOT/examples" -Xclang -verify \
       "$src" > "$WORK/$base.log" 2>&1; then
    pass "-verify $base"
  else
    fail "-verify $base" "$(grep -m1 -E 'error' "$WORK/$base.log")"
  fi
done

# ---------------------------------------------------------------- CMake
echo "==> CMake: the packaged toolchain file and find_package(pin)"
cb=$WORK/consumer
# clang++-pinned found on PATH, as after a real install; the pin package
# found in the scratch root's /usr.
if run env PATH="$R/usr/bin:$PATH" cmake -S "$ROOT/tests/library-consumer" -B "$cb" -G Ninja \
     -DCMAKE_TOOLCHAIN_FILE="$R/usr/share/$PKG/cmake/pinned-clang.cmake" \
     -DCMAKE_PREFIX_PATH="$R/usr" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF > "$WORK/consumer.log" 2>&1 &&
   run nice -n 19 cmake --build "$cb" -j1 >> "$WORK/consumer.log" 2>&1 &&
   "$cb/pin_consumer" >> "$WORK/consumer.log" 2>&1; then
  if python3 - "$cb/compile_commands.json" "$CXX" "$R/usr/include" <<'PY'
import json, sys, shlex
entries = json.load(open(sys.argv[1]))
cmd = entries[0].get("command") or " ".join(entries[0]["arguments"])
words = shlex.split(cmd)
sys.exit(0 if words[0] == sys.argv[2] and any(sys.argv[3] in w for w in words) else 1)
PY
  then pass "library-consumer via the toolchain file"
  else fail "library-consumer via the toolchain file" "compile_commands.json does not name $CXX and $R/usr/include"; fi
else
  fail "library-consumer via the toolchain file" "$(grep -m1 -iE 'error' "$WORK/consumer.log")"
fi

# ---------------------------------------------------------------- sanitizers
if dpkg-query -W -f='${Status}' "libclang-rt-$LLVM_MAJOR-dev" 2> /dev/null | grep -q 'install ok installed'; then
  if run "$CXX" "${FLAGS[@]}" -fsanitize=address,undefined -fno-sanitize-recover=all -I"$R/usr/include" \
       "$ROOT/examples/01_list_head.cpp" -o "$WORK/asan" 2> "$WORK/asan.log" &&
     "$WORK/asan" > "$WORK/asan.out" 2>> "$WORK/asan.log" &&
     cmp -s "$WORK/asan.out" "$ROOT/examples/01_list_head.expected"; then
    pass "ASan+UBSan through Debian's compiler-rt"
  else
    fail "ASan+UBSan through Debian's compiler-rt" "$(grep -m1 -iE 'error' "$WORK/asan.log")"
  fi
fi

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
