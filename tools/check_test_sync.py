#!/usr/bin/env python3
"""Check that tests/clang/<Dir>/ equals clang/test/<Dir>/ in the patched source, for
every Clang test directory mirrored in tests/clang: each file, including those in
subdirectories such as Inputs/, must exist there with the same content."""
import filecmp
import os
import sys

ours, theirs = sys.argv[1], sys.argv[2]
mirrored = [d for d in sorted(os.listdir(ours))
            if os.path.isdir(os.path.join(ours, d)) and os.path.isdir(os.path.join(theirs, d))]
problems, count = [], 0
for d in mirrored:
    for root, dirs, files in os.walk(os.path.join(ours, d)):
        dirs.sort()
        for name in sorted(files):
            mine = os.path.join(root, name)
            rel = os.path.relpath(mine, ours)
            other = os.path.join(theirs, rel)
            count += 1
            if not os.path.exists(other):
                problems.append(f"{rel}: not in the patch series")
            elif not filecmp.cmp(mine, other, shallow=False):
                problems.append(f"{rel}: differs from clang/test/{rel}")
for p in problems:
    print(p)
print(f"{count} mirrored tests in {', '.join(mirrored)}; {len(problems)} out of sync")
sys.exit(1 if problems or count == 0 else 0)
