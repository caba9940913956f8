#!/usr/bin/env bash
# Turns the installed prototype (build.sh's prefix) into a Debian package that
# installs beside Debian's own clang:
#
#   /usr/bin/clang-pinned, /usr/bin/clang++-pinned   -> /usr/lib/pinned-clang/bin
#   /usr/lib/pinned-clang/bin/clang-19               the patched compiler
#   /usr/lib/pinned-clang/lib/clang/19/include       its resource headers
#   /usr/lib/pinned-clang/lib/clang/19/{lib,share}   -> Debian's compiler-rt 19
#   /usr/include/pin, /usr/lib/cmake/pin             the pin library, find_package(pin)
#   /usr/share/pinned-clang/cmake/pinned-clang.cmake the CMake toolchain file
#   /usr/share/doc/pinned-clang/examples             the acceptance examples
#
# The driver finds its resource directory from its own real path
# (/proc/self/exe, then ../lib/clang/19), so nothing in the package refers to
# the build cache; tools/check_deb.sh verifies that after installing it.
#
# usage: tools/make_deb.sh PREFIX OUTDIR
#   PREFIX  the installed patched compiler (build.sh: $CACHE/prefix)
#   OUTDIR  where the .deb is written (a staging tree is made next to it)
# Environment: DEBFULLNAME, DEBEMAIL (the Maintainer field).
# Prints the path of the .deb on its last line.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LLVM_MAJOR=19
LLVM_FULL=19.1.7
LLVM_PREFIX=/usr/lib/llvm-$LLVM_MAJOR
PKG=pinned-clang
# Inside the package: a private prefix, so nothing collides with clang-19's files.
PKG_PREFIX=/usr/lib/$PKG

die() { echo "error: $*" >&2; exit 1; }
note() { echo "==> $*"; }

