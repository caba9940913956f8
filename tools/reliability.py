#!/usr/bin/env python3
"""Reliability run of the patched compiler (issue 16, items 1 to 3).

1. The misuse corpus (tests/misuse/<category>/*.cpp): every program runs as
   `clang++ -std=c++23 -fsyntax-only -Xclang -verify FILE` with the patched
   compiler. A misuse program names the exact diagnostic it expects; a valid
   program says `expected-no-diagnostics`. Programs listed in
   tests/misuse/KNOWN_HOLES are open compiler bugs: they are expected to fail
   (like lit's XFAIL) and are reported on their own, and one that starts
   passing is reported as a failure so that the list is kept truthful.
2. Real code nobody here wrote, unmodified: every libstdc++ (g++-12) and libc++
   (LLVM 19) header in C++23 is compiled -fsyntax-only by the patched compiler
   and by the stock clang++-19, and their diagnostics are compared; optionally
   (--clang-sources, --debian) Clang's own 19.1.7 sources and a Debian source
   package fetched with `apt-get source`.

3. A mutation fuzzer (tools/fuzz.py) over the corpus and the lit tests, for
   --fuzz seconds (default 300): crashes and timeouts, grouped by signature,
   with reduced reproducers.

It prints one table per part and ends with 'N passed, N failed'. Exit status 0
when nothing failed. See tests/RELIABILITY.md for what the figures mean.
"""

import argparse
import concurrent.futures as futures
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "misuse"
CACHE = Path(os.environ.get("PINNED_CXX_CACHE",
                            Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pinned-cxx"))
LIBSTDCXX = Path("/usr/include/c++/12")
LIBCXX = Path("/usr/lib/llvm-19/include/c++/v1")
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:", "frontend command failed due to signal",
                 "clang frontend command failed with exit code")
DEBIAN_DEFAULT = "zeromq3"


def run(cmd, timeout, cwd=None, stdin=None):
    """Run a command at the lowest priority; return (returncode, output, seconds).

    The return code is None on a timeout."""
    start = time.monotonic()
    try:
        p = subprocess.run(["nice", "-n", "19", *cmd], cwd=cwd, capture_output=True, text=True,
                           timeout=timeout, input=stdin, errors="replace")
        return p.returncode, p.stdout + p.stderr, time.monotonic() - start
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"") + (e.stderr or b"")
        return None, out.decode(errors="replace") if isinstance(out, bytes) else out, timeout


def crashed(rc, out):
    return (rc is not None and rc < 0) or any(m in out for m in CRASH_MARKERS)


# ------------------------------------------------------------------ the corpus
class Program:
    """One corpus file and what its header comment asks for."""

    def __init__(self, path):
        self.path = path
        self.category = path.parent.name
        self.rel = f"{self.category}/{path.name}"
        text = path.read_text()
        self.valid = "expected-no-diagnostics" in text
        self.flags, self.pch, self.modules = [], [], []
        for line in text.splitlines():
            m = re.match(r"//\s*(FLAGS|PCH|MODULE):\s*(.*)$", line)
            if m:
                kind, value = m.group(1), m.group(2).strip()
                if kind == "FLAGS":
                    self.flags += shlex.split(value)
                elif kind == "PCH":
                    self.pch.append(path.parent / value)
                else:
                    self.modules.append(path.parent / value)


def load_known_holes():
    """KNOWN_HOLES: one 'category/file.cpp  reason' per line, '#' comments."""
    holes = {}
    f = CORPUS / "KNOWN_HOLES"
    if f.exists():
        for line in f.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                name, _, reason = line.partition(" ")
                holes[name] = reason.strip()
    return holes


