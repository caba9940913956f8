#!/usr/bin/env python3
"""Performance report for issue 17: machine code, stack, compile time, toolchain.

Usage: bench/run.py [--parts machine,stack,compile,toolchain] [--repeats N] [--jobs N] [--quick]

Builds the kernels in bench/kernels/ with every available compiler path (g++-12 and
clang++-19 with the library; the patched clang++ with the native features, when it is
installed), measures them, and writes bench/REPORT.md with the SVG plots next to it
(bench/*.svg) and the raw figures in bench/results.json. Every ratio in the report is
computed from figures measured in this one run. Everything runs under `nice -n 19`.

Build products go to $PINNED_CXX_CACHE/bench (default ~/.cache/pinned-cxx/bench), never
into the work tree. The toolchain part only reads ~/.cache/pinned-cxx/build/.ninja_log
and runs a no-op `ninja` there when no ninja process is running and the patched compiler
is installed (so that it never competes with, or is mistaken for, a real build).
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tools"))
import bench_init_compile  # noqa: E402  (the existing generator of init-function TUs)
import svg  # noqa: E402

CACHE = os.environ.get("PINNED_CXX_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pinned-cxx")
OUT = os.path.join(CACHE, "bench")
PATCHED = os.path.join(CACHE, "prefix", "bin", "clang++")
INCLUDE = os.path.join(ROOT, "library", "include")
NICE = ["nice", "-n", "19"]

KERNELS = ["01_list_head", "02_kernel_mutex", "03_driver_data", "04_pthread_mutex",
           "05_big_object", "06_pinned_array", "07_operation_state", "08_static_pinned"]
# Initializations per callgrind run; the two that zero 1 MiB / 64 KiB per run get fewer.
ITERATIONS = {"03_driver_data": 20, "05_big_object": 50}
DEFAULT_ITERATIONS = 1000
OPTS = ["-O0", "-O2"]
STACK_PATHS = ["box", "slot", "member", "array", "fallible"]
STACK_PATH_LABEL = {
    "box": "heap box", "slot": "stack slot (object on the stack)", "member": "member of a struct (in a box)",
    "array": "array element (array_from_fn, in a box)", "fallible": "fallible sub-init (in a box)"}
STACK_SIZES = [1 << 10, 1 << 12, 1 << 14, 1 << 16, 1 << 18, 1 << 20, 1 << 22, 1 << 24, 1 << 26]


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def run(cmd, **kw):
    return subprocess.run(NICE + cmd, capture_output=True, text=True, **kw)


def compilers():
    """(name, driver, what it builds) for each available compiler path."""
    out = []
    for name, cxx in (("g++-12", "g++-12"), ("clang-19", "clang++-19")):
        if shutil.which(cxx):
            out.append({"name": name, "cxx": cxx, "path": "library", "flags": []})
    if os.access(PATCHED, os.X_OK):
        out.append({"name": "patched", "cxx": PATCHED, "path": "native", "flags": []})
    return out


def version(cxx):
    try:
        return subprocess.run([cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    except OSError:
        return "?"


def above_baseline(r):
    """More instructions than the baseline (a whole instruction or more per initialization;
    the ratio alone hides a few extra instructions next to a 1 MiB memset)."""
    return "ir_lib" in r and r["ir_lib"] - r["ir_base"] >= 1


def fmt_ratio(r):
    return "–" if r is None else f"{r:.2f}"


def human(n):
    for unit, size in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} B"


# ============================================================== 1. machine code

def build_kernel(comp, kernel, opt):
    d = os.path.join(OUT, comp["name"], opt.lstrip("-"))
    os.makedirs(d, exist_ok=True)
    exe = os.path.join(d, kernel)
    src = os.path.join(HERE, "kernels", kernel + ".cpp")
    cmd = [comp["cxx"], "-std=c++23", opt, "-DNDEBUG", "-pthread", "-I" + INCLUDE, *comp["flags"], src,
           "-o", exe, "-Wl,-z,now"]
    r = run(cmd)
    if r.returncode != 0:
        return None, (r.stderr.strip().splitlines() or ["?"])[:8]
    return exe, None


def callgrind(exe, n):
    """Per-initialization instructions of (base, lib), and the native flags the kernel saw."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        r = run(["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}", exe,
                 str(n), "1"])
        if r.returncode != 0:
            return None, (r.stderr.strip().splitlines() or ["?"])[-5:]
        totals = {}
        for f in os.listdir(tmp):
            text = open(os.path.join(tmp, f)).read()
            m = re.search(r"^desc: Trigger: Client Request: (\w+)$", text, re.M)
            t = re.search(r"^totals: (\d+)", text, re.M)
            if m and t:
                totals[m.group(1)] = int(t.group(1))
        if not {"empty", "base", "lib"} <= set(totals):
            return None, [f"missing dumps: {sorted(totals)}"]
        return {k: (totals[k] - totals["empty"]) / n for k in ("base", "lib", "direct") if k in totals}, None