[[ $# == 2 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
PREFIX=$1 OUTDIR=$2
CLANG_BIN=$PREFIX/bin/clang-$LLVM_MAJOR
[[ -x $CLANG_BIN ]] || die "no patched compiler at $CLANG_BIN; run ./build.sh first"
[[ -d $PREFIX/lib/clang/$LLVM_MAJOR/include ]] || die "no resource headers at $PREFIX/lib/clang/$LLVM_MAJOR/include"
for tool in dpkg-deb dpkg-shlibdeps cmake; do
  command -v "$tool" > /dev/null || die "$tool not found (apt-get install dpkg-dev cmake)"
done

# ---------------------------------------------------------------- identity
# The series the compiler was built from: its --version names it once
# version_cmake_args is wired into build.sh; until then the cache's record of
# the applied series (patches.state, next to the prefix) is the evidence.
series=$(python3 "$ROOT/tools/series_digest.py") || die "cannot compute the series digest"
built=$("$CLANG_BIN" --version | sed -nE '1s/.*pinned-cxx series ([0-9a-f]+).*/\1/p')
if [[ -z $built ]]; then
  state=$(dirname "$PREFIX")/patches.state
  [[ -f $state ]] || die "$CLANG_BIN --version names no series and there is no $state to tell which series it was built from"
  built=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["digest"][:12])' "$state")
  echo "warning: '$CLANG_BIN --version' does not name its series yet (version_cmake_args is not wired into build.sh); using $state" >&2
fi
[[ $built == "$series" ]] \
  || die "the installed compiler was built from series $built, but clang-patches/ is series $series; run ./build.sh to rebuild it first"

# Debian version: upstream 19.1.7, then the date of the series' last change
# (so a newer series sorts higher) and its digest (so the version names it).
date=$(TZ=UTC git -C "$ROOT" log -1 --format=%cd --date=format:%Y%m%d -- clang-patches 2> /dev/null || true)
[[ -n $date ]] || date=$(date -u -d "@$(find "$ROOT/clang-patches" -name '*.patch' -printf '%T@\n' | sort -n | tail -1 | cut -d. -f1)" +%Y%m%d)
VERSION=$LLVM_FULL+pinned.$date.$series
ARCH=$(dpkg --print-architecture)

# ---------------------------------------------------------------- staging tree
mkdir -p "$OUTDIR"
STAGE=$OUTDIR/stage
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE$PKG_PREFIX/bin" "$STAGE$PKG_PREFIX/lib/clang/$LLVM_MAJOR" \
         "$STAGE/usr/bin" "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/$PKG/cmake"

note "staging the compiler from $PREFIX"
# Stripped: the symbol table is of no use to users and is most of the size.
install -m 0755 "$CLANG_BIN" "$STAGE$PKG_PREFIX/bin/clang-$LLVM_MAJOR"
strip --strip-unneeded "$STAGE$PKG_PREFIX/bin/clang-$LLVM_MAJOR"
# The build tree's run path names llvm-19-dev's lib directory and, by an empty
# entry, the current directory; libLLVM comes from the default path.
echo "    run path: $(python3 "$ROOT/tools/fix_runpath.py" "$STAGE$PKG_PREFIX/bin/clang-$LLVM_MAJOR")"
ln -s "clang-$LLVM_MAJOR" "$STAGE$PKG_PREFIX/bin/clang"
ln -s "clang-$LLVM_MAJOR" "$STAGE$PKG_PREFIX/bin/clang++"
# -fuse-ld=lld, and the sanitizer runtimes and ignore lists, come from
# Debian's packages of the same LLVM release (Recommends below).
ln -s "$LLVM_PREFIX/bin/ld.lld" "$STAGE$PKG_PREFIX/bin/ld.lld"
cp -r "$PREFIX/lib/clang/$LLVM_MAJOR/include" "$STAGE$PKG_PREFIX/lib/clang/$LLVM_MAJOR/"
ln -s "$LLVM_PREFIX/lib/clang/$LLVM_MAJOR/lib" "$STAGE$PKG_PREFIX/lib/clang/$LLVM_MAJOR/lib"
ln -s "$LLVM_PREFIX/lib/clang/$LLVM_MAJOR/share" "$STAGE$PKG_PREFIX/lib/clang/$LLVM_MAJOR/share"
# Relative links: the driver takes its mode from the name it is called by
# (clang++-pinned -> clang++) and its resource directory from its real path.
ln -s "../lib/$PKG/bin/clang" "$STAGE/usr/bin/clang-pinned"
ln -s "../lib/$PKG/bin/clang++" "$STAGE/usr/bin/clang++-pinned"
# clangd, when ./build.sh clangd built it: same resource directory (it finds
# it from its real path, like the driver), so the editor sees what the
# compiler sees.
clangd_bin=()
if [[ -x $PREFIX/bin/clangd ]]; then
  install -m 0755 "$PREFIX/bin/clangd" "$STAGE$PKG_PREFIX/bin/clangd"
  strip --strip-unneeded "$STAGE$PKG_PREFIX/bin/clangd"
  echo "    clangd run path: $(python3 "$ROOT/tools/fix_runpath.py" "$STAGE$PKG_PREFIX/bin/clangd")"
  ln -s "../lib/$PKG/bin/clangd" "$STAGE/usr/bin/clangd-pinned"
  clangd_bin=("$STAGE$PKG_PREFIX/bin/clangd")
else
  echo "    no clangd in $PREFIX (./build.sh clangd builds it): the package has none"
fi

note "staging the pin library (cmake --install, prefix /usr)"
libbuild=$OUTDIR/library-build
rm -rf "$libbuild"
# CMAKE_INSTALL_LIBDIR=lib: the package config is architecture-independent
# (header-only), so /usr/lib/cmake/pin rather than the multiarch directory.
cmake -S "$ROOT/library" -B "$libbuild" -DCMAKE_INSTALL_PREFIX=/usr \
      -DCMAKE_INSTALL_LIBDIR=lib -DPIN_BUILD_TESTS=OFF > "$OUTDIR/library-cmake.log" 2>&1 \
  || die "cmake for library/ failed (see $OUTDIR/library-cmake.log)"
DESTDIR=$STAGE cmake --install "$libbuild" --component pin > "$OUTDIR/library-install.log" 2>&1 \
  || die "installing library/ failed (see $OUTDIR/library-install.log)"
[[ -f $STAGE/usr/include/pin/pin.hpp && -f $STAGE/usr/lib/cmake/pin/pinConfig.cmake ]] \
  || die "the library install did not produce usr/include/pin/pin.hpp and usr/lib/cmake/pin/pinConfig.cmake"

install -m 0644 "$ROOT/cmake/pinned-clang.cmake" "$STAGE/usr/share/$PKG/cmake/pinned-clang.cmake"

note "staging the documentation and examples"
doc=$STAGE/usr/share/doc/$PKG
mkdir -p "$doc/examples"
cp "$ROOT"/examples/*.cpp "$ROOT"/examples/*.hpp "$ROOT"/examples/*.expected "$ROOT"/examples/README.md "$doc/examples/"
cat > "$doc/README.Debian" <<EOF
pinned-clang: a prototype of pinned classes and init parameters for C++
========================================================================

clang++-pinned is Clang $LLVM_FULL with the pinned-cxx patch series $series
('clang++-pinned --version' names it). It installs beside Debian's clang-$LLVM_MAJOR
and uses the system's libstdc++:

  clang++-pinned -std=c++23 my_program.cpp -o my_program

The pin library's headers are in /usr/include/pin; CMake projects use
find_package(pin CONFIG REQUIRED) and link pin::pin. To build an existing
CMake project with the prototype:

  cmake -DCMAKE_TOOLCHAIN_FILE=/usr/share/$PKG/cmake/pinned-clang.cmake ...

The examples/ directory holds the acceptance programs and their expected output.
EOF
cat > "$doc/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: pinned-clang
Comment: Clang $LLVM_FULL (Debian's llvm-toolchain-$LLVM_MAJOR source package) with
 the pinned-cxx patch series $series, and the pin header library.

Files: usr/lib/$PKG/*
Copyright: LLVM project contributors; pinned-cxx contributors (the patch series)
License: Apache-2.0 WITH LLVM-exception
 On Debian systems the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.
 The LLVM exception: https://llvm.org/LICENSE.txt

Files: usr/include/pin/* usr/lib/cmake/pin/* usr/share/$PKG/* usr/share/doc/$PKG/examples/*
Copyright: pinned-cxx contributors
License: Apache-2.0 WITH LLVM-exception
 Distributed under the same terms as the compiler it extends.
EOF
{
  echo "$PKG ($VERSION) unstable; urgency=low"
  echo
  echo "  * Built from the pinned-cxx repository, patch series $series."
  echo
  echo " -- ${DEBFULLNAME:-pinned-cxx prototype} <${DEBEMAIL:-pinned-cxx@example.invalid}>  $(date -R)"
} | gzip -9n > "$doc/changelog.Debian.gz"

# ---------------------------------------------------------------- control
note "computing the dependencies (dpkg-shlibdeps)"
# dpkg-shlibdeps wants a source package's debian/control in its working
# directory; a two-stanza stub is enough to resolve the libraries' packages.
shl=$OUTDIR/shlibdeps
rm -rf "$shl"; mkdir -p "$shl/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PKG" "$PKG" > "$shl/debian/control"
shlibs=$(cd "$shl" && dpkg-shlibdeps -O "$STAGE$PKG_PREFIX/bin/clang-$LLVM_MAJOR" "${clangd_bin[@]}" 2> "$OUTDIR/shlibdeps.log" \
         | sed -n 's/^shlibs:Depends=//p') || die "dpkg-shlibdeps failed: $(tail -3 "$OUTDIR/shlibdeps.log")"
[[ -n $shlibs ]] || die "dpkg-shlibdeps found no libraries for clang-$LLVM_MAJOR (see $OUTDIR/shlibdeps.log)"
# What a C++ compiler needs besides its own libraries, as Debian's clang-19
# declares it: the GCC runtime and libstdc++ headers it compiles and links
# against, the C library's headers and crt files, and the system linker.
DEPENDS="$shlibs, libstdc++-12-dev, libgcc-12-dev, libc6-dev, binutils"
RECOMMENDS="lld-$LLVM_MAJOR, libclang-rt-$LLVM_MAJOR-dev"
SUGGESTS="cmake"

installed_size=$(du -sk --apparent-size "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PKG
Version: $VERSION
Architecture: $ARCH
Maintainer: ${DEBFULLNAME:-pinned-cxx prototype} <${DEBEMAIL:-pinned-cxx@example.invalid}>
Installed-Size: $installed_size
Depends: $DEPENDS
Recommends: $RECOMMENDS
Suggests: $SUGGESTS
Section: devel
Priority: optional
Description: Clang $LLVM_FULL with pinned classes and init parameters (prototype)
 A patched Clang $LLVM_FULL prototyping two C++ language extensions: pinned
 classes (struct S pinned {...}, [[pinned]]: objects that are never moved,
 copied or relocated after construction) and init parameters
 (R f(init T& self): a function that constructs the caller's object in place,
 checked for definite initialization, with fallible construction and
 rollback). Patch series $series.
 .
 Installs beside Debian's clang-$LLVM_MAJOR as clang-pinned and clang++-pinned,
 with the header-only pin library (find_package(pin) in CMake) and a CMake
 toolchain file, /usr/share/$PKG/cmake/pinned-clang.cmake.
EOF
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
   | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"

# ---------------------------------------------------------------- build
DEB=$OUTDIR/${PKG}_${VERSION}_$ARCH.deb
rm -f "$OUTDIR/${PKG}"_*.deb
note "dpkg-deb --build ($(du -sh "$STAGE" | cut -f1) staged)"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" > /dev/null
echo "package: $PKG $VERSION, $(du -h "$DEB" | cut -f1), Depends: $DEPENDS"
echo "$DEB"