def run_program(prog, cxx, workdir):
    """Compile one corpus program with -verify; return (ok, crashed, log)."""
    tmp = Path(tempfile.mkdtemp(dir=workdir))
    try:
        return verify_program(prog, cxx, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def verify_program(prog, cxx, tmp):
    extra, log = [], []
    base = [cxx, "-std=c++23", *prog.flags]
    # A precompiled header or a module interface is built first, with the same
    # compiler, and the program is verified against it.
    for i, header in enumerate(prog.pch):
        out = tmp / f"h{i}.pch"
        rc, o, _ = run([*base, "-x", "c++-header", str(header), "-o", str(out)], 120)
        log.append(o)
        if rc != 0:
            return False, crashed(rc, o), "\n".join(log + [f"building {header} failed"])
        extra += ["-include-pch", str(out)]
    for i, iface in enumerate(prog.modules):
        m = re.search(r"^\s*export\s+module\s+([\w.:]+)\s*;", iface.read_text(), re.M)
        name = m.group(1) if m else f"m{i}"
        out = tmp / f"{name}.pcm"
        rc, o, _ = run([*base, "--precompile", "-x", "c++-module", str(iface), "-o", str(out)], 120)
        log.append(o)
        if rc != 0:
            return False, crashed(rc, o), "\n".join(log + [f"building {iface} failed"])
        extra += [f"-fmodule-file={name}={out}"]
    cmd = [*base, *extra, "-fsyntax-only", "-Xclang", "-verify", str(prog.path)]
    rc, out, _ = run(cmd, 120)
    log.append("$ " + shlex.join(cmd) + "\n" + out + ("\n(timed out)" if rc is None else ""))
    return rc == 0, crashed(rc, out), "\n".join(log)


def corpus_part(args, cxx, results):
    holes = load_known_holes()
    files = sorted(p for p in CORPUS.glob("*/*.cpp") if p.parent.name != "Inputs")
    if args.category:
        files = [f for f in files if f.parent.name in args.category]
    progs = [Program(p) for p in files]
    logdir = args.cache / "corpus-logs"
    shutil.rmtree(logdir, ignore_errors=True)
    logdir.mkdir(parents=True)
    with futures.ThreadPoolExecutor(args.jobs) as pool:
        outcomes = list(pool.map(lambda p: (p, *run_program(p, cxx, args.cache)), progs))

    rows = defaultdict(Counter)
    wrong, open_holes, fixed_holes, crashes = [], [], [], []
    for prog, ok, crash, log in outcomes:
        (logdir / prog.category).mkdir(exist_ok=True)
        (logdir / prog.category / (prog.path.name + ".log")).write_text(log)
        row = rows[prog.category]
        row["programs"] += 1
        row["valid" if prog.valid else "misuse"] += 1
        if crash:
            # A crash is a failure whatever the expectation, listed or not.
            row["crashes"] += 1
            crashes.append(prog.rel)
        elif ok:
            if prog.rel in holes:
                row["wrong"] += 1
                fixed_holes.append(prog.rel)
            else:
                row["accepted" if prog.valid else "rejected"] += 1
        elif prog.rel in holes:
            row["holes"] += 1
            open_holes.append((prog.rel, holes[prog.rel]))
        else:
            row["wrong"] += 1
            wrong.append(prog.rel)
    # Only the categories that ran (--category) can vouch for a listed file.
    ran = {p.category for p in progs}
    stale = sorted(h for h in set(holes) - {p.rel for p in progs}
                   if h.split("/", 1)[0] in ran)

    print("\n## Misuse corpus (tests/misuse), patched compiler:", cxx)
    head = ["category", "programs", "misuse", "valid", "rejected as expected",
            "accepted as expected", "known holes", "crashes", "wrong"]
    table = []
    total = Counter()
    for cat in sorted(rows):
        r = rows[cat]
        total.update(r)
        table.append([cat, r["programs"], r["misuse"], r["valid"], r["rejected"], r["accepted"],
                      r["holes"], r["crashes"], r["wrong"]])
    table.append(["total", total["programs"], total["misuse"], total["valid"], total["rejected"],
                  total["accepted"], total["holes"], total["crashes"], total["wrong"]])
    print_table(head, table, args.markdown)
    if wrong:
        print("\nwrong (expectation not met; logs in %s):" % logdir)
        for w in wrong:
            print("  ", w)
    if crashes:
        print("\ncrashes (a failure even when listed in KNOWN_HOLES):")
        for c in crashes:
            print("  ", c)
    if open_holes:
        print("\nknown holes (tests/misuse/KNOWN_HOLES; open compiler bugs, expected to fail):")
        for name, why in open_holes:
            print(f"   {name}  {why}")
    if fixed_holes:
        print("\nlisted in KNOWN_HOLES but now as expected (remove them from the list):")
        for f in fixed_holes:
            print("  ", f)
    if stale:
        print("\nKNOWN_HOLES names files that do not exist:", ", ".join(stale))
    results["passed"] += total["rejected"] + total["accepted"]
    results["failed"] += total["wrong"] + total["crashes"] + len(stale)
    results["holes"] += total["holes"]


def print_table(head, rows, markdown):
    cells = [[str(c) for c in r] for r in [head, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    def line(r):
        if markdown:
            return "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"
        return "  ".join(c.ljust(w) for c, w in zip(r, widths))
    print(line(cells[0]))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|" if markdown
          else "  ".join("-" * w for w in widths))
    for r in cells[1:]:
        print(line(r))


# ------------------------------------------------------------------ real code
DIAG = re.compile(r"^(.*?):(\d+):(\d+): (error|warning|note|fatal error): (.*)$")


def diagnostics(out, replacements):
    """The diagnostics of a compiler run as a multiset of comparable lines:
    paths that differ between the two compilers (resource directories, the
    temporary translation unit) are replaced by fixed names."""
    diags = Counter()
    for line in out.splitlines():
        for old, new in replacements:
            line = line.replace(old, new)
        if DIAG.match(line) or re.match(r"^\d+ (errors?|warnings?)( and \d+ warnings?)? generated\.$", line):
            diags[line] += 1
    return diags


def resource_dir(cxx):
    rc, out, _ = run([cxx, "-print-resource-dir"], 60)
    return out.strip()


class Job:
    """One translation unit compiled by both compilers."""

    def __init__(self, suite, name, cmd_tail, cwd=None, source=None):
        self.suite, self.name, self.cmd_tail, self.cwd, self.source = suite, name, cmd_tail, cwd, source


def compare_job(job, patched, stock, reps):
    results = {}
    for label, cxx in (("patched", patched), ("stock", stock)):
        rc, out, secs = run([cxx, *job.cmd_tail], 600, cwd=job.cwd, stdin=job.source)
        results[label] = (rc, out, diagnostics(out, reps[label]), crashed(rc, out))
    dp, ds = results["patched"][2], results["stock"][2]
    only_patched = dp - ds
    only_stock = ds - dp
    return job, results, only_patched, only_stock


def header_jobs(args):
    jobs = []
    flags = ["-std=c++23", "-fsyntax-only", "-fno-color-diagnostics", "-Wall", "-Wextra", "-x", "c++", "-"]
    for suite, root, extra in (("libstdc++ (g++-12) headers", LIBSTDCXX, []),
                               ("libc++ (LLVM 19) headers", LIBCXX, ["-stdlib=libc++"])):
        if not root.is_dir():
            print(f"warning: {root} is missing; skipping {suite}", file=sys.stderr)
            continue
        if args.all_headers:
            headers = sorted(p for p in root.rglob("*") if p.is_file()
                             and (p.suffix in ("", ".h", ".hpp", ".tcc") and p.name not in ("CMakeLists.txt",)))
        else:
            # The headers a program includes: the top-level ones, not the
            # implementation details under bits/, __algorithm/ and the like.
            headers = sorted(p for p in root.iterdir() if p.is_file() and not p.name.startswith("__")
                             and p.suffix in ("", ".h"))
        for h in headers:
            inc = h.relative_to(root).as_posix()
            jobs.append(Job(suite, inc, [*extra, *flags], source=f"#include <{inc}>\n"))
    return jobs


def clang_source_jobs(args):
    """Clang's own 19.1.7 sources, with the flags the build uses (read from the
    patched build's build.ninja, the source directory mapped to the pristine
    tree): they use 'init' as an identifier thousands of times."""
    pristine = CACHE / "pristine" / "llvm-project"
    ninja = CACHE / "build" / "build.ninja"
    src = CACHE / "src"
    if not pristine.is_dir() or not ninja.is_file():
        print(f"warning: {pristine} or {ninja} missing; skipping Clang's sources", file=sys.stderr)
        return []
    jobs, cur = [], None
    text = ninja.read_text(errors="replace")
    # 'build OBJ: CXX_COMPILER__... SRC ...' then indented 'DEFINES = ', 'FLAGS = ', 'INCLUDES = '.
    for line in text.splitlines():
        m = re.match(r"^build (\S+\.o): CXX_COMPILER\S* (\S+\.cpp)", line)
        if m:
            path = m.group(2)
            cur = {"src": path} if f"{src}/clang/lib/" in path else None
            if cur:
                jobs.append(cur)
            continue
        if cur is not None:
            m = re.match(r"^\s+(DEFINES|FLAGS|INCLUDES) = (.*)$", line)
            if m:
                cur[m.group(1)] = m.group(2)
            elif not line.startswith(" "):
                cur = None
    out = []
    for j in jobs:
        rel = Path(j["src"]).relative_to(src)
        file = pristine / rel
        if not file.is_file():
            continue
        incs = j.get("INCLUDES", "").replace(str(src) + "/", str(pristine) + "/")
        flags = [f for f in shlex.split(j.get("FLAGS", "")) if not f.startswith(("-O", "-g"))
                 and f not in ("-fPIC", "-ffunction-sections", "-fdata-sections")]
        cmd = [*shlex.split(j.get("DEFINES", "")), *shlex.split(incs), *flags, "-fsyntax-only",
               "-fno-color-diagnostics", str(file)]
        out.append(Job("Clang 19.1.7 sources", rel.as_posix(), cmd, cwd=str(CACHE / "build")))
    out.sort(key=lambda j: j.name)
    if args.limit:
        # A bounded run takes the files that use 'init' as a name most often.
        out.sort(key=lambda j: -count_init_identifiers(j))
        out = sorted(out[: args.limit], key=lambda j: j.name)
    return out


def debian_jobs(args):
    """A Debian source package fetched with apt-get source into the cache (never
    committed). The default, zeromq3 (libzmq), calls methods named 'init' on
    messages and contexts all over its sources; its configure-generated
    platform.hpp is replaced by a small one for Linux."""
    pkg = args.debian
    base = args.cache / "debian" / pkg
    base.mkdir(parents=True, exist_ok=True)
    dirs = [d for d in base.iterdir() if d.is_dir()]
    if not dirs:
        rc, out, _ = run(["apt-get", "source", "-qq", pkg], 900, cwd=str(base))
        dirs = [d for d in base.iterdir() if d.is_dir()]
        if rc != 0 or not dirs:
            print(f"warning: apt-get source {pkg} failed:\n{out[-2000:]}", file=sys.stderr)
            return []
    tree = dirs[0]
    jobs = []
    if pkg == "zeromq3":
        gen = base / "generated"
        gen.mkdir(exist_ok=True)
        (gen / "platform.hpp").write_text(
            "// Written by tools/reliability.py in place of the configure output.\n"
            "#pragma once\n#define ZMQ_HAVE_LINUX 1\n#define ZMQ_USE_EPOLL 1\n"
            "#define ZMQ_IOTHREAD_POLLER_USE_EPOLL 1\n#define ZMQ_POLL_BASED_ON_POLL 1\n"
            "#define ZMQ_USE_CV_IMPL_STL11 1\n#define ZMQ_CACHELINE_SIZE 64\n#define ZMQ_HAVE_UIO 1\n"
            "#define ZMQ_HAVE_SOCK_CLOEXEC 1\n#define ZMQ_HAVE_EVENTFD 1\n#define ZMQ_HAVE_EVENTFD_CLOEXEC 1\n"
            "#define ZMQ_HAVE_IFADDRS 1\n#define ZMQ_HAVE_SO_KEEPALIVE 1\n#define ZMQ_HAVE_TCP_KEEPCNT 1\n"
            "#define ZMQ_HAVE_TCP_KEEPIDLE 1\n#define ZMQ_HAVE_TCP_KEEPINTVL 1\n#define ZMQ_HAVE_IPC 1\n"
            "#define ZMQ_HAVE_STRUCT_SOCKADDR_UN 1\n#define ZMQ_USE_BUILTIN_SHA1 1\n#define ZMQ_HAVE_POSIX_MEMALIGN 1\n"
            "#define HAVE_STRNLEN 1\n#define ZMQ_HAVE_STRLCPY 0\n#define ZMQ_USE_RADIX_TREE 0\n")
        srcs = sorted((tree / "src").glob("*.cpp"))
        flags = ["-std=c++23", "-fsyntax-only", "-fno-color-diagnostics", f"-I{gen}",
                 f"-I{tree / 'include'}", f"-I{tree / 'src'}", f"-I{tree / 'external' / 'sha1'}",
                 "-DZMQ_BUILD_DRAFT_API=1", "-DZMQ_CUSTOM_PLATFORM_HPP", "-D_GNU_SOURCE"]
        for s in srcs:
            jobs.append(Job(f"Debian source package {pkg}", s.relative_to(tree).as_posix(), [*flags, str(s)]))
    else:
        for s in sorted(tree.rglob("*.cpp")) + sorted(tree.rglob("*.cc")):
            jobs.append(Job(f"Debian source package {pkg}", s.relative_to(tree).as_posix(),
                            ["-std=c++23", "-fsyntax-only", "-fno-color-diagnostics", f"-I{s.parent}",
                             f"-I{tree}", f"-I{tree / 'include'}", str(s)]))
    if args.limit:
        jobs = jobs[: args.limit]
    return jobs


def count_init_identifiers(job):
    """How often 'init' or 'pinned' occurs as a whole word in the translation unit's main file."""
    if job.source is not None:
        return 0
    path = next((Path(a) for a in reversed(job.cmd_tail) if a.endswith((".cpp", ".cc"))), None)
    if path is None or not path.is_file():
        return 0
    return len(re.findall(r"\b(?:init|pinned)\b", path.read_text(errors="replace")))


def real_code_part(args, patched, stock, results):
    jobs = []
    if not args.no_headers:
        jobs += header_jobs(args)
    if args.clang_sources:
        jobs += clang_source_jobs(args)
    if args.debian:
        jobs += debian_jobs(args)
    if not jobs:
        return
    reps = {}
    for label, cxx in (("patched", patched), ("stock", stock)):
        reps[label] = [(p, "<resource-dir>") for p in {resource_dir(cxx)} if p] + \
                      [(str(CACHE / "prefix"), "<prefix>")]
    start = time.monotonic()
    outcomes = []
    with futures.ThreadPoolExecutor(args.jobs) as pool:
        pending = [pool.submit(compare_job, j, patched, stock, reps) for j in jobs]
        for done in futures.as_completed(pending):
            job, res, only_p, only_s = done.result()
            outcomes.append((job, res, only_p, only_s))
            # Progress on stderr, one line per translation unit, so that a run
            # stopped early still says what it compared.
            same = not only_p and not only_s and not res["patched"][3]
            print(f"[{len(outcomes)}/{len(jobs)}] {job.suite}: {job.name}: "
                  f"{'same' if same else 'DIFFERENT'}", file=sys.stderr, flush=True)
    outcomes.sort(key=lambda o: (o[0].suite, o[0].name))
    rows = defaultdict(Counter)
    diffs_by_suite = defaultdict(list)
    logdir = args.cache / "real-code-logs"
    shutil.rmtree(logdir, ignore_errors=True)
    logdir.mkdir(parents=True)
    for job, res, only_p, only_s in outcomes:
        r = rows[job.suite]
        r["files"] += 1
        r["init"] += count_init_identifiers(job)
        rcp, rcs = res["patched"][0], res["stock"][0]
        r["stock errors"] += int(rcs != 0)
        r["diag lines"] += sum(res["stock"][2].values())
        n = sum(only_p.values()) + sum(only_s.values())
        crash = res["patched"][3]
        r["crashes"] += int(crash)
        if n or crash or (rcp == 0) != (rcs == 0):
            r["differ"] += 1
            r["diffs"] += n
            diffs_by_suite[job.suite].append((job, only_p, only_s))
            safe = re.sub(r"[^\w.-]", "_", f"{job.suite}-{job.name}")
            (logdir / f"{safe}.log").write_text(
                f"$ clang++ {shlex.join(job.cmd_tail)}\n--- patched (rc={rcp})\n{res['patched'][1]}"
                f"\n--- stock (rc={rcs})\n{res['stock'][1]}\n")
    print(f"\n## Real code, unmodified: patched {patched} vs stock {stock} "
          f"({time.monotonic() - start:.0f} s)")
    head = ["suite", "files compiled", "files where stock reports an error", "stock diagnostic lines",
            "files that differ", "diagnostics that differ", "crashes"]
    table = [[s, r["files"], r["stock errors"], r["diag lines"], r["differ"], r["diffs"], r["crashes"]]
             for s, r in rows.items()]
    print_table(head, table, args.markdown)
    for suite, lst in diffs_by_suite.items():
        print(f"\ndifferences in {suite} (logs in {logdir}):")
        for job, only_p, only_s in lst[:50]:
            print(f"   {job.name}")
            for line in list(only_p)[:5]:
                print(f"      patched only: {line}")
            for line in list(only_s)[:5]:
                print(f"      stock only:   {line}")
    for r in rows.values():
        results["passed"] += r["files"] - r["differ"]
        results["failed"] += r["differ"]


def fuzz_part(args, results):
    """Part 3: the mutation fuzzer over the corpus and the lit tests."""
    p = subprocess.run([sys.executable, str(ROOT / "tools" / "fuzz.py"), "--compiler", args.compiler,
                        "--seconds", str(args.fuzz), "--seed", str(args.fuzz_seed),
                        "--jobs", str(args.jobs)], capture_output=True, text=True, errors="replace")
    lines = p.stdout.rstrip().splitlines()
    summary = re.match(r"(\d+) passed, (\d+) failed", lines[-1]) if lines else None
    print("\n".join(lines[:-1]) if summary else p.stdout + p.stderr)
    if not summary:
        results["failed"] += 1
        return
    # A fuzzed mutant is one check: the distinct crash signatures are the failures.
    results["passed"] += int(summary.group(1))
    results["failed"] += int(summary.group(2))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compiler", default=os.environ.get("PINNED_CLANGXX", str(CACHE / "prefix" / "bin" / "clang++")),
                    help="the patched clang++ (default: the installed one in the cache)")
    ap.add_argument("--stock", default="clang++-19", help="the unpatched compiler to compare with")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--cache", type=Path, default=CACHE / "reliability", help="work and log directory")
    ap.add_argument("--no-corpus", action="store_true", help="skip the misuse corpus")
    ap.add_argument("--category", action="append", help="run only this corpus category (repeatable)")
    ap.add_argument("--no-headers", action="store_true", help="skip the standard library headers")
    ap.add_argument("--all-headers", action="store_true",
                    help="every file under the standard library include trees, not only the top-level headers")
    ap.add_argument("--clang-sources", action="store_true", help="also Clang's own 19.1.7 sources (slow)")
    ap.add_argument("--debian", nargs="?", const=DEBIAN_DEFAULT, default=None, metavar="PKG",
                    help=f"also a Debian source package fetched with apt-get source (default {DEBIAN_DEFAULT})")
    ap.add_argument("--more", action="store_true", help="--clang-sources and --debian")
    ap.add_argument("--limit", type=int, default=0, help="at most this many files per optional suite")
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    ap.add_argument("--fuzz", type=float, default=300, metavar="SECONDS",
                    help="time budget of the mutation fuzzer (tools/fuzz.py; 0 skips it; default 300)")
    ap.add_argument("--fuzz-seed", type=int, default=1)
    args = ap.parse_args()
    if args.more:
        args.clang_sources = True
        args.debian = args.debian or DEBIAN_DEFAULT
    if not Path(args.compiler).exists():
        sys.exit(f"error: the patched compiler {args.compiler} does not exist (./build.sh builds it)")
    args.cache.mkdir(parents=True, exist_ok=True)
    results = Counter()
    if not args.no_corpus:
        corpus_part(args, args.compiler, results)
    if not shutil.which(args.stock) and not Path(args.stock).exists():
        print(f"warning: {args.stock} not found; real-code comparison skipped", file=sys.stderr)
        results["failed"] += 1
    else:
        real_code_part(args, args.compiler, args.stock, results)
    if args.fuzz > 0:
        fuzz_part(args, results)
    if results["holes"]:
        print(f"\n{results['holes']} known holes (expected failures, see tests/misuse/KNOWN_HOLES)")
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
