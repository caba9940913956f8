#!/usr/bin/env python3
"""Print the identity of the patch series: a digest of clang-patches/*.patch.

The digest is the one tools/apply_patches.py records in the cache's
patches.state (sha256 over each patch's file name and bytes, in name order),
so the version string of a compiler, the package version and the build cache
all name a series the same way. Only the patches count: an unchanged series
has the same digest in every checkout, on every machine.

usage: series_digest.py [--full] [PATCH_DIR]
  PATCH_DIR  default: clang-patches/ next to this script's directory
  --full     the whole sha256 (64 hex digits) instead of the first 12
Exit status: 0, or 2 when PATCH_DIR holds no *.patch file.
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from apply_patches import digest  # noqa: E402  (one definition of the digest)

SHORT = 12  # 48 bits: unambiguous among any series this project will have


def main(argv):
    args = [a for a in argv if a != "--full"]
    if len(args) > 1 or any(a.startswith("-") for a in args):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    patch_dir = args[0] if args else os.path.join(root, "clang-patches")
    # Name order, as build.sh's glob applies them (NNNN- prefixes).
    patches = sorted(glob.glob(os.path.join(patch_dir, "*.patch")),
                     key=os.path.basename)
    if not patches:
        print(f"error: no *.patch in {patch_dir}", file=sys.stderr)
        return 2
    full = digest(patches)
    print(full if "--full" in argv else full[:SHORT])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
