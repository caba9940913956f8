#!/usr/bin/env bash
# Work on the patch series as a git history instead of as .patch files.
#
#   tools/series.sh init     lay the work tree: pristine clang/ (and
#                            clang-tools-extra/ when the cache has it) as
#                            commit 'base', then one commit per
#                            clang-patches/*.patch (git am)
#   tools/series.sh export   rewrite clang-patches/ from base..HEAD (one file per
#                            commit, byte-stable: zero hashes, no signature)
#                            and copy the tests the series adds under
#                            clang/test/ to tests/clang/ (checked by
#                            tools/check_test_sync.py)
#   tools/series.sh sync     copy the work tree's files (committed or not) that
#                            differ from the build's source into it, so
#                            './build.sh dev' compiles them without an export
#   tools/series.sh status   what differs between the work tree, the exported
#                            series and the build's source
#
# The work tree lives in the cache, outside the repository
# ($PINNED_CXX_CACHE/series, or SERIES_DIR), because it holds LLVM source that
# is never committed here. Typical loop: 'init' once; edit, 'sync',
# './build.sh dev', test; 'git commit --fixup' into the right step and
# 'git rebase -i --autosquash base'; 'export'; commit clang-patches/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${PINNED_CXX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pinned-cxx}
DIR=${SERIES_DIR:-$CACHE/series}
PRISTINE=${LLVM_SRC:-$CACHE/pristine/llvm-project}
SRC=$CACHE/src
STATE=$CACHE/patches.state
PATCHES=$ROOT/clang-patches
# A fixed identity and date keep exported patches identical across machines.
export GIT_AUTHOR_NAME=pinned-cxx GIT_AUTHOR_EMAIL=dev@pinned-cxx.invalid
export GIT_COMMITTER_NAME=pinned-cxx GIT_COMMITTER_EMAIL=dev@pinned-cxx.invalid

die() { echo "series: $*" >&2; exit 1; }
git_() { git -C "$DIR" "$@"; }

