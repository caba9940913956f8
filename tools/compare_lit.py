#!/usr/bin/env python3
"""Compare two lit JSON reports of Clang's own tests, test by test.

usage: compare_lit.py PATCHED.json BASELINE.json [--markdown]

PATCHED is the patched compiler on the patched test tree, BASELINE the
unpatched 19.1.7 compiler on the pristine test tree. A regression is a test
that passes (or fails as expected) on the baseline and fails on the patched
compiler. Tests only the patch series adds, or that the baseline cannot run
(unsupported there), are counted apart. Exit status 1 if there is any
regression.
"""
import json
import sys

GOOD = {"PASS", "XFAIL"}
BAD = {"FAIL", "XPASS", "TIMEOUT", "UNRESOLVED"}


def load(path):
    with open(path) as f:
        tests = json.load(f)["tests"]
    # Names look like 'Clang :: SemaCXX/foo.cpp'; the suite name may differ.
    return {t["name"].split(" :: ", 1)[-1]: t["code"] for t in tests}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    markdown = "--markdown" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    patched, baseline = load(args[0]), load(args[1])
    common = sorted(set(patched) & set(baseline))
    regressions = [t for t in common
                   if baseline[t] in GOOD and patched[t] in BAD]
    fixed = [t for t in common if baseline[t] in BAD and patched[t] in GOOD]
    both_bad = [t for t in common if baseline[t] in BAD and patched[t] in BAD]
    added = sorted(set(patched) - set(baseline))
    added_bad = [t for t in added if patched[t] in BAD]
    dirs = sorted({t.split("/", 1)[0] for t in common})

    rows = [
        ("tests run on both compilers", len(common)),
        ("pass on both", sum(baseline[t] in GOOD and patched[t] in GOOD
                             for t in common)),
        ("regressions (pass unpatched, fail patched)", len(regressions)),
        ("fail on both (the baseline build cannot pass them)", len(both_bad)),
        ("fail unpatched, pass patched", len(fixed)),
        ("tests the series adds", len(added)),
        ("  of which fail", len(added_bad)),
    ]
    if markdown:
        print(f"Directories: {', '.join(dirs)}\n")
        print("| | tests |\n| --- | ---: |")
        for name, n in rows:
            print(f"| {name.strip()} | {n} |")
    else:
        print(f"directories: {', '.join(dirs)}")
        for name, n in rows:
            print(f"  {name:52} {n:6}")
    for title, names in (("regression", regressions), ("fails on both", both_bad),
                         ("new test fails", added_bad)):
        for t in names:
            print(f"{'- ' if markdown else '  '}{title}: {t}"
                  f" (unpatched {baseline.get(t, '-')}, patched {patched[t]})")
    sys.exit(1 if regressions or added_bad else 0)


if __name__ == "__main__":
    main()
