#!/usr/bin/env bash
# Build the patched Clang, the examples, and run every test suite.
# Run './build.sh help' for the commands; README.md explains the layout.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${PINNED_CXX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pinned-cxx}
LLVM_MAJOR=19
LLVM_FULL=19.1.7
LLVM_PREFIX=/usr/lib/llvm-$LLVM_MAJOR
LIT=$LLVM_PREFIX/build/utils/lit/lit.py
SRC_PKG=llvm-toolchain-$LLVM_MAJOR
ORIG_TARBALL=${SRC_PKG}_${LLVM_FULL}.orig.tar.xz
PREFIX=$CACHE/prefix              # the installed patched compiler
BUILD=$CACHE/build                # cmake/ninja build tree
SRC=$CACHE/src                    # patched source the build compiles
LOGS=$CACHE/logs
START_TIME=$(date +%s)

# Debian packages the project needs; apt is only touched when one is missing.
# Only one libc++-N-dev can be installed at a time (they conflict); version 19
# serves clang-19, the patched clang and, with explicit paths, clang-22.
# clang-tools-19 provides c-index-test and diagtool, which some of Clang's own
# lit tests (Parser, Misc, Sema) run next to the compiler.
DEPS=(
  clang-$LLVM_MAJOR clang-tools-$LLVM_MAJOR llvm-$LLVM_MAJOR-dev llvm-$LLVM_MAJOR-tools lld-$LLVM_MAJOR
  libclang-rt-$LLVM_MAJOR-dev libc++-$LLVM_MAJOR-dev libc++abi-$LLVM_MAJOR-dev
  clang-22 libclang-rt-22-dev
  g++-12 ccache ninja-build cmake python3 dpkg-dev xz-utils git
  libzstd-dev zlib1g-dev libedit-dev libcurl4-openssl-dev libxml2-dev
  libgtest-dev libgmock-dev pandoc
)

