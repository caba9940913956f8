#!/usr/bin/env bash
# Checks the clangd built from the patched sources (./build.sh clangd) the way an
# editor uses it, on tests/clangd/mistake.cpp: 'clangd --check' and an LSP session
# (tools/lsp_check.py) must report the definite-initialization error of the
# deliberate mistake, hover must show the pinned class, and signature help and
# inlay hints must be right for calls with an explicit slot and for calls that
# omit it (shown without the slot, the call's value being the slot's object).
# Prints 'N passed, N failed'.
# usage: tools/check_clangd.sh CLANGD
set -euo pipefail
clangd=$1
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$here/tests/clangd
passed=0 failed=0
expect() { # NAME OUTPUT PATTERN
  if grep -qF -- "$3" <<< "$2"; then passed=$((passed + 1)); echo "PASS: $1"
  else failed=$((failed + 1)); echo "FAIL: $1: no '$3' in:"; sed 's/^/    /' <<< "$2"; fi
}
check=$(cd "$dir" && timeout 300 "$clangd" --check=mistake.cpp 2>&1 || true)
expect "clangd --check reports the mistake" "$check" \
  "[init_slot_used_before_construction] Line 25: 'self.value' is used before it is constructed"
expect "clangd --check sees exactly one error" "$check" "All checks completed, 1 errors"
lsp=$(cd "$dir" && timeout 300 python3 "$here/tools/lsp_check.py" "$clangd" mistake.cpp \
        --hover 4:8 --signature 37:30 --signature 42:27 --signature 42:34 --inlay 2>&1 || true)
expect "LSP diagnostic" "$lsp" "diagnostic 25:13: 'self.value' is used before it is constructed"
expect "hover on a pinned class" "$lsp" "struct list_head pinned {}"
expect "signature help, explicit slot" "$lsp" \
  "signature 37:30: link(init list_head &self, list_head *next, list_head *prev) -> void active=list_head *prev"
# A call that omits the slot is shown as it is called: its value is the slot's
# object and its first argument binds to the parameter after the slot.
expect "signature help, omitted slot: first written argument" "$lsp" \
  "signature 42:27: link(list_head *next, list_head *prev) -> list_head active=list_head *next"
expect "signature help, omitted slot: second written argument" "$lsp" \
  "signature 42:34: link(list_head *next, list_head *prev) -> list_head active=list_head *prev"
expect "inlay hints, omitted slot: first written argument" "$lsp" "inlay 42:27: next:"
expect "inlay hints, omitted slot: second written argument" "$lsp" "inlay 42:34: prev:"
# ... and no hint names the slot, which nothing is written for (lines 41-44).
slot_hints=$(grep -E '^inlay 4[1-4]:[0-9]+: &?self' <<< "$lsp" || true)
expect "inlay hints, omitted slot: none for the slot" "${slot_hints:-none}" "none"
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