cmd_init() {
  [[ -f $PRISTINE/clang/CMakeLists.txt ]] \
    || die "no pristine source at $PRISTINE: run './build.sh prepare' first"
  [[ ! -e $DIR ]] || die "$DIR exists; remove it to start over (uncommitted work is lost)"
  # clangd lives in clang-tools-extra/; the base holds it whenever the pristine
  # source does, and must when a patch of the series changes it.
  local extra=()
  if [[ -f $PRISTINE/clang-tools-extra/CMakeLists.txt ]]; then
    extra=(clang-tools-extra)
  elif grep -qs '^diff --git a/clang-tools-extra/' "$PATCHES"/*.patch; then
    die "the series changes clang-tools-extra/, which $PRISTINE lacks: run './build.sh prepare' first"
  fi
  mkdir -p "$DIR.partial"
  local d
  for d in clang "${extra[@]}"; do cp -a "$PRISTINE/$d" "$DIR.partial/$d"; done
  git -C "$DIR.partial" init -q
  git -C "$DIR.partial" config core.autocrlf false
  git -C "$DIR.partial" add -A
  git -C "$DIR.partial" commit -qm "pristine clang ${extra[*]} $(basename "$PRISTINE")" --date=@0
  git -C "$DIR.partial" tag base
  mv "$DIR.partial" "$DIR"
  local p
  for p in "$PATCHES"/*.patch; do
    [[ -e $p ]] || continue
    git_ am -q --keep-non-patch --committer-date-is-author-date "$p" \
      || die "$(basename "$p") does not apply; 'git -C $DIR am --show-current-patch'"
  done
  echo "series: $DIR at $(git_ rev-list --count base..HEAD) commits on 'base'"
}

cmd_export() {
  [[ -d $DIR/.git ]] || die "no work tree at $DIR: run 'tools/series.sh init'"
  [[ -z $(git_ status --porcelain --untracked-files=no) ]] \
    || die "uncommitted changes in $DIR: commit them into the series first"
  local tmp; tmp=$(mktemp -d)
  git_ format-patch -q -N --no-signature --zero-commit -o "$tmp" base..HEAD
  rm -f "$PATCHES"/*.patch
  mkdir -p "$PATCHES"
  cp "$tmp"/*.patch "$PATCHES"/ 2> /dev/null || true
  rm -rf "$tmp"
  echo "series: exported $(ls "$PATCHES"/*.patch 2> /dev/null | wc -l) patches to $PATCHES"
  # The series' own tests run from the repository too (tests/clang/lit.cfg.py
  # gives them the same substitutions), so a change to one is seen there.
  local rel n=0
  while IFS= read -r rel; do
    mkdir -p "$ROOT/tests/clang/$(dirname "$rel")"
    if ! cmp -s "$DIR/clang/test/$rel" "$ROOT/tests/clang/$rel"; then
      cp "$DIR/clang/test/$rel" "$ROOT/tests/clang/$rel"
      n=$((n + 1))
    fi
  done < <(git_ diff --name-only --diff-filter=A base HEAD -- clang/test | sed 's|^clang/test/||')
  echo "series: updated $n tests in tests/clang"
}

# Files that differ from 'base' in the work tree, tracked or new.
changed_files() {
  { git_ diff --name-only base; git_ ls-files --others --exclude-standard; } | sort -u
}

cmd_sync() {
  [[ -d $DIR/.git ]] || die "no work tree at $DIR: run 'tools/series.sh init'"
  [[ -d $SRC ]] || die "no build source at $SRC: run './build.sh prepare' first"
  python3 - "$DIR" "$PRISTINE" "$SRC" "$STATE" <<'PY' $(changed_files)
import json, os, shutil, sys
work, pristine, src, state_path = sys.argv[1:5]
changed = set(sys.argv[5:])
state = {"digest": None, "touched": []}
if os.path.exists(state_path):
    state = json.load(open(state_path))
# Files an earlier patch or sync touched but the work tree no longer changes
# go back to pristine, like apply_patches.py does.
paths = sorted(changed | set(state["touched"]))
def same(a, b):
    if not (os.path.isfile(a) and os.path.isfile(b)):
        return False
    return open(a, "rb").read() == open(b, "rb").read()
n = 0
for rel in paths:
    want = os.path.join(work, rel) if rel in changed else os.path.join(pristine, rel)
    dest = os.path.join(src, rel)
    if os.path.isfile(want):
        if not same(want, dest):
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copyfile(want, dest + ".new")   # a new mtime for ninja
            os.replace(dest + ".new", dest)
            n += 1
    elif os.path.exists(dest):
        os.remove(dest)
        n += 1
# The build source now follows the work tree, not clang-patches/: a later
# './build.sh' must re-apply the series over every file touched here.
with open(state_path + ".tmp", "w") as f:
    json.dump({"digest": "work-tree", "touched": sorted(changed | set(state["touched"]))}, f)
os.replace(state_path + ".tmp", state_path)
print(f"series: synced {n} files into {src}")
PY
}

cmd_status() {
  [[ -d $DIR/.git ]] || die "no work tree at $DIR: run 'tools/series.sh init'"
  echo "work tree: $DIR, $(git_ rev-list --count base..HEAD) commits"
  git_ log --oneline base..HEAD | sed 's/^/  /'
  git_ status --short | sed 's/^/  uncommitted: /'
  local tmp; tmp=$(mktemp -d)
  git_ format-patch -q -N --no-signature --zero-commit -o "$tmp" base..HEAD
  if diff -rq "$tmp" "$PATCHES" > /dev/null 2>&1; then
    echo "clang-patches/: identical to the work tree's commits"
  else
    echo "clang-patches/: differs from the work tree's commits (run 'export')"
  fi
  rm -rf "$tmp"
}

case ${1:-} in
  init) cmd_init ;;
  export) cmd_export ;;
  sync) cmd_sync ;;
  status) cmd_status ;;
  *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
