#!/usr/bin/env python3
"""Mutation fuzzer for the patched compiler (issue 16, item 3).

Seeds are the programs of the misuse corpus (tests/misuse) and of the
project's lit tests (tests/clang): small C++ files that already exercise
pinned classes and init parameters from every angle. Each mutant is one seed
with one to three mutations:

  delete       a line is removed (a member constructed no longer, a brace lost)
  duplicate    a line appears twice (double construction, redeclaration)
  swap         two neighbouring lines trade places (use before construction)
  init-arg     'init ' is removed from an argument, added after a '(', or an
               explicit slot 'init x' becomes 'init *x'
  pinned       '[[clang::pinned]]' / '[[pinned]]' / 'pinned' is removed from a
               class, or added to one
  constexpr    a function becomes 'constexpr', or loses it
  status       a 'return {};' becomes a failure return, or the reverse
  control      a line is wrapped in 'if (__builtin_expect(1, 1)) { ... }', or a
               'throw 1;' / 'return;' is inserted

and is compiled by the patched compiler to LLVM IR (so Sema, the definite-
initialization analysis, constant evaluation and code generation all run on
it), half of the time with the bytecode constant interpreter. A crash (a
signal, or Clang's crash banner) or a timeout is what the fuzzer looks for;
diagnostics are expected and ignored. Crashes are grouped by signature (the
first frames of Clang's stack dump that name a function), each group keeps
its first reproducer and a reduced one (lines deleted while the signature
stays the same), under $PINNED_CXX_CACHE/fuzz/.

Usage: fuzz.py --compiler CLANGXX [--seconds N | --count N] [--seed S]
               [--jobs J] [--markdown]

It prints one table and ends with 'N passed, N failed' (passed: mutants that
did not crash or time out; failed: distinct crash and timeout signatures).
The run is reproducible for a given --seed and --count.
"""

import argparse
import concurrent.futures as futures
import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("PINNED_CXX_CACHE",
                            Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pinned-cxx"))
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:", "frontend command failed due to signal")
TIMEOUT = 20
INCLUDES = [ROOT / "tests" / "clang" / "SemaCXX" / "Inputs", ROOT / "library" / "include",
            ROOT / "examples"]


def seeds():
    files = sorted((ROOT / "tests" / "misuse").rglob("*.cpp"))
    files += sorted(p for p in (ROOT / "tests" / "clang").rglob("*.cpp") if "Inputs" not in p.parts)
    return [(p, p.read_text(errors="replace").splitlines()) for p in files]


# --- mutations -------------------------------------------------------------

def m_delete(lines, rng):
    if len(lines) > 1:
        del lines[rng.randrange(len(lines))]


def m_duplicate(lines, rng):
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])


def m_swap(lines, rng):
    if len(lines) > 1:
        i = rng.randrange(len(lines) - 1)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]


def m_init_arg(lines, rng):
    with_init = [i for i, l in enumerate(lines) if "init " in l]
    calls = [i for i, l in enumerate(lines) if "(" in l and not l.lstrip().startswith("//")]
    choice = rng.randrange(3)
    if choice == 0 and with_init:
        i = rng.choice(with_init)
        lines[i] = lines[i].replace("init ", "", 1)
    elif choice == 1 and with_init:
        i = rng.choice(with_init)
        lines[i] = re.sub(r"\binit (\w)", r"init *\1", lines[i], count=1)
    elif calls:
        i = rng.choice(calls)
        lines[i] = lines[i].replace("(", "(init ", 1)


PINNED_RE = re.compile(r"\[\[(clang::)?pinned\]\]\s*|\bpinned\b\s*(?=[:{])")


def m_pinned(lines, rng):
    pinned = [i for i, l in enumerate(lines) if PINNED_RE.search(l)]
    classes = [i for i, l in enumerate(lines) if re.search(r"\b(struct|class) \w+\s*[:{]", l)]
    if pinned and rng.random() < 0.5:
        i = rng.choice(pinned)
        lines[i] = PINNED_RE.sub("", lines[i], count=1)
    elif classes:
        i = rng.choice(classes)
        lines[i] = re.sub(r"\b(struct|class) ", r"\1 [[clang::pinned]] ", lines[i], count=1)


def m_constexpr(lines, rng):
    fns = [i for i, l in enumerate(lines) if re.match(r"\s*(constexpr )?(void|std::expected|int|auto) \w+\(", l)]
    if fns:
        i = rng.choice(fns)
        if "constexpr " in lines[i]:
            lines[i] = lines[i].replace("constexpr ", "", 1)
        else:
            lines[i] = re.sub(r"^(\s*)", r"\1constexpr ", lines[i], count=1)


def m_status(lines, rng):
    rets = [i for i, l in enumerate(lines) if "return {};" in l or "std::unexpected" in l]
    if rets:
        i = rng.choice(rets)
        if "return {};" in lines[i]:
            lines[i] = lines[i].replace("return {};", "return std::unexpected(1);", 1)
        else:
            lines[i] = re.sub(r"return std::unexpected\([^;]*\);", "return {};", lines[i], count=1)


def m_control(lines, rng):
    i = rng.randrange(len(lines))
    choice = rng.randrange(3)
    if choice == 0 and lines[i].rstrip().endswith(";"):
        lines[i] = "if (__builtin_expect(1, 1)) { " + lines[i] + " }"
    elif choice == 1:
        lines.insert(i, "throw 1;")
    else:
        lines.insert(i, "return;")


MUTATIONS = [m_delete, m_duplicate, m_swap, m_init_arg, m_init_arg, m_pinned, m_constexpr,
             m_status, m_control]


