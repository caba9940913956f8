#!/usr/bin/env python3
"""Check that tests/clang/<Dir>/*.cpp equal clang/test/<Dir>/*.cpp in the
patched source, for every Clang test directory mirrored in tests/clang."""
import filecmp
import os
import sys

ours, theirs = sys.argv[1], sys.argv[2]
mirrored = [d for d in sorted(os.listdir(ours))
            if os.path.isdir(os.path.join(theirs, d))]
problems, count = [], 0
for d in mirrored:
    for name in sorted(os.listdir(os.path.join(ours, d))):
        mine = os.path.join(ours, d, name)
        other = os.path.join(theirs, d, name)
        count += 1
        if not os.path.exists(other):
            problems.append(f"{d}/{name}: not in the patch series")
        elif not filecmp.cmp(mine, other, shallow=False):
            problems.append(f"{d}/{name}: differs from clang/test/{d}/{name}")
for p in problems:
    print(p)
print(f"{count} mirrored tests in {', '.join(mirrored)}; {len(problems)} out of sync")
sys.exit(1 if problems or count == 0 else 0)