def disassemble(exe):
    """{function: {"addr", "bytes", "insns": [normalized text], "calls": {targets}}} from objdump."""
    text = subprocess.run(["objdump", "-d", "-w", exe], capture_output=True, text=True).stdout
    funcs, cur = {}, None
    for line in text.splitlines():
        m = re.match(r"^([0-9a-f]+) <(.+)>:$", line)
        if m:
            cur = {"addr": int(m.group(1), 16), "bytes": b"", "insns": [], "calls": set()}
            funcs[m.group(2)] = cur
            continue
        if cur is None:
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not re.match(r"^\s*[0-9a-f]+:$", parts[0]):
            continue
        cur["bytes"] += bytes.fromhex(parts[1].replace(" ", ""))
        if len(parts) < 3:
            continue
        insn = parts[2].strip()
        t = re.match(r"^(?:bnd |notrack )?(call|jmp)\s+[0-9a-f]+ <([^+>]+)>$", insn)
        if t:
            cur["calls"].add(t.group(2))
        # Normalized: without addresses, displacements to globals and symbol comments, so
        # that the same instruction sequence at another address compares equal.
        norm = re.sub(r"\s+#.*$", "", insn)
        norm = re.sub(r"\b[0-9a-f]+ <[^>]*>", "<target>", norm)
        norm = re.sub(r"-?0x[0-9a-f]+\(%rip\)", "X(%rip)", norm)
        cur["insns"].append(re.sub(r"\s+", " ", norm))
    return funcs


def code_size(funcs, root):
    """Bytes of `root` and of every function of the binary it reaches by direct calls or
    tail jumps (shared-library functions, reached through the PLT, are not counted)."""
    seen, todo = set(), [root]
    while todo:
        f = todo.pop()
        if f in seen or f not in funcs or "@plt" in f:
            continue
        seen.add(f)
        todo.extend(funcs[f]["calls"])
    return len(funcs[root]["bytes"]), sum(len(funcs[f]["bytes"]) for f in seen), len(seen)


def strip_padding(insns):
    while insns and (insns[-1].startswith("nop") or insns[-1].startswith("data16") or insns[-1] in ("int3", "xchg %ax,%ax")):
        insns = insns[:-1]
    return insns