def mutate(lines, rng):
    out = list(lines)
    for _ in range(rng.randint(1, 3)):
        if not out:
            break
        rng.choice(MUTATIONS)(out, rng)
    return out


# --- running and triage ----------------------------------------------------

FRAME_RE = re.compile(r"^\s*#\d+ 0x[0-9a-f]+ (?:in )?(.+?)(?: \(|$)")


def compile_text(compiler, text, interp, workdir):
    path = Path(workdir) / "mutant.cpp"
    path.write_text(text)
    cmd = ["nice", "-n", "19", compiler, "-std=c++23", "-fcxx-exceptions", "-S", "-emit-llvm",
           "-o", os.devnull, "-w", "-ferror-limit=50", "-fno-crash-diagnostics"]
    for inc in INCLUDES:
        cmd += ["-I", str(inc)]
    if interp:
        cmd.append("-fexperimental-new-constant-interpreter")
    cmd.append(str(path))
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, errors="replace")
    except subprocess.TimeoutExpired:
        return "timeout", "timeout"
    out = p.stdout + p.stderr
    if p.returncode < 0 or any(m in out for m in CRASH_MARKERS):
        return "crash", signature(out, p.returncode)
    return "ok", None


def signature(out, rc):
    frames = []
    for line in out.splitlines():
        m = FRAME_RE.match(line)
        if not m:
            continue
        name = m.group(1)
        # Skip the crash handler's own frames and unsymbolized ones.
        if any(s in name for s in ("llvm::sys::", "SignalHandler", "PrintStackTrace", "libc.so",
                                   "__restore_rt", "CrashRecoveryContext")):
            continue
        if name.startswith("0x") or "(" == name[:1]:
            continue
        frames.append(re.sub(r"\(.*", "", name).strip())
        if len(frames) == 3:
            break
    if not frames:
        return f"signal {-rc if rc and rc < 0 else '?'} (no symbolized frames)"
    return " <- ".join(frames)


def reduce(compiler, text, interp, sig, budget=150):
    """Delete lines while the crash keeps its signature (greedy, bounded)."""
    lines = text.splitlines()
    tries = 0
    with tempfile.TemporaryDirectory() as wd:
        chunk = max(1, len(lines) // 2)
        while chunk >= 1 and tries < budget:
            i = 0
            changed = False
            while i < len(lines) and tries < budget:
                cand = lines[:i] + lines[i + chunk:]
                tries += 1
                kind, s = compile_text(compiler, "\n".join(cand) + "\n", interp, wd)
                if kind == "crash" and s == sig:
                    lines = cand
                    changed = True
                else:
                    i += chunk
            if not changed:
                chunk //= 2
    return "\n".join(lines) + "\n"


def work(args):
    compiler, text, interp = args
    with tempfile.TemporaryDirectory() as wd:
        return compile_text(compiler, text, interp, wd)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--compiler", default=str(CACHE / "prefix" / "bin" / "clang++"))
    ap.add_argument("--seconds", type=float, default=600, help="time budget (default 600)")
    ap.add_argument("--count", type=int, default=0, help="number of mutants (overrides --seconds)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    corpus = seeds()
    out_dir = CACHE / "fuzz"
    out_dir.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    tried = ok = 0
    groups = {}  # signature -> (kind, count, first mutant text, interp, seed file)
    batch = max(4, a.jobs * 4)

    def more():
        if a.count:
            return tried < a.count
        return time.monotonic() - start < a.seconds

    with futures.ThreadPoolExecutor(a.jobs) as pool:
        while more():
            n = min(batch, a.count - tried) if a.count else batch
            jobs = []
            for _ in range(n):
                seed_path, lines = rng.choice(corpus)
                text = "\n".join(mutate(lines, rng)) + "\n"
                interp = rng.random() < 0.5
                jobs.append((seed_path, text, interp))
            results = pool.map(work, [(a.compiler, t, i) for _, t, i in jobs])
            for (seed_path, text, interp), (kind, sig) in zip(jobs, results):
                tried += 1
                if kind == "ok":
                    ok += 1
                    continue
                g = groups.setdefault(sig, [kind, 0, text, interp, seed_path])
                g[1] += 1
    elapsed = time.monotonic() - start

    rows = []
    for sig, (kind, count, text, interp, seed_path) in sorted(groups.items()):
        h = hashlib.sha1(sig.encode()).hexdigest()[:10]
        (out_dir / f"{kind}-{h}.cpp").write_text(text)
        reduced = reduce(a.compiler, text, interp, sig) if kind == "crash" else text
        (out_dir / f"{kind}-{h}.reduced.cpp").write_text(reduced)
        rows.append((kind, count, sig, seed_path.relative_to(ROOT), f"{kind}-{h}.reduced.cpp", interp))

    crashes = sum(1 for r in rows if r[0] == "crash")
    timeouts = sum(1 for r in rows if r[0] == "timeout")
    print()
    print(f"## Mutation fuzzer (seed {a.seed}), patched compiler: {a.compiler}")
    print(f"| seeds | mutants | compiled without crash | crashing mutants | crash signatures | timeouts | seconds |")
    print(f"|-------|---------|------------------------|------------------|------------------|----------|---------|")
    print(f"| {len(corpus)} | {tried} | {ok} | {sum(r[1] for r in rows if r[0] == 'crash')} | "
          f"{crashes} | {timeouts} | {elapsed:.0f} |")
    for kind, count, sig, seed_path, repro, interp in rows:
        print(f"  {kind}: {count}x {sig}\n    seed {seed_path}{' (bytecode interpreter)' if interp else ''};"
              f" reproducer {out_dir / repro}")
    print(f"{ok} passed, {len(rows)} failed")
    return 0 if not rows else 1


if __name__ == "__main__":
    sys.exit(main())
