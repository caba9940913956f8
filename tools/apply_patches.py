#!/usr/bin/env python3
"""Keep a patched copy of the Clang source in sync with clang-patches/.

The build tree must only see new modification times on files whose content
really changed, otherwise ninja recompiles most of Clang for a one-line patch
edit. So the series is applied in a small staging tree that holds only the
files any old or new patch touches, and only those whose bytes differ are
copied into the build's source tree.

usage: apply_patches.py PRISTINE DEST STATE PATCH...
Exit status: 0 done (prints 'unchanged' or 'updated N files'), 1 a patch does
not apply (prints its name and the rejected hunks), 2 bad cache state.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys


def touched_files(patch_path):
    files = set()
    with open(patch_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("diff --git "):
                parts = line.split()
                for p in parts[2:4]:
                    if p[:2] in ("a/", "b/"):
                        files.add(p[2:])
    return files


def digest(patches):
    h = hashlib.sha256()
    for p in patches:
        h.update(os.path.basename(p).encode() + b"\0")
        with open(p, "rb") as f:
            h.update(f.read())
        h.update(b"\0")
    return h.hexdigest()


def same_content(a, b):
    if not (os.path.isfile(a) and os.path.isfile(b)):
        return False
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


def fail(code, msg):
    print(msg, file=sys.stderr)
    sys.exit(code)


def main():
    if len(sys.argv) < 4:
        fail(2, "usage: apply_patches.py PRISTINE DEST STATE PATCH...")
    pristine, dest, state_path, patches = (sys.argv[1], sys.argv[2],
                                           sys.argv[3], sys.argv[4:])
    state = {"digest": None, "touched": []}
    if os.path.exists(state_path):
        try:
            with open(state_path) as f:
                state = json.load(f)
            assert isinstance(state.get("touched"), list)
        except Exception:
            fail(2, f"corrupt cache: {state_path} is unreadable; "
                    "run './build.sh clean' to start over")
    if os.path.exists(state_path) and not os.path.isdir(dest):
        fail(2, f"corrupt cache: {dest} is missing but {state_path} exists; "
                "run './build.sh clean' to start over")

    new_digest = digest(patches)
    if state["digest"] == new_digest and os.path.isdir(dest):
        print("unchanged")
        return

    if not os.path.isdir(dest):
        tmp = dest + ".partial"
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(pristine, tmp, symlinks=True)
        os.rename(tmp, dest)
        state = {"digest": None, "touched": []}

    new_touched = set()
    for p in patches:
        new_touched |= touched_files(p)
    union = sorted(set(state["touched"]) | new_touched)

    staging = dest + ".staging"
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)
    for rel in union:
        src = os.path.join(pristine, rel)
        if os.path.isfile(src):
            os.makedirs(os.path.dirname(os.path.join(staging, rel)),
                        exist_ok=True)
            shutil.copy2(src, os.path.join(staging, rel))

    for p in patches:
        name = os.path.basename(p)
        ok = subprocess.run(["git", "apply", "--whitespace=nowarn", p],
                            cwd=staging, capture_output=True, text=True)
        if ok.returncode != 0:
            subprocess.run(["git", "apply", "--whitespace=nowarn", "--reject",
                            p], cwd=staging, capture_output=True, text=True)
            rejects = []
            for root, _, files in os.walk(staging):
                for fn in files:
                    if fn.endswith(".rej"):
                        with open(os.path.join(root, fn)) as f:
                            rejects.append(f.read())
            first_err = (ok.stderr.strip().splitlines() or ["?"])[0]
            first_err = first_err.removeprefix("error: ")
            sys.stderr.write(f"error: patch {name} does not apply: "
                             f"{first_err}\n")
            for r in rejects:
                sys.stderr.write(r)
            shutil.rmtree(staging, ignore_errors=True)
            sys.exit(1)

    changed = 0
    for rel in union:
        staged = os.path.join(staging, rel)
        target = os.path.join(dest, rel)
        if os.path.isfile(staged):
            if not same_content(staged, target):
                os.makedirs(os.path.dirname(target), exist_ok=True)
                # copyfile, not copy2: the new content needs a new mtime.
                tmp = target + ".new"
                shutil.copyfile(staged, tmp)
                shutil.copymode(staged, tmp)
                os.replace(tmp, target)
                changed += 1
        elif os.path.exists(target):
            os.remove(target)
            changed += 1
    shutil.rmtree(staging, ignore_errors=True)

    tmp_state = state_path + ".tmp"
    with open(tmp_state, "w") as f:
        json.dump({"digest": new_digest, "touched": sorted(new_touched)}, f)
    os.replace(tmp_state, state_path)
    print(f"updated {changed} files")


if __name__ == "__main__":
    main()