def machine_row(comp, opt, kernel, quick):
    """Builds one kernel and measures it: instructions, code size, identical code."""
    key = f"{comp['name']} {opt} {kernel}"
    row = {"compiler": comp["name"], "opt": opt, "kernel": kernel}
    exe, err = build_kernel(comp, kernel, opt)
    if err:
        row["error"] = "does not compile: " + " | ".join(err)
        log(f"{key}: {row['error'][:200]}")
        return key, row
    n = ITERATIONS.get(kernel, DEFAULT_ITERATIONS)
    if quick:
        n = max(5, n // 20)
    ir, err = callgrind(exe, n)
    if err:
        row["error"] = "callgrind: " + " | ".join(err)
        log(f"{key}: {row['error'][:200]}")
        return key, row
    probe = subprocess.run([exe, "1", "1"], capture_output=True, text=True)
    row["native"] = "native=1" in probe.stdout
    funcs = disassemble(exe)
    lib_fn, lib_all, lib_n = code_size(funcs, "bench_lib")
    base_fn, base_all, base_n = code_size(funcs, "bench_base")
    lib_insns = strip_padding(funcs["bench_lib"]["insns"])
    base_insns = strip_padding(funcs["bench_base"]["insns"])
    row.update({
        "iterations": n, "ir_base": ir["base"], "ir_lib": ir["lib"],
        "ratio": ir["lib"] / ir["base"] if ir["base"] else None,
        "ir_direct": ir.get("direct"),
        "ratio_direct": ir["direct"] / ir["base"] if "direct" in ir and ir["base"] else None,
        "fn_bytes_base": base_fn, "fn_bytes_lib": lib_fn,
        "path_bytes_base": base_all, "path_bytes_lib": lib_all,
        "path_funcs_base": base_n, "path_funcs_lib": lib_n,
        "byte_identical": funcs["bench_lib"]["bytes"].rstrip(b"\x90\xcc") ==
        funcs["bench_base"]["bytes"].rstrip(b"\x90\xcc"),
        "same_instructions": lib_insns == base_insns,
        "insn_count_base": len(base_insns), "insn_count_lib": len(lib_insns),
    })
    # The two disassemblies, for the analysis of rows above 1.00 (objdump -d -C of the
    # binary shows the callees).
    with open(exe + ".asm.txt", "w") as f:
        for name in ("bench_base", "bench_lib"):
            f.write(f"== {name}\n" + "\n".join(funcs[name]["insns"]) + "\n")
    log(f"{key}: base {ir['base']:.1f} lib {ir['lib']:.1f} ratio {row['ratio']:.3f} "
        f"bytes {base_all}->{lib_all} native={row['native']}")
    return key, row


def machine_part(comps, quick, jobs):
    tasks = [(c, o, k) for c in comps for o in OPTS for k in KERNELS]
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        done = list(pool.map(lambda t: machine_row(*t, quick), tasks))
    return dict(done)


# ============================================================== 2. stack

def stack_build(comp, opt):
    d = os.path.join(OUT, comp["name"], opt.lstrip("-"))
    os.makedirs(d, exist_ok=True)
    exe = os.path.join(d, "stack")
    r = run([comp["cxx"], "-std=c++23", opt, "-DNDEBUG", "-pthread", "-I" + INCLUDE, *comp["flags"],
             os.path.join(HERE, "kernels", "stack.cpp"), "-o", exe])
    return exe, (None if r.returncode == 0 else " | ".join(r.stderr.splitlines()[:6]))


def stack_part(comps, quick, jobs):
    results = {}
    sizes = range(len(STACK_SIZES)) if not quick else (0, 5, 8)
    tasks = [(c, o) for c in comps for o in OPTS]
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        built = list(pool.map(lambda t: stack_build(*t), tasks))
    for (comp, opt), (exe, err) in zip(tasks, built):
        if err:
            results[f"{comp['name']} {opt}"] = {"error": err}
            log(f"stack {comp['name']} {opt}: does not compile: {err[:200]}")
            continue
        series = {}
        for path in STACK_PATHS:
            pts = []
            for i in sizes:
                p = subprocess.run(NICE + [exe, path, str(i)], capture_output=True, text=True)
                if p.returncode == 0:
                    used, size, on_stack, native = (int(x) for x in p.stdout.split())
                    pts.append({"size": size, "used": used, "object_on_stack": on_stack,
                                "beyond_object": used - on_stack, "native": bool(native)})
                else:
                    pts.append({"size": STACK_SIZES[i], "error": "stack overflow (guard page)"
                                if p.returncode < 0 else f"exit {p.returncode}"})
            series[path] = pts
        results[f"{comp['name']} {opt}"] = {"compiler": comp["name"], "opt": opt, "series": series}
        log(f"stack {comp['name']} {opt}: " + ", ".join(
            f"{p}: {sorted({x.get('beyond_object', -1) for x in s})}" for p, s in series.items()))
    return results


# ============================================================== 3. compile time

STD_HEADERS = ["algorithm", "any", "array", "atomic", "barrier", "bit", "bitset", "charconv", "chrono", "codecvt",
               "compare", "complex", "concepts", "condition_variable", "coroutine", "deque", "exception",
               "execution", "expected", "filesystem", "format", "forward_list", "fstream", "functional", "future",
               "initializer_list", "iomanip", "ios", "iosfwd", "iostream", "istream", "iterator", "latch",
               "limits", "list", "locale", "map", "memory", "memory_resource", "mutex", "new", "numbers",
               "numeric", "optional", "ostream", "queue", "random", "ranges", "ratio", "regex",
               "scoped_allocator", "semaphore", "set", "shared_mutex", "source_location", "span", "spanstream",
               "sstream", "stack", "stdexcept", "stop_token", "streambuf", "string", "string_view",
               "syncstream", "system_error", "thread", "tuple", "type_traits", "typeindex", "typeinfo",
               "unordered_map", "unordered_set", "utility", "valarray", "variant", "vector", "version"]
# The standard headers pin/pin.hpp itself includes (its header cost is measured against them).
PIN_STD_HEADERS = ["atomic", "concepts", "cstddef", "cstdint", "cstdio", "cstdlib", "cstring", "deque",
                   "expected", "list", "memory", "new", "optional", "system_error", "tuple", "type_traits",
                   "utility"]


def cpu_seconds(cmd):
    """User + system CPU seconds of `cmd` (niced) and its children. CPU time, not wall time:
    under `nice -n 19` on a loaded machine the wall time is mostly time spent waiting."""
    p = subprocess.Popen(NICE + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}...: {err.strip()[:400]}")
    return ru.ru_utime + ru.ru_stime


def interleaved(cmds, repeats):
    """Runs the commands round-robin `repeats` times (so that load drifts hit all alike);
    min/median/max CPU seconds of each."""
    times = {k: [] for k in cmds}
    for _ in range(repeats):
        for k, cmd in cmds.items():
            times[k].append(cpu_seconds(cmd))
    return {k: {"min": min(v), "median": statistics.median(v), "max": max(v), "runs": v} for k, v in times.items()}


def library_source(n, m, use_library):
    """N aggregates of M member pairs built by pin::fields, or by hand-written two-phase init()."""
    out = ["#include <pin/pin.hpp>" if use_library else "#include <new>",
           "struct probe { ~probe(); int v; };"]
    for i in range(n):
        members = " ".join(f"probe p{j}; int x{j};" for j in range(m))
        if use_library:
            out.append(f"struct c{i} {{ {members} }};")
            steps = "".join(f".set<&c{i}::p{j}>(probe{{{j}}}).set<&c{i}::x{j}>(v + {j})" for j in range(m))
            out.append(f"bool use{i}(c{i}* s, int v) {{ return pin::init_at(s, pin::fields<c{i}>(){steps}).has_value(); }}")
        else:
            body = " ".join(f"::new (&p{j}) probe{{{j}}}; x{j} = v + {j};" for j in range(m))
            out.append(f"struct c{i} {{ {members} int init(int v) {{ {body} return 0; }} }};")
            out.append(f"bool use{i}(c{i}* s, int v) {{ return ::new (s) c{i}, s->init(v) == 0; }}")
    return "\n".join(out) + "\n"


def compile_part(comps, repeats, quick, cases=("header", "fields", "initfn", "nofeature")):
    res = {}
    tmp = os.path.join(OUT, "compile")
    os.makedirs(tmp, exist_ok=True)

    def write(name, text):
        p = os.path.join(tmp, name)
        with open(p, "w") as f:
            f.write(text)
        return p

    base = ["-std=c++23", "-I" + INCLUDE]
    # (a) header cost of the library, per compiler: pin.hpp vs the standard headers it includes.
    std_only = write("pin_std_headers.cpp", "".join(f"#include <{h}>\n" for h in PIN_STD_HEADERS))
    with_pin = write("pin_header.cpp", "#include <pin/pin.hpp>\n")
    for comp in comps if "header" in cases else []:
        cmds = {what: [comp["cxx"], *base, "-fsyntax-only", path] for what, path in
                (("standard headers of pin.hpp", std_only), ("pin/pin.hpp", with_pin))}
        t = interleaved(cmds, repeats)
        res[f"header {comp['name']}"] = t
        log(f"header cost {comp['name']}: " + ", ".join(f"{k} {v['median']:.3f}s" for k, v in t.items()))

    # (b) library (pin::fields) vs hand-written two-phase, per compiler and optimization level.
    n, m = (4, 2) if quick else (8, 3)
    lib_tu = write("fields_lib.cpp", library_source(n, m, True))
    hand_tu = write("fields_hand.cpp", library_source(n, m, False))
    res["fields shape"] = f"{n} aggregates x {m} (probe, int) member pairs"
    for comp in comps if "fields" in cases else []:
        for opt in OPTS:
            cmds = {what: [comp["cxx"], *base, opt, "-c", path, "-o", os.devnull] for what, path in
                    (("hand-written two-phase", hand_tu), ("pin::fields", lib_tu))}
            t = interleaved(cmds, repeats)
            res[f"fields {comp['name']} {opt}"] = t
            log(f"fields {comp['name']} {opt}: " + ", ".join(f"{k} {v['median']:.3f}s" for k, v in t.items()))

    patched = [c for c in comps if c["name"] == "patched"]
    if patched:
        cxx = patched[0]["cxx"]
        # (c) native init functions vs constructors (tools/bench_init_compile.py's generator).
        n, m = (50, 4) if quick else (200, 8)
        ctor_tu = write("init_ctor.cpp", bench_init_compile.source(n, m, False))
        init_tu = write("init_fn.cpp", bench_init_compile.source(n, m, True))
        res["init shape"] = f"{n} classes x {m} members (probe with a destructor + int)"
        for opt in OPTS if "initfn" in cases else []:
            cmds = {what: [cxx, "-std=c++23", opt, "-c", path, "-o", os.devnull] for what, path in
                    (("constructors", ctor_tu), ("init functions", init_tu))}
            t = interleaved(cmds, repeats)
            res[f"initfn {opt}"] = t
            log(f"init functions {opt}: " + ", ".join(f"{k} {v['median']:.3f}s" for k, v in t.items()))
        # (d) patched vs Debian's clang-19 on code without the features.
        all_std = write("all_std_headers.cpp", "".join(f"#include <{h}>\n" for h in STD_HEADERS) +
                        "int main() { std::vector<std::string> v{\"a\"}; std::map<int, std::string> m; "
                        "m[1] = std::format(\"{}\", v[0]); std::regex r(\"a+\"); "
                        "return std::regex_match(m[1], r) ? 0 : 1; }\n")
        nofeature = [("all standard headers, -fsyntax-only", ["-fsyntax-only", all_std]),
                 ("all standard headers + format/regex use, -O0 -c", ["-O0", "-c", all_std, "-o", os.devnull]),
                 (f"{n} classes with constructors, -O0 -c", ["-O0", "-c", ctor_tu, "-o", os.devnull]),
                 (f"{n} classes with constructors, -O2 -c", ["-O2", "-c", ctor_tu, "-o", os.devnull])]
        for what, args in nofeature if "nofeature" in cases else []:
            cmds = {"clang++-19 (Debian)": ["clang++-19", "-std=c++23", *args],
                    "patched clang++": [cxx, "-std=c++23", *args]}
            try:
                t = interleaved(cmds, repeats)
            except RuntimeError as e:
                res[f"nofeature {what}"] = {"error": str(e)}
                log(f"no-feature {what}: {e}")
                continue
            res[f"nofeature {what}"] = t
            log(f"no-feature {what}: " + ", ".join(f"{k} {v['median']:.3f}s" for k, v in t.items()))
    return res


# ============================================================== 4. toolchain

def ninja_sessions(path):
    """Splits .ninja_log (v5: start end mtime output hash, times in ms since that ninja
    started) into invocations. Lines are appended as steps finish, so within one
    invocation the end times never decrease: an end time below the previous one opens a
    new invocation."""
    sessions, cur, prev = [], [], None
    for line in open(path):
        if line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 4:
            continue
        start, end = int(f[0]), int(f[1])
        if prev is not None and end < prev:
            sessions.append(cur)
            cur = []
        cur.append((start, end, f[3]))
        prev = end
    if cur:
        sessions.append(cur)
    return [{"steps": len(s), "wall_s": (max(e for _, e, _ in s) - min(b for b, _, _ in s)) / 1000,
             "sum_s": sum(e - b for b, e, _ in s) / 1000,
             "outputs": [o for _, _, o in s][:3]} for s in sessions]


def toolchain_part():
    res = {}
    build = os.path.join(CACHE, "build")
    # Only a ninja working on the main build tree counts (other sessions build their own
    # trees); their number is recorded, since they share the machine with the measurement.
    procs = subprocess.run(["pgrep", "-af", "ninja"], capture_output=True, text=True).stdout.splitlines()
    busy = [p for p in procs if build in p or "build.sh" in p]
    res["other_ninja_processes"] = len(procs) - len(busy)
    res["ninja_running"] = bool(busy)
    res["patched_installed"] = os.access(PATCHED, os.X_OK)
    log_path = os.path.join(build, ".ninja_log")
    if os.path.exists(log_path):
        res["sessions"] = ninja_sessions(log_path)
    if busy or not res["patched_installed"]:
        res["noop"] = None
        log(f"toolchain: no-op not measured (ninja running: {bool(busy)}, patched installed: "
            f"{res['patched_installed']})")
        return res
    dry = subprocess.run(NICE + ["ninja", "-C", build, "-n", "clang"], capture_output=True, text=True)
    res["dry_run"] = dry.stdout.strip().splitlines()[-1:] if dry.stdout else []
    times = []
    for _ in range(3):
        t = time.perf_counter()
        r = subprocess.run(NICE + ["ninja", "-C", build, "clang"], capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        res["noop_output"] = r.stdout.strip().splitlines()[-1:]
    res["noop"] = {"min": min(times), "median": statistics.median(times), "max": max(times), "runs": times}
    log(f"toolchain: no-op ninja {res['noop']['median']:.2f}s ({res['noop_output']})")
    return res


# ============================================================== report

def write_report(data, analysis):
    comps = data["compilers"]
    L = []
    w = L.append
    w("# Performance report: zero overhead, O(1) stack, compile time (issue 17)\n")
    w(f"Generated by `./build.sh bench` (`python3 bench/run.py`) on {data['date']} "
      f"({data['host']}); every figure below comes from {'the runs listed next' if data.get('runs') else 'this one run'}. The raw figures are in "
      "`bench/results.json`, the kernels in `bench/kernels/`.\n")
    if data.get("runs"):
        w("This report was merged (`bench/run.py --merge`) from invocations that ran concurrently: " +
          "; ".join(data["runs"]) + ". Each ratio still comes from figures measured side by side in one "
          "invocation.\n")
    w("Everything ran under `nice -n 19` on a machine shared with other work (a Clang build and other "
      "sessions' compiles, 2 cores): instruction counts and stack bytes do not depend on load; compile "
      "times are CPU times, given as min/median/max of interleaved runs.\n")
    w("| compiler path | driver | what the examples use |\n| --- | --- | --- |")
    for c in comps:
        w(f"| {c['name']} | `{c['version']}` | {'native `[[pinned]]` + `init` parameters' if c['path'] == 'native' else 'the `pin` library (pin::fields, closures, emplacers)'} |")
    if not any(c["name"] == "patched" for c in comps):
        w("\n**The patched compiler was not installed when this run started**, so its columns are missing "
          "(open).")
    w("")

    # ---- 1
    if "machine" in data:
        mres = data["machine"]
        w("## 1. Machine code of the eight examples' initialization paths\n")
        w("Each kernel (`bench/kernels/NN_*.cpp`) includes its example unchanged (its `main` renamed) and "
          "measures the example's own initializer on the example's types, run into caller-supplied storage "
          "the way the example runs it (`init_at`, `make_box`, `static_slot::get_or_init`), against a "
          "hand-written two-phase baseline: default-construct, then `init()` returning an error code (the "
          "unsafe norm the examples replace). Both are `noinline` functions with C names (`bench_lib`, "
          "`bench_base`) whose result escapes through an `asm volatile` memory barrier, so the optimizer "
          "cannot delete the work; arguments are run-time values.\n")
        w("*Instructions per initialization*: `valgrind --tool=callgrind`, collection toggled on only around "
          "each call (`CALLGRIND_TOGGLE_COLLECT`), N calls per variant after 3 warm-up calls, minus N calls "
          "of an empty function with the same signature (the call and toggle overhead), divided by N. "
          "Compiled with `-std=c++23 -DNDEBUG` (the library's debug assertions off, as in a release "
          "build) and linked with `-z now` (no lazy binding inside the measurement). *Ratio* = library (or "
          "native) / baseline, same compiler, same run; *Δ* = the difference in instructions. Bold: more "
          "instructions than the baseline at -O2.\n")
        for opt in OPTS:
            w(f"### {opt}: instructions per initialization\n")
            head = "| example |" + "".join(f" {c['name']} base | {c['name']} {'native' if c['path'] == 'native' else 'lib'} | Δ | ratio |" for c in comps)
            w(head)
            w("| --- |" + " ---: | ---: | ---: | ---: |" * len(comps))
            for k in KERNELS:
                cells = []
                for c in comps:
                    r = mres.get(f"{c['name']} {opt} {k}", {})
                    if "error" in r:
                        cells += ["✗", "✗", "", "see below"]
                    elif r:
                        ratio = fmt_ratio(r["ratio"])
                        if opt == "-O2" and above_baseline(r):
                            ratio = f"**{ratio}**"
                        cells += [f"{r['ir_base']:.0f}", f"{r['ir_lib']:.0f}", f"{r['ir_lib'] - r['ir_base']:+.0f}", ratio]
                    else:
                        cells += ["–"] * 4
                w(f"| {k} | " + " | ".join(cells) + " |")
            w("")
            direct = [(k, data_row) for k in KERNELS
                      for data_row in [mres.get(f"patched {opt} {k}", {})] if data_row.get("ir_direct") is not None]
            if direct:
                w(f"Patched compiler, {opt}: the example's native init function **called directly** "
                  "(`f(init *p, args...)` on the storage, allocation written out by hand for the heap cases), "
                  "without the library's `from_init_fn` wrapper and emplacer around it:\n")
                w("| example | baseline | init function, direct | Δ | ratio | through the library (`from_init_fn` + emplacer) | ratio |")
                w("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
                for k, r in direct:
                    w(f"| {k} | {r['ir_base']:.0f} | {r['ir_direct']:.0f} | {r['ir_direct'] - r['ir_base']:+.0f} | "
                      f"{fmt_ratio(r['ratio_direct'])} | {r['ir_lib']:.0f} | {fmt_ratio(r['ratio'])} |")
                w("\n(06 has no direct row: its array part is `pin::array_from_fn` on every compiler.)\n")
            w(f"### {opt}: code size of the initialization path (bytes)\n")
            w("*fn*: the measured function itself; *path*: it plus every function of the binary it reaches "
              "by direct call or tail jump (shared-library code such as `operator new` or "
              "`pthread_mutex_init` is not counted, it is the same for both). *Same code*: the two "
              "functions are the same instruction sequence once addresses are normalized "
              "(\"bytes\" when even the raw bytes match).\n")
            w("| example |" + "".join(f" {c['name']} fn base→lib | {c['name']} path base→lib | same code |" for c in comps))
            w("| --- |" + " ---: | ---: | :---: |" * len(comps))
            for k in KERNELS:
                cells = []
                for c in comps:
                    r = mres.get(f"{c['name']} {opt} {k}", {})
                    if "error" in r or not r:
                        cells += ["–"] * 3
                        continue
                    same = "bytes" if r["byte_identical"] else ("yes" if r["same_instructions"] else "no")
                    cells += [f"{r['fn_bytes_base']}→{r['fn_bytes_lib']}",
                              f"{r['path_bytes_base']}→{r['path_bytes_lib']} ({r['path_funcs_base']}→{r['path_funcs_lib']} fns)",
                              same]
                w(f"| {k} | " + " | ".join(cells) + " |")
            w("")
        errs = [r for r in mres.values() if "error" in r]
        if errs:
            w("Kernels that did not build or run:\n")
            for r in errs:
                w(f"- {r['compiler']} {r['opt']} {r['kernel']}: `{r['error'][:400]}`")
            w("")
        w("![instruction ratios](instructions.svg)\n")
        above = [r for r in mres.values() if r.get("opt") == "-O2" and above_baseline(r)]
        w("### Rows above 1.00 at -O2\n")
        if above:
            w("In this run: " + ", ".join(f"{r['kernel']} on {r['compiler']} ({r['ratio']:.2f}, "
                                          f"{r['ir_lib'] - r['ir_base']:+.0f} instructions)" for r in above) + ".\n")
        else:
            w("None in this run.\n")
        w(analysis)
        w("")

    # ---- 2
    if "stack" not in data:
        w("## 2. Stack: high-water use of in-place initialization\n")
        w("**Not measured in this run (open).** `bench/kernels/stack.cpp` and its driver "
          "(`--parts stack`) are in place, but on the day of this run the machine's load average was "
          "about 30 on 2 cores, the niced compiles of the stack kernel (45 instantiations, objects up "
          "to 64 MiB) got well under 1 % of a core, and they could not finish before the deadline; the "
          "stack part was stopped. Run `python3 bench/run.py --parts stack` on a quieter machine.\n")
    if "stack" in data:
        sres = data["stack"]
        w("## 2. Stack: high-water use of in-place initialization\n")
        w("`bench/kernels/stack.cpp` builds a pinned `blob<B>` (self pointer, tag, B bytes zeroed in place, a "
          "checksum) of B = 1 KiB … 64 MiB on a thread whose stack it allocates: **64 KiB**, plus the "
          "object's own size for the stack-slot path only, with a guard page below (an overflow would "
          "kill the measurement and show as ✗). The thread paints its stack, runs the build, and finds the "
          "lowest byte no longer paint; an empty function's figure is subtracted. Each path uses "
          "`pin::fields`/`pin::zeroed` on the stock compilers and native init functions on the patched one "
          "(`self.data = payload<B>{}` constructing in place). The figure is the stack used *beyond the "
          "object itself* (for the stack slot, the slot's size is subtracted; the other paths keep the "
          "object on the heap). Flat = the same for every B. The probe starts 1 KiB below the measuring "
          "frame, so a stack slot that begins inside that margin is counted up to 1 KiB short (its figure "
          "can be negative); what matters is that it does not change with B.\n")
        w("| compiler | opt |" + "".join(f" {p} |" for p in STACK_PATHS) + " flat? |")
        w("| --- | --- |" + " ---: |" * len(STACK_PATHS) + " :---: |")
        for key, r in sres.items():
            if "error" in r:
                w(f"| {key} | | does not compile: `{r['error'][:200]}` |")
                continue
            cells, flat = [], True
            for p in STACK_PATHS:
                vals = [x.get("beyond_object") for x in r["series"][p]]
                if any(v is None for v in vals):
                    cells.append("✗ " + next(x["error"] for x in r["series"][p] if "error" in x))
                    flat = False
                    continue
                lo, hi = min(vals), max(vals)
                flat = flat and hi - lo <= 64
                cells.append(f"{lo}" if lo == hi else f"{lo}…{hi}")
            w(f"| {r['compiler']} | {r['opt']} | " + " | ".join(cells) + f" | {'yes' if flat else '**no**'} |")
        w("\nBytes of stack beyond the object, over all sizes (one number: identical for every size). "
          "Sizes measured: " + ", ".join(human(s) for s in STACK_SIZES) + ".\n")
        w("![stack vs object size](stack.svg)\n")
        w("Anchor: pin-init's `stack_pin_init!` measured the same way would need `rustc` and the "
          "`pin-init` crate; `rustc` is on this machine (not from the Debian archive) but the crate is "
          "not, so the Rust anchor is **open**.\n")

    # ---- 3
    if "compile" not in data:
        w("## 3. Compile time\n")
        w("**Not measured in this run (open).** The compile-time part (`--parts compile`: library header "
          "cost, `pin::fields` and native init functions against hand-written code at -O0/-O2, patched "
          "clang++ against Debian's clang++-19 labelled *not the same build configuration*) ran but was "
          "stopped at the deadline before writing its figures: at a load average near 30 on 2 cores its "
          "niced compiles got well under 1 % of a core. An unpatched 19.1.7 built with the same "
          "configuration as the patched one does not exist yet either, so the issue's ≤ 1.005 comparison "
          "is open in any case.\n")
    if "compile" in data:
        cres = data["compile"]
        w("## 3. Compile time\n")
        w(f"CPU seconds (user + system of the compiler process and its children, `wait4`), min / median / "
          f"max of {data['repeats']} runs per command, the commands of one comparison interleaved "
          "round-robin; ratio of medians. CPU time rather than wall time because the runs are niced on a "
          "busy machine, where wall time is mostly waiting for a core.\n")

        def table(title, keys, left, right):
            w(f"| {title} | {left} (min / med / max) | {right} (min / med / max) | ratio |")
            w("| --- | ---: | ---: | ---: |")
            for label, key in keys:
                t = cres.get(key)
                if not t or "error" in t:
                    w(f"| {label} | {'error: ' + t['error'][:150] if t else 'not measured'} | | |")
                    continue
                a, b = t[left], t[right]
                w(f"| {label} | {a['min']:.3f} / {a['median']:.3f} / {a['max']:.3f} | "
                  f"{b['min']:.3f} / {b['median']:.3f} / {b['max']:.3f} | {b['median'] / a['median']:.3f} |")
            w("")

        w("### Library header cost (`-fsyntax-only` of a TU that only includes)\n")
        table("compiler", [(c["name"], f"header {c['name']}") for c in comps],
              "standard headers of pin.hpp", "pin/pin.hpp")
        w("### `pin::fields` against hand-written two-phase init\n")
        if any(k.startswith("fields ") for k in cres):
            w(f"({cres.get('fields shape', '')})\n")
            table("compiler, opt", [(f"{c['name']} {o}", f"fields {c['name']} {o}") for c in comps for o in OPTS],
                  "hand-written two-phase", "pin::fields")
        else:
            w("**Not measured in this run (open).** A first attempt (`--compile-cases fields`) was stopped: "
              "on the shared machine a single g++-12 compile of 8-40 `pin::fields`-built aggregates took "
              "minutes of wall time, and the series would not have finished by the deadline. That "
              "pin::fields is expensive to compile (its member counting instantiates an aggregate-"
              "initialization probe per member) is itself a finding to quantify.\n")
        if any(k.startswith("initfn") for k in cres):
            w(f"### Native init functions against constructors, patched clang++ ({cres.get('init shape', '')}; "
              "generator: `tools/bench_init_compile.py`)\n")
            table("opt", [(o, f"initfn {o}") for o in OPTS], "constructors", "init functions")
            w("### Code without the features: patched clang++ against Debian's clang++-19\n")
            w("**Not the same build configuration**: Debian's `clang++-19` is the distribution's build "
              "(its own compiler, flags and link mode), the patched one is the project's standalone Release "
              "build (`build.sh`: clang-19 as host compiler, static `bin/clang`, no PGO/LTO). The ratio "
              "therefore mixes the patch's cost with the build-configuration difference. An unpatched "
              "19.1.7 built with the same configuration does not exist yet; that comparison (the issue's "
              "≤ 1.005 target) is **open**.\n")
            table("translation unit", [(k[len('nofeature '):], k) for k in cres if k.startswith("nofeature ")],
                  "clang++-19 (Debian)", "patched clang++")
        else:
            w("The patched compiler was not installed: init functions and the patched-vs-unpatched "
              "comparison are **open**.\n")
        w("![compile-time ratios](compile.svg)\n")

    # ---- 4
    if "toolchain" not in data:
        w("## 4. Toolchain build times\n")
        w("**Not measured in this run (open)**: the toolchain part runs after the compile part, which was "
          "stopped (see 3).\n")
    if "toolchain" in data:
        t = data["toolchain"]
        w("## 4. Toolchain build times\n")
        if t.get("noop"):
            n = t["noop"]
            w(f"- No-op `nice -n 19 ninja -C ~/.cache/pinned-cxx/build clang` (run after the main build had "
              f"finished, no ninja running): min {n['min']:.2f} s / median {n['median']:.2f} s / max "
              f"{n['max']:.2f} s wall over 3 runs; ninja said `{' '.join(t.get('noop_output', []))}`. "
              f"({t.get('other_ninja_processes', 0)} ninja processes of other sessions, on their own build "
              "trees, were running at the time.)")
        else:
            w(f"- No-op build: **not measured** in this run (a ninja process was running: "
              f"{t['ninja_running']}; patched compiler installed: {t['patched_installed']}); only measured "
              "when the main build is finished.")
        s = t.get("sessions") or []
        if s:
            big = max(s, key=lambda x: x["steps"])
            w(f"- From `build/.ninja_log` ({len(s)} ninja invocations recorded): the largest one built "
              f"{big['steps']} outputs in {big['wall_s'] / 60:.1f} min wall time ({big['sum_s'] / 60:.1f} "
              "min of summed step times). It ran with ccache and alongside other work, so it is an "
              "upper bound of a clean build on this machine, not a controlled figure.")
            small = [x for x in s if 0 < x["steps"] <= 20]
            if small:
                last = small[-1]
                w(f"- Smallest recorded rebuild: {last['steps']} outputs ({', '.join(last['outputs'])}) in "
                  f"{last['wall_s']:.1f} s wall.")
            else:
                w("- One-Sema-file-change rebuild: no such invocation in the log; **open** (measuring it means "
                  "touching the source tree, which this script does not do).")
        else:
            w("- Clean and one-file-change build times: no `.ninja_log`; **open**.")
        w("")

    w("## Open items\n")
    w("- An unpatched Clang 19.1.7 built with the same configuration as the patched one, for the "
      "compile-time ratio on code without the features (target ≤ 1.005).")
    if "stack" not in data:
        w("- The whole stack part (section 2).")
    w("- The Rust `stack_pin_init!` anchor of the stack plot (needs the pin-init crate).")
    w("- A controlled clean / one-Sema-file-change build time (the figures above are read from the log "
      "of the build that ran).")
    w("- `perf stat` counts: this machine has no hardware instruction counter (`perf stat -e instructions` reports `<not supported>`), so callgrind is the only count.")
    return "\n".join(L) + "\n"


# ============================================================== plots

def plots(data):
    comps = data["compilers"]
    if "machine" in data:
        groups = []
        for k in KERNELS:
            bars = []
            for c in comps:
                for opt in OPTS:
                    r = data["machine"].get(f"{c['name']} {opt} {k}", {})
                    bars.append((f"{c['name']} {opt}", r.get("ratio")))
            groups.append((k[3:], bars))
        svg.write_bars(os.path.join(HERE, "instructions.svg"), groups,
                       "Instructions per initialization, library (or native) / two-phase baseline",
                       "ratio (1.00 = baseline)", reference=1.0, log_scale=True)
    if "stack" in data:
        panels = []
        for key, r in data["stack"].items():
            if "error" in r:
                continue
            lines = []
            for p in STACK_PATHS:
                pts = [(x["size"], x["beyond_object"]) for x in r["series"][p] if "beyond_object" in x]
                lines.append((p, pts))
            panels.append((key, lines))
        svg.write_lines(os.path.join(HERE, "stack.svg"), panels,
                        "Stack used beyond the object vs object size (64 KiB thread stacks)",
                        "object size", "stack bytes")
    if "compile" in data:
        bars = []
        for key, t in data["compile"].items():
            if not isinstance(t, dict) or "error" in t or len(t) != 2:
                continue
            (la, a), (lb, b) = list(t.items())
            bars.append((key, [("median ratio", b["median"] / a["median"])]))
        svg.write_bars(os.path.join(HERE, "compile.svg"), bars, "Compile time, ratio of medians",
                       "ratio", reference=1.0, log_scale=False, horizontal=True)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parts", default="machine,stack,compile,toolchain")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2, help="kernels built and measured in parallel")
    ap.add_argument("--quick", action="store_true", help="fewer iterations and sizes (a smoke test)")
    ap.add_argument("--compile-cases", default="header,fields,initfn,nofeature",
                    help="which compile-time comparisons to run")
    ap.add_argument("--compilers", help="only these compiler paths (comma-separated: g++-12,clang-19,patched)")
    ap.add_argument("--note", help="a remark stored with the figures and quoted in a merged report")
    ap.add_argument("--json", default=os.path.join(HERE, "results.json"), help="where the raw figures go")
    ap.add_argument("--merge", nargs="+", metavar="JSON",
                    help="measure nothing: write the report from the figures of earlier runs (each part "
                    "is taken from the last file that has it)")
    args = ap.parse_args(argv)
    parts = args.parts.split(",")
    if args.merge:
        data = {}
        for path in args.merge:
            with open(path) as f:
                d = json.load(f)
            data.setdefault("runs", []).append(
                f"{', '.join(p for p in ('machine', 'stack', 'compile', 'toolchain') if p in d)} measured "
                f"{d['date']}" + (f" ({d['note']})" if d.get("note") else ""))
            for k, v in d.items():
                if k in ("machine", "stack", "compile") and k in data:
                    data[k].update(v)  # rows of a later run replace the same rows only
                elif k == "compilers" and k in data:
                    names = {c["name"] for c in data[k]}
                    data[k] += [c for c in v if c["name"] not in names]
                elif k != "runs":
                    data[k] = v
        data["runs"] = sorted(set(data.get("runs", [])))
        finish(data, args.json)
        return 0
    for tool in ("valgrind", "objdump"):
        if not shutil.which(tool):
            sys.exit(f"error: {tool} is needed (apt-get install valgrind binutils)")
    os.makedirs(OUT, exist_ok=True)
    comps = compilers()
    if args.compilers:
        comps = [c for c in comps if c["name"] in args.compilers.split(",")]
    for c in comps:
        c["version"] = version(c["cxx"])
    data = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "host": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.release()}",
            "compilers": comps, "repeats": args.repeats, "note": args.note}
    log("compilers: " + ", ".join(f"{c['name']} ({c['version']})" for c in comps))
    if "machine" in parts:
        data["machine"] = machine_part(comps, args.quick, args.jobs)
    if "stack" in parts:
        data["stack"] = stack_part(comps, args.quick, args.jobs)
    if "compile" in parts:
        data["compile"] = compile_part(comps, args.repeats, args.quick, args.compile_cases.split(","))
    if "toolchain" in parts:
        data["toolchain"] = toolchain_part()
    finish(data, args.json)
    return 0


def finish(data, json_path):
    with open(json_path, "w") as f:
        json.dump(data, f, indent=1, default=str)
    analysis_path = os.path.join(HERE, "analysis.md")
    analysis = open(analysis_path).read() if os.path.exists(analysis_path) else ""
    with open(os.path.join(HERE, "REPORT.md"), "w") as f:
        f.write(write_report(data, analysis))
    plots(data)
    bad = [k for k, r in data.get("machine", {}).items() if "error" in r]
    log(f"wrote bench/REPORT.md ({len(data.get('machine', {}))} machine-code rows, {len(bad)} failed)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