die() { echo "error: $*" >&2; exit 1; }
note() { echo "==> $*"; }
elapsed() { local s=$(( $(date +%s) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

usage() {
  cat <<EOF
usage: ./build.sh [COMMAND]

  (none) | build       install dependencies, build and install the patched
                       clang, then build and run the examples
  test                 build what is missing, then run every test suite and
                       print 'N passed, N failed'
  prepare              install dependencies, fetch and patch the source and
                       configure the build, without compiling
  dev                  build and install the compiler from the patch series'
                       git work tree (tools/series.sh init/sync/export)
  which-clang          print the path of the patched clang++ (exit 1 if absent)
  check-clang [DIR..]  run Clang's own lit tests from the patched source against
                       the patched compiler (default: SemaCXX SemaTemplate
                       Parser CodeGenCXX; 'all' for every directory)
  check-clang-compare [--markdown] [DIR..]
                       the same tests on the patched compiler and on Debian's
                       unpatched clang-19 (pristine tests); lists every test
                       that passes unpatched and fails patched (default:
                       SemaCXX SemaTemplate Parser CodeGenCXX AST Sema
                       CodeGen Modules PCH CXX)
  clangd               build clangd from the same patched sources into the
                       prefix (not part of 'test': about as long again as
                       the compiler's own build)
  check-clangd         drive that clangd over LSP on tests/clangd/ (the
                       prototype's diagnostics, hover, signature help and
                       inlay hints of calls that omit the slot)
  package              make a Debian package of the installed compiler, the pin
                       library and the toolchain file (tools/make_deb.sh)
  check-package        install that package (built first if none is of the
                       current series) into a scratch root and test it
                       there: examples, misuse, CMake (tools/check_deb.sh)
  check-toolchain      build tests/library-consumer with cmake/pinned-clang.cmake
  check-version        does the compiler's --version name clang-patches/'s series?
  reliability [ARGS]   the misuse corpus (tests/misuse), the real-code sweep
                       (standard library headers; --more adds Clang's sources
                       and a Debian package) and 5 minutes of the mutation
                       fuzzer (--fuzz SECONDS), tables and 'N passed, N failed'
                       (tools/reliability.py --help)
  fuzz [ARGS]          the mutation fuzzer alone (tools/fuzz.py --help): crash
                       and timeout signatures with reduced reproducers
  bench [--quick]      performance report (issue 17): instructions, code size,
                       stack, compile time; writes bench/REPORT.md (bench/run.py)
  usage [-j N] [STUDY..]
                       the usage-experience studies (usage/README.md): real
                       code (llvm, abseil) with its types marked pinned, built
                       and tested with the patched and the stock compiler
  paper                check every paper in proposal/ (blocks, references,
                       placeholders), render each to HTML (prints where), and run
                       the papers' code blocks if the patched compiler is built
  clean                delete the cache ($CACHE)
  help                 this text

Environment: PINNED_CXX_CACHE (cache directory), LLVM_SRC (an existing
llvm-project checkout to use instead of Debian's source package).
EOF
}

# ---------------------------------------------------------------- dependencies
missing_packages() {
  local p missing=()
  for p in "${DEPS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

ensure_deb_src() {
  if grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return
  fi
  local f=/etc/apt/sources.list.d/debian.sources
  [[ -f $f ]] || die "no deb-src entry and no $f to derive one from; add a deb-src line for Debian's main archive"
  note "adding a deb-src twin of $f"
  sed 's/^Types: deb$/Types: deb-src/' "$f" > /etc/apt/sources.list.d/pinned-cxx-src.sources
  APT_UPDATED=0
}

APT_UPDATED=0
apt_update() {
  [[ $APT_UPDATED == 1 ]] && return
  note "apt-get update"
  # apt-get update exits 0 even when it reaches no mirror; the W:/E: lines tell.
  local log; log=$(apt-get update 2>&1) || die "apt-get update failed: $(echo "$log" | grep -m1 -E '^(E|W):' || echo "$log" | tail -1)"
  if echo "$log" | grep -qE '^(W: Failed to fetch|E: |Err:)'; then
    die "cannot reach the Debian package registry: $(echo "$log" | grep -m1 -E '^(Err|W: Failed|E: )')"
  fi
  APT_UPDATED=1
}

ensure_deps() {
  local missing; missing=$(missing_packages)
  [[ -z $missing ]] && return
  [[ $(id -u) == 0 ]] || die "missing packages ($missing); run ./build.sh as root so it can install them"
  apt_update
  note "installing: $missing"
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing \
    > "$CACHE/logs/apt.log" 2>&1 || die "apt-get install failed (see $CACHE/logs/apt.log): $(grep -m1 -E '^E: ' "$CACHE/logs/apt.log")"
}

# ---------------------------------------------------------------- source
# The pristine tree holds exactly what a standalone clang build reads.
PRISTINE=$CACHE/pristine/llvm-project
fetch_source_tarball() {
  mkdir -p "$CACHE/dl"
  [[ -f $CACHE/dl/$ORIG_TARBALL ]] && return
  [[ $(id -u) == 0 ]] || die "fetching the Clang source needs root (apt-get); or set LLVM_SRC"
  ensure_deb_src
  apt_update
  note "downloading the $SRC_PKG source package"
  (cd "$CACHE/dl" && apt-get source --download-only "$SRC_PKG" > "$LOGS/source.log" 2>&1) \
    || die "apt-get source $SRC_PKG failed: $(grep -m1 -E '^(E|W):' "$LOGS/source.log")"
  [[ -f $CACHE/dl/$ORIG_TARBALL ]] || die "the $SRC_PKG source package has no $ORIG_TARBALL (another version?): $(ls "$CACHE/dl")"
}

# clang-tools-extra (clangd) is extracted only when something needs it: the
# clangd build, or a patch of the series that touches it. The compiler's cold
# path does not pay for it otherwise.
ensure_extra_source() {
  ensure_pristine_source
  if [[ ! -f $PRISTINE/clang-tools-extra/CMakeLists.txt ]]; then
    [[ -z ${LLVM_SRC:-} ]] || die "LLVM_SRC=$LLVM_SRC has no clang-tools-extra/"
    fetch_source_tarball
    note "extracting clang-tools-extra from $ORIG_TARBALL"
    local top=${SRC_PKG}_$LLVM_FULL tmp=$CACHE/pristine/.extract-extra
    rm -rf "$tmp"; mkdir -p "$tmp"
    tar -xJf "$CACHE/dl/$ORIG_TARBALL" -C "$tmp" "$top/clang-tools-extra" 2> "$LOGS/extract.log" \
      || { rm -rf "$tmp"; die "cannot extract clang-tools-extra: $(head -1 "$LOGS/extract.log")"; }
    mv "$tmp/$top/clang-tools-extra" "$PRISTINE/" && rm -rf "$tmp"
  fi
  # The patched tree gets an unpatched copy; apply_patches then brings the
  # series' own changes to it.
  if [[ -d $SRC && ! -f $SRC/clang-tools-extra/CMakeLists.txt ]]; then
    rm -rf "$SRC/clang-tools-extra"
    cp -a "$PRISTINE/clang-tools-extra" "$SRC/"
    rm -f "$CACHE/patches.state"
  fi
}
ensure_pristine_source() {
  if [[ -n ${LLVM_SRC:-} ]]; then
    [[ -d $LLVM_SRC/clang/lib/Sema && -d $LLVM_SRC/cmake ]] \
      || die "LLVM_SRC=$LLVM_SRC is not an llvm-project checkout (no clang/lib/Sema or cmake/)"
    PRISTINE=$LLVM_SRC
  elif [[ -e $PRISTINE ]]; then
    [[ -f $CACHE/pristine/.complete && -f $PRISTINE/clang/CMakeLists.txt ]] \
      || die "corrupt cache: $PRISTINE is incomplete; run './build.sh clean'"
  else
    mkdir -p "$CACHE/pristine"
    fetch_source_tarball
    note "extracting clang from $ORIG_TARBALL"
    local top=${SRC_PKG}_$LLVM_FULL tmp=$CACHE/pristine/.extract
    rm -rf "$tmp"; mkdir -p "$tmp"
    tar -xJf "$CACHE/dl/$ORIG_TARBALL" -C "$tmp" "$top/clang" "$top/cmake" \
        "$top/llvm/cmake" "$top/llvm/utils/lit" "$top/third-party" 2> "$LOGS/extract.log" \
      || { rm -rf "$tmp" "$CACHE/dl/$ORIG_TARBALL"; die "corrupt source tarball (deleted; rerun to download again): $(head -1 "$LOGS/extract.log")"; }
    mv "$tmp/$top" "$PRISTINE" && rm -rf "$tmp"
    touch "$CACHE/pristine/.complete"
  fi
  local v
  v=$(sed -nE 's/^ *set\(LLVM_VERSION_(MAJOR|MINOR|PATCH) ([0-9]+)\)/\2/p' "$PRISTINE/cmake/Modules/LLVMVersion.cmake" | paste -sd.)
  [[ $v == "$LLVM_FULL" ]] || die "source at $PRISTINE is LLVM $v, not $LLVM_FULL"
}

apply_patches() {
  local patches=("$ROOT"/clang-patches/*.patch)
  [[ -e ${patches[0]} ]] || patches=()
  if [[ ${#patches[@]} -gt 0 ]] && grep -q '^diff --git a/clang-tools-extra/' "${patches[@]}"; then
    ensure_extra_source
  fi
  note "applying ${#patches[@]} patches from clang-patches/"
  python3 "$ROOT/tools/apply_patches.py" "$PRISTINE" "$SRC" "$CACHE/patches.state" "${patches[@]}"
}

# ---------------------------------------------------------------- compiler
CMAKE_ARGS=(
  -G Ninja -S "$SRC/clang" -B "$BUILD"
  -DCMAKE_BUILD_TYPE=Release
  -DCMAKE_C_COMPILER=clang-$LLVM_MAJOR -DCMAKE_CXX_COMPILER=clang++-$LLVM_MAJOR
  -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
  -DLLVM_USE_LINKER=lld
  -DLLVM_DIR=$LLVM_PREFIX/lib/cmake/llvm
  # Lean: a statically linked bin/clang without the analyzer and ARC migrator
  # is ~630 compile steps instead of ~900 (toolchain notes).
  -DCLANG_LINK_CLANG_DYLIB=OFF -DCLANG_ENABLE_STATIC_ANALYZER=OFF
  -DCLANG_ENABLE_ARCMT=OFF -DCLANG_PLUGIN_SUPPORT=OFF
  -DCLANG_INCLUDE_DOCS=OFF -DLLVM_INCLUDE_DOCS=OFF
  # Clang's own lit suites run against this build (./build.sh check-clang).
  -DCLANG_INCLUDE_TESTS=ON -DLLVM_INCLUDE_TESTS=OFF
  -DLLVM_EXTERNAL_LIT=$LIT -DLLVM_LIT=$LIT
  -DCMAKE_INSTALL_PREFIX=$PREFIX
)

# The patch series' identity in the compiler's version string: 'clang++
# --version' then prints 'pinned-cxx series <digest> clang version 19.1.7'
# (and __VERSION__ 'pinned-cxx series <digest> Clang 19.1.7'), the digest
# being tools/series_digest.py's, the one patches.state records. Prints one
# CMake argument per line. CLANG_VENDOR reaches only lib/Basic/Version.cpp (a
# per-file compile definition in clang/lib/Basic/CMakeLists.txt; every other
# use calls getClangVendor() at run time), so a new digest recompiles that
# one file and relinks bin/clang, after configure() reruns cmake because
# CMAKE_ARGS changed. Not CLANG_REPOSITORY_STRING: that is an add_definitions
# for every file of Clang. Under './build.sh dev' the digest still names
# clang-patches/, not the series work tree being built.
# configure() appends its output to CMAKE_ARGS.
version_cmake_args() {
  local digest
  digest=$(python3 "$ROOT/tools/series_digest.py") || die "cannot compute the patch series digest"
  echo "-DCLANG_VENDOR=pinned-cxx series $digest"
}

export CCACHE_DIR=$CACHE/ccache CCACHE_BASEDIR=$CACHE CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}

configure() {
  # The series' identity goes into the version string (version_cmake_args).
  local -a args version
  mapfile -t version < <(version_cmake_args)
  args=("${CMAKE_ARGS[@]}" "${version[@]}")
  local want; want=$(printf '%s\n' "${args[@]}" | sha256sum | cut -c1-16)
  if [[ -f $BUILD/build.ninja && -f $BUILD/.config-digest && $(cat "$BUILD/.config-digest") == "$want" ]]; then
    return
  fi
  if [[ -e $BUILD && ! -f $BUILD/CMakeCache.txt ]]; then
    die "corrupt cache: $BUILD exists without CMakeCache.txt; run './build.sh clean'"
  fi
  note "configuring (cmake)"
  rm -f "$BUILD/CMakeCache.txt"
  mkdir -p "$BUILD"
  cmake "${args[@]}" > "$LOGS/cmake.log" 2>&1 \
    || die "cmake failed: $(grep -m1 -A2 'CMake Error' "$LOGS/cmake.log" | tr '\n' ' ') (full log: $LOGS/cmake.log)"
  echo "$want" > "$BUILD/.config-digest"
}

# Reads ninja's output with NINJA_STATUS='@@%f/%t@@ ' and prints a progress line
# at most every 30 s: step, elapsed time, and an estimate from the rate so far.
progress_filter() {
  python3 -u -c '
import re, sys, time
start = time.time(); last = 0.0; first_done = None
for line in iter(sys.stdin.readline, ""):
    m = re.match(r"@@(\d+)/(\d+)@@ ", line)
    if not m:
        if "error" in line or "FAILED" in line:
            sys.stdout.write(line)
        continue
    done, total = int(m.group(1)), int(m.group(2))
    now = time.time()
    if first_done is None: first_done = (done, now)
    if now - last >= 30 or done == total:
        last = now
        el = now - start
        d0, t0 = first_done
        rate = (done - d0) / (now - t0) if now > t0 and done > d0 else 0
        eta = (total - done) / rate if rate else 0
        print(f"    [clang] step {done}/{total}  elapsed {int(el)//60}m{int(el)%60:02d}s"
              f"  estimate {int(eta)//60}m{int(eta)%60:02d}s left", flush=True)
'
}

# Builds one ninja target with a progress line; on failure shows the first
# failed step. The log is $LOGS/ninja.log for clang, ninja-TARGET.log else.
run_ninja() {
  local target=$1 log=$LOGS/ninja.log
  [[ $target == clang ]] || log=$LOGS/ninja-$target.log
  note "building $target (log: $log)"
  local t=$(date +%s) rc
  set +e
  NINJA_STATUS='@@%f/%t@@ ' ninja -C "$BUILD" "$target" 2>&1 | tee "$log" | progress_filter
  rc=${PIPESTATUS[0]}
  set -e
  if [[ $rc != 0 ]]; then
    grep -m1 -A12 '^FAILED' "$log" >&2 || tail -20 "$log" >&2
    die "$target build failed (full log: $log)"
  fi
  note "$target built in $(elapsed "$t")"
}

build_clang() { run_ninja clang; }

# clangd from the same patched sources, in the same build directory (so it
# shares every clang library already compiled): the configure step adds
# clang-tools-extra, without clang-tidy's checks (they need the static
# analyzer, which the lean build leaves out). Not part of 'test': it adds
# about as much compile work again as bin/clang.
CLANGD_CMAKE_ARGS=(
  -DLLVM_EXTERNAL_CLANG_TOOLS_EXTRA_SOURCE_DIR=$SRC/clang-tools-extra
  -DLLVM_TOOL_CLANG_TOOLS_EXTRA_BUILD=ON
  -DCLANGD_TIDY_CHECKS=OFF -DCLANG_TIDY_ENABLE_STATIC_ANALYZER=OFF
  -DCLANGD_ENABLE_REMOTE=OFF -DCLANGD_BUILD_XPC=OFF -DCLANGD_DECISION_FOREST=ON
)
build_clangd() {
  ensure_extra_source
  apply_patches
  note "configuring clangd (cmake)"
  cmake "${CMAKE_ARGS[@]}" "${CLANGD_CMAKE_ARGS[@]}" > "$LOGS/cmake-clangd.log" 2>&1 \
    || die "cmake failed: $(grep -m1 -A2 'CMake Error' "$LOGS/cmake-clangd.log" | tr '\n' ' ') (full log: $LOGS/cmake-clangd.log)"
  run_ninja clangd
  cp "$BUILD/bin/clangd" "$PREFIX/bin/clangd.new" && mv "$PREFIX/bin/clangd.new" "$PREFIX/bin/clangd"
  echo "clangd: $PREFIX/bin/clangd"
}

# Installs into a fresh directory and swaps it in only after a smoke test, so
# a failed build never leaves a half-updated compiler at $PREFIX.
install_clang() {
  local stamp; stamp=$(stat -c %Y "$BUILD/bin/clang-$LLVM_MAJOR")-$(cat "$CACHE/patches.state" | sha256sum | cut -c1-16)
  if [[ -x $PREFIX/bin/clang++ && -f $PREFIX/.installed && $(cat "$PREFIX/.installed") == "$stamp" ]]; then
    return
  fi
  note "installing the patched clang to $PREFIX"
  local new=$PREFIX.new
  rm -rf "$new"; mkdir -p "$new/bin" "$new/lib/clang/$LLVM_MAJOR"
  cp "$BUILD/bin/clang-$LLVM_MAJOR" "$new/bin/"
  ln -s "clang-$LLVM_MAJOR" "$new/bin/clang"
  ln -s "clang-$LLVM_MAJOR" "$new/bin/clang++"
  [[ -d $BUILD/lib/clang/$LLVM_MAJOR/include ]] || ninja -C "$BUILD" clang-resource-headers > /dev/null
  cp -r "$BUILD/lib/clang/$LLVM_MAJOR/include" "$new/lib/clang/$LLVM_MAJOR/"
  # Sanitizer and builtins runtimes come from Debian's matching compiler-rt.
  ln -s "$LLVM_PREFIX/lib/clang/$LLVM_MAJOR/lib" "$new/lib/clang/$LLVM_MAJOR/lib"
  # lld next to the driver so -fuse-ld=lld works as with Debian's clang.
  ln -s "$LLVM_PREFIX/bin/ld.lld" "$new/bin/ld.lld"
  # A reinstalled compiler keeps the clangd that './build.sh clangd' built
  # (rerun that command to rebuild it against the new sources).
  [[ -x $BUILD/bin/clangd ]] && cp "$BUILD/bin/clangd" "$new/bin/"
  local probe=$CACHE/probe.cpp
  printf '%s\n' 'struct [[pinned]] P {};' 'static_assert(__is_pinned(P));' \
    '#include <cstdio>' 'int main() { std::puts("ok"); }' > "$probe"
  if ! "$new/bin/clang++" -std=c++23 -Werror "$probe" -o "$CACHE/probe" 2> "$LOGS/probe.log" \
     || [[ $("$CACHE/probe") != ok ]]; then
    rm -rf "$new"
    die "the freshly built clang++ fails its smoke test: $(head -1 "$LOGS/probe.log")"
  fi
  echo "$stamp" > "$new/.installed"
  rm -rf "$PREFIX.old"; [[ -e $PREFIX ]] && mv "$PREFIX" "$PREFIX.old"
  mv "$new" "$PREFIX"; rm -rf "$PREFIX.old"
}

ensure_compiler() {
  mkdir -p "$CACHE" "$LOGS"
  ensure_deps
  ensure_pristine_source
  apply_patches
  configure
  build_clang
  install_clang
}

# ---------------------------------------------------------------- examples
# Each available compiler, as 'name:c++ driver:extra flags'. The sanitizer
# configuration uses the patched compiler when it exists, clang-19 otherwise.
compilers() {
  local c
  for c in "g++-12:g++-12:" "clang-19:clang++-19:" "clang-22:clang++-22:"; do
    command -v "$(echo "$c" | cut -d: -f2)" > /dev/null && echo "$c"
  done
  if [[ -x $PREFIX/bin/clang++ ]]; then
    echo "patched:$PREFIX/bin/clang++:"
    echo "patched-asan:$PREFIX/bin/clang++:-fsanitize=address,undefined -fno-sanitize-recover=all"
  else
    echo "clang-19-asan:clang++-19:-fsanitize=address,undefined -fno-sanitize-recover=all"
  fi
}

EXAMPLES_OUT=$CACHE/examples
EXAMPLE_FLAGS=(-std=c++23 -O1 -g -Wall -Wextra -Werror -pthread)

# Builds and runs every example with every compiler. Each (example, compiler)
# pair passes if it compiles, exits 0 and prints exactly examples/NAME.expected.
# Prints each example's output once, then one line per compiler.
examples_pass=0 examples_fail=0

# An example binary is current when it was built with the same command and is
# newer than its source, every library and example header and the compiler
# itself, so a rerun of ./build.sh compiles nothing.
example_is_current() {
  local bin=$1 src=$2 cxx=$3 flags=$4
  [[ -x $bin && -f $bin.flags && $(cat "$bin.flags") == "$cxx ${EXAMPLE_FLAGS[*]} $flags" ]] || return 1
  [[ $bin -nt $src && $bin -nt $(readlink -f "$(command -v "$cxx")") ]] || return 1
  [[ -z $(find "$ROOT/library/include" "$ROOT/examples" -name '*.hpp' -newer "$bin" -print -quit) ]]
}
build_and_run_examples() {
  local ex=("$ROOT"/examples/*.cpp)
  [[ -e ${ex[0]} ]] || { note "no examples yet"; return 0; }
  local src base line name cxx flags bin out expected shown
  for src in "${ex[@]}"; do
    base=$(basename "$src" .cpp); expected=$ROOT/examples/$base.expected
    note "example $base"
    shown=0
    while IFS= read -r line; do
      name=${line%%:*}; cxx=$(echo "$line" | cut -d: -f2); flags=$(echo "$line" | cut -d: -f3-)
      mkdir -p "$EXAMPLES_OUT/$name"
      bin=$EXAMPLES_OUT/$name/$base; out=$bin.out
      # shellcheck disable=SC2086
      if ! example_is_current "$bin" "$src" "$cxx" "$flags" &&
         ! { "$cxx" "${EXAMPLE_FLAGS[@]}" $flags -I"$ROOT/library/include" "$src" -o "$bin" 2> "$bin.log" &&
             echo "$cxx ${EXAMPLE_FLAGS[*]} $flags" > "$bin.flags"; }; then
        rm -f "$bin"
        printf '    %-14s does not compile (%s)\n' "$name" "$bin.log"; head -5 "$bin.log" | sed 's/^/      /'
        examples_fail=$((examples_fail + 1)); continue
      fi
      if ! "$bin" > "$out" 2> "$bin.stderr"; then
        printf '    %-14s exits with an error (%s)\n' "$name" "$bin.stderr"; tail -3 "$bin.stderr" | sed 's/^/      /'
        examples_fail=$((examples_fail + 1)); continue
      fi
      if [[ $shown == 0 ]]; then sed 's/^/    | /' "$out"; shown=1; fi
      if [[ ! -f $expected ]]; then
        printf '    %-14s ran; no %s to compare with\n' "$name" "$(basename "$expected")"
        examples_fail=$((examples_fail + 1))
      elif cmp -s "$out" "$expected"; then
        printf '    %-14s output as expected\n' "$name"
        examples_pass=$((examples_pass + 1))
      else
        printf '    %-14s output differs from %s:\n' "$name" "$(basename "$expected")"
        diff "$expected" "$out" | head -10 | sed 's/^/      /'
        examples_fail=$((examples_fail + 1))
      fi
    done < <(compilers)
  done
}

# ---------------------------------------------------------------- tests
# Every suite appends 'suite passed failed' to $RESULTS.
RESULTS=
record() { echo "$1 $2 $3" >> "$RESULTS"; printf '    %-14s %5d passed, %d failed\n' "$1" "$2" "$3"; }

# Runs lit and records the counts from its JSON report. Passing and
# expectedly-failing tests count as passed; unsupported ones are not counted.
run_lit() {
  local suite=$1; shift
  local json=$LOGS/lit-$suite.json
  rm -f "$json"
  set +e
  python3 "$LIT" -q --no-progress-bar --output "$json" "$@" > "$LOGS/lit-$suite.log" 2>&1
  local rc=$?
  set -e
  if [[ ! -f $json ]]; then
    cat "$LOGS/lit-$suite.log" >&2
    record "$suite" 0 1
    return
  fi
  local counts; counts=$(python3 - "$json" <<'EOF'
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
ok = sum(t["code"] in ("PASS", "XFAIL") for t in tests)
bad = sum(t["code"] in ("FAIL", "XPASS", "TIMEOUT", "UNRESOLVED") for t in tests)
print(ok, bad)
for t in tests:
    if t["code"] in ("FAIL", "XPASS", "TIMEOUT", "UNRESOLVED"):
        print("  FAILED:", t["name"], file=sys.stderr)
EOF
)
  [[ $rc == 0 || ${counts#* } != 0 ]] || counts="${counts% *} 1"
  record "$suite" $counts
}

check_clang() {
  local dirs=("$@") filter
  [[ ${#dirs[@]} == 0 ]] && dirs=(SemaCXX SemaTemplate Parser CodeGenCXX)
  if [[ ${dirs[0]} == all ]]; then
    run_lit clang-all "$BUILD/test"
  else
    local d; for d in "${dirs[@]}"; do
      [[ -d $SRC/clang/test/$d ]] || die "no directory clang/test/$d in the Clang source"
    done
    filter="^Clang :: ($(IFS='|'; echo "${dirs[*]}"))/"
    run_lit clang-own "$BUILD/test" --filter "$filter"
  fi
}

# Clang's own tests from the pristine source tree, run against Debian's
# clang-19: the same 19.1.7 source without the series. Its lit site config is
# the patched build's, with the source, tools and output directories swapped.
BASELINE=$CACHE/baseline
baseline_lit_config() {
  mkdir -p "$BASELINE/bin" "$BASELINE/test"
  ln -sfn "$LLVM_PREFIX/bin/clang-$LLVM_MAJOR" "$BASELINE/bin/clang"
  python3 - "$BUILD/test/lit.site.cfg.py" "$BASELINE" "$PRISTINE/clang" "$LLVM_PREFIX" <<'PY'
import os, re, sys
site, baseline, src, llvm = sys.argv[1:]
here = os.path.dirname(site)
text = open(site).read()
# Relative paths in the patched build's config, made absolute from its place.
text = re.sub(r'path\(r"([^"]*)"\)',
              lambda m: 'r"%s"' % (os.path.realpath(os.path.join(here, m.group(1)))
                                   if m.group(1) else ""), text)
swap = {"clang_src_dir": src, "clang_tools_dir": os.path.join(baseline, "bin"),
        "clang_obj_root": baseline, "clang_lib_dir": os.path.join(llvm, "lib"),
        "llvm_shlib_dir": os.path.join(llvm, "lib")}
for key, value in swap.items():
    text = re.sub(r"^config\.%s = .*$" % key, 'config.%s = r"%s"' % (key, value),
                  text, flags=re.M)
# The unit tests need the gtest binaries of a build tree; the baseline has none.
text += '\nconfig.excludes.add("Unit")\n'
open(os.path.join(baseline, "test", "lit.site.cfg.py"), "w").write(text)
PY
}

# Runs Clang's own tests in the named directories on the patched compiler and
# on the unpatched baseline, and lists every test that passes on the baseline
# and fails patched.
check_clang_compare() {
  local dirs=("$@") filter
  [[ ${#dirs[@]} == 0 ]] && dirs=(SemaCXX SemaTemplate Parser CodeGenCXX AST Sema CodeGen Modules PCH CXX)
  filter="^Clang :: ($(IFS='|'; echo "${dirs[*]}"))/"
  baseline_lit_config
  note "lit: patched clang on the patched tests (${dirs[*]})"
  python3 "$LIT" -q --no-progress-bar --output "$LOGS/lit-compare-patched.json" \
    --filter "$filter" "$BUILD/test" > "$LOGS/lit-compare-patched.log" 2>&1 || true
  note "lit: Debian's clang-$LLVM_MAJOR on the pristine tests"
  python3 "$LIT" -q --no-progress-bar --output "$LOGS/lit-compare-baseline.json" \
    --filter "$filter" "$BASELINE/test" > "$LOGS/lit-compare-baseline.log" 2>&1 || true
  python3 "$ROOT/tools/compare_lit.py" "$LOGS/lit-compare-patched.json" \
    "$LOGS/lit-compare-baseline.json" "${COMPARE_FORMAT[@]}"
}

run_tests() {
  RESULTS=$(mktemp)
  trap 'rm -f "$RESULTS"' EXIT
  note "examples (every compiler, outputs compared with examples/*.expected)"
  build_and_run_examples
  [[ $((examples_pass + examples_fail)) == 0 ]] || record examples "$examples_pass" "$examples_fail"
  note "lit: tests/clang"
  run_lit tests-clang "$ROOT/tests/clang" -DPINNED_CLANG="$PREFIX/bin/clang" -DLLVM_TOOLS="$LLVM_PREFIX/bin" -DPATCHED_SRC="$SRC"
  if [[ -d $ROOT/tests/paper ]]; then
    note "lit: tests/paper"
    run_lit tests-paper "$ROOT/tests/paper" -DPINNED_CLANG="$PREFIX/bin/clang" -DLLVM_TOOLS="$LLVM_PREFIX/bin"
  fi
  if [[ -f $ROOT/library/CMakeLists.txt ]]; then
    note "ctest: library"
    run_library_tests
  fi
  note "lit: Clang's own SemaCXX, SemaTemplate, Parser, CodeGenCXX"
  check_clang
  local passed failed
  read -r passed failed < <(awk '{p += $2; f += $3} END {print p+0, f+0}' "$RESULTS")
  echo "$passed passed, $failed failed"
  [[ $failed == 0 ]]
}

# The library suite runs in several configurations, each recorded on its own:
# stock GCC and Clang with both standard libraries, and the patched compiler
# (native [[pinned]]) under ASan+UBSan. Each also builds the -fno-exceptions copy.
LIBRARY_CONFIGS=(
  "gcc12:g++-12:"
  "clang19-libcxx:clang++-19:-stdlib=libc++"
  "clang22:clang++-22:"
  "patched-asan:PATCHED:"
)

run_library_tests() {
  local cfg name cxx flags extra
  for cfg in "${LIBRARY_CONFIGS[@]}"; do
    name=${cfg%%:*}; cxx=$(echo "$cfg" | cut -d: -f2); flags=$(echo "$cfg" | cut -d: -f3-)
    extra=()
    [[ $cxx == PATCHED ]] && cxx=$PREFIX/bin/clang++
    [[ $name == *asan* ]] && extra+=(-DPIN_SANITIZE=ON)
    run_library_config "$name" "$cxx" "$flags" "${extra[@]}"
  done
}

run_library_config() {
  local name=$1 cxx=$2 flags=$3; shift 3
  local lb=$CACHE/library-build/$name xml=$LOGS/ctest-$name.xml
  rm -f "$xml"
  # CMake refuses a build directory made for another checkout of the project.
  if [[ -f $lb/CMakeCache.txt ]] &&
     ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$ROOT/library" "$lb/CMakeCache.txt"; then
    rm -rf "$lb"
  fi
  if ! cmake -S "$ROOT/library" -B "$lb" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
         -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS="$flags" "$@" > "$LOGS/library-$name-cmake.log" 2>&1 \
     || ! ninja -C "$lb" > "$LOGS/library-$name-build.log" 2>&1; then
    tail -20 "$LOGS/library-$name-cmake.log" "$LOGS/library-$name-build.log" >&2
    record "lib-$name" 0 1
    return
  fi
  ctest --test-dir "$lb" -j2 --output-junit "$xml" > "$LOGS/ctest-$name.log" 2>&1 || true
  local counts; counts=$(python3 - "$xml" <<'PY'
import sys, xml.etree.ElementTree as ET
try:
    s = ET.parse(sys.argv[1]).getroot()
    total = int(s.get("tests"))
    fail = int(s.get("failures")) + int(s.get("errors", 0))
    skip = int(s.get("skipped", 0))
    print(total - fail - skip, fail if total else 1)
    for case in s.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            print("  FAILED:", case.get("name"), file=sys.stderr)
except Exception as e:
    print(0, 1)
PY
)
  record "lib-$name" $counts
}

# ---------------------------------------------------------------- commands
cmd=${1:-build}
[[ $# -gt 0 ]] && shift
case $cmd in
  build)
    ensure_compiler
    build_and_run_examples
    echo "build: patched clang++ at $PREFIX/bin/clang++; examples: $examples_pass ran as expected, $examples_fail did not ($(elapsed "$START_TIME"))"
    [[ $examples_fail == 0 ]]
    ;;
  test)
    ensure_compiler
    run_tests
    ;;
  dev)
    # The patch series' git work tree (tools/series.sh) instead of
    # clang-patches/: build what is being edited without exporting it first.
    mkdir -p "$CACHE" "$LOGS"
    ensure_deps; ensure_pristine_source
    [[ -d $SRC ]] || apply_patches
    "$ROOT/tools/series.sh" sync
    configure; build_clang; install_clang
    echo "dev: patched clang++ from the series work tree at $PREFIX/bin/clang++"
    ;;
  prepare)
    mkdir -p "$CACHE" "$LOGS"
    ensure_deps; ensure_pristine_source; apply_patches; configure
    echo "prepared: patched source at $SRC, build directory $BUILD"
    ;;
  which-clang)
    [[ -x $PREFIX/bin/clang++ ]] || { echo "error: the patched clang is not built; run ./build.sh" >&2; exit 1; }
    echo "$PREFIX/bin/clang++"
    ;;
  check-clang)
    ensure_compiler
    RESULTS=$(mktemp); trap 'rm -f "$RESULTS"' EXIT
    check_clang "$@"
    read -r passed failed < <(awk '{p += $2; f += $3} END {print p+0, f+0}' "$RESULTS")
    echo "$passed passed, $failed failed"
    [[ $failed == 0 ]]
    ;;
  check-clang-compare)
    ensure_compiler
    COMPARE_FORMAT=()
    [[ ${1:-} == --markdown ]] && { COMPARE_FORMAT=(--markdown); shift; }
    check_clang_compare "$@"
    ;;
  clangd)
    mkdir -p "$CACHE" "$LOGS"
    ensure_compiler
    build_clangd
    ;;
  check-clangd)
    [[ -x $PREFIX/bin/clangd ]] || die "no clangd at $PREFIX/bin/clangd; run ./build.sh clangd"
    "$ROOT/tools/check_clangd.sh" "$PREFIX/bin/clangd"
    ;;
  package)
    [[ -x $PREFIX/bin/clang++ ]] || die "the patched clang is not built; run ./build.sh"
    "$ROOT/tools/make_deb.sh" "$PREFIX" "$CACHE/package"
    ;;
  check-package)
    # Only a package of clang-patches/'s series can pass the version check: a
    # package left from an earlier series is replaced, not checked.
    digest=$(python3 "$ROOT/tools/series_digest.py")
    find_deb() { find "$CACHE/package" -maxdepth 1 -name "pinned-clang_*.${digest}_*.deb" 2> /dev/null | head -1; }
    deb=$(find_deb)
    if [[ -z $deb ]]; then
      [[ -x $PREFIX/bin/clang++ ]] || die "the patched clang is not built; run ./build.sh"
      note "no package of series $digest in $CACHE/package: building it"
      "$ROOT/tools/make_deb.sh" "$PREFIX" "$CACHE/package"
      deb=$(find_deb)
      [[ -n $deb ]] || die "tools/make_deb.sh made no package of series $digest"
    fi
    "$ROOT/tools/check_deb.sh" "$deb"
    ;;
  check-toolchain)
    "$ROOT/tools/check_toolchain.sh" "$PREFIX"
    ;;
  check-version)
    "$ROOT/tools/check_version.sh" "$PREFIX/bin/clang++"
    ;;
  reliability)
    ensure_compiler
    python3 "$ROOT/tools/reliability.py" --compiler "$PREFIX/bin/clang++" "$@"
    ;;
  fuzz)
    ensure_compiler
    python3 "$ROOT/tools/fuzz.py" --compiler "$PREFIX/bin/clang++" "$@"
    ;;
  usage)
    ensure_compiler; ensure_deb_src
    python3 "$ROOT/tools/usage.py" "$@"
    ;;
  paper)
    mkdir -p "$CACHE/paper" "$LOGS"
    ensure_deps
    python3 "$ROOT/tools/paper.py" check
    python3 "$ROOT/tools/paper.py" render-all "$CACHE/paper"
    # Never builds the compiler: the blocks run only if it is already there.
    if [[ -x $PREFIX/bin/clang++ ]]; then
      RESULTS=$(mktemp); trap 'rm -f "$RESULTS"' EXIT
      run_lit tests-paper "$ROOT/tests/paper" -DPINNED_CLANG="$PREFIX/bin/clang" -DLLVM_TOOLS="$LLVM_PREFIX/bin"
      read -r _ _ failed < "$RESULTS"
      [[ $failed == 0 ]] || die "the papers' code blocks: $failed failed (see $LOGS/lit-tests-paper.log)"
    else
      note "no patched compiler at $PREFIX/bin/clang++: the papers' blocks were checked, not run"
    fi
    echo "papers: $CACHE/paper/*.html"
    ;;
  bench)
    # Needs no patched compiler (its columns are left out until it is installed).
    python3 "$ROOT/bench/run.py" "$@"
    ;;
  clean)
    rm -rf "$CACHE"; echo "removed $CACHE"
    ;;
  help|-h|--help) usage ;;
  *) echo "error: unknown command '$cmd' (try ./build.sh help)" >&2; exit 2 ;;
esac
