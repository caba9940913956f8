#!/usr/bin/env bash
# Compile-time cost of pin::fields and of including pin/pin.hpp, before and after a change.
#
#   library/bench/compile_time.sh [--cxx g++-12] [--before REV] [--sizes "10 20 40 80"]
#
# For each size N it compiles (-fsyntax-only, -std=c++23) one translation unit with a
# struct of N std::string members built by pin::fields<...>().set<...>() x N and run by
# pin::make_box, and prints wall time (s) and peak memory (MB, the compiler's maximum
# resident set) with the headers of REV ("before", default: the commit before the second
# iteration of the library) and with the working tree's ("after"). "header" is a
# translation unit that only includes pin/pin.hpp; "baseline" one that includes only the
# standard headers pin.hpp uses, so header - baseline is pin's own cost.
# Runs under nice; each measurement is the best of --runs (default 1) runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cxx=g++-12
before=779257a
sizes="10 20 40 80"
runs=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --cxx) cxx=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--cxx CXX] [--before REV] [--sizes \"10 20 40 80\"] [--runs N]" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/before"
git -C "$root" archive "$before" library/include | tar -x -C "$work/before"

# N std::string fields, all set, boxed.
gen() {
  local n=$1 f=$2 i
  {
    echo '#include <pin/pin.hpp>'
    echo '#include <string>'
    echo 'struct many {'
    for ((i = 0; i < n; i++)); do echo "  std::string f$i;"; done
    echo '};'
    echo 'auto build() {'
    printf '  return pin::make_box(pin::fields<many>()'
    for ((i = 0; i < n; i++)); do printf '\n    .set<&many::f%d>("%d")' "$i" "$i"; done
    echo ');'
    echo '}'
    echo 'int main() { return build() ? 0 : 1; }'
  } > "$f"
}

# Prints "seconds MB" for compiling $2 with include dir $1 (best of $runs).
measure() {
  local inc=$1 src=$2 best_t="" best_m="" out t m r
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -o "$work/time" -f '%e %M' nice -n 19 "$cxx" -std=c++23 -fsyntax-only -I"$inc" "$src" \
      > /dev/null 2> "$work/err" || { echo "compile failed: $src" >&2; cat "$work/err" >&2; echo "- -"; return; }
    out=$(tail -1 "$work/time")
    t=${out% *}; m=$(( ${out#* } / 1024 ))
    if [[ -z $best_t ]] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [[ -z $best_m ]] || (( m < best_m )); then best_m=$m; fi
  done
  echo "$best_t $best_m"
}

echo "compiler: $cxx ($("$cxx" --version | head -1)); before: $before; after: working tree"
printf '%-10s %12s %12s %12s %12s\n' case "before s" "before MB" "after s" "after MB"
for n in $sizes; do
  gen "$n" "$work/fields_$n.cpp"
  read -r bt bm < <(measure "$work/before/library/include" "$work/fields_$n.cpp")
  read -r at am < <(measure "$root/library/include" "$work/fields_$n.cpp")
  printf '%-10s %12s %12s %12s %12s\n' "fields $n" "$bt" "$bm" "$at" "$am"
done
echo '#include <pin/pin.hpp>' > "$work/header.cpp"
printf '#include <%s>\n' atomic concepts cstddef cstdint cstdlib cstring expected memory new tuple type_traits utility > "$work/baseline.cpp"
read -r bt bm < <(measure "$work/before/library/include" "$work/header.cpp")
read -r at am < <(measure "$root/library/include" "$work/header.cpp")
printf '%-10s %12s %12s %12s %12s\n' "header" "$bt" "$bm" "$at" "$am"
read -r st sm < <(measure "$root/library/include" "$work/baseline.cpp")
printf '%-10s %12s %12s %12s %12s\n' "baseline" "$st" "$sm" "$st" "$sm"
