#!/usr/bin/env python3
"""Usage experience: pinned types and init functions applied to real code.

Run by `./build.sh usage [STUDY...]` (studies: llvm, abseil; default all).
For each study it fetches the third-party source from the Debian archive into
the cache (never into this repository), applies our patches from usage/<study>/,
builds the study's own tests in several configurations and prints one table:

  clang-19         Debian's unpatched clang++-19, pristine source
  patched          the patched clang++, pristine source (existing code unchanged)
  patched+types    the patched clang++, only the types marked pinned: the new
                   diagnostics are collected here, nothing is run
  patched+pinned   the patched clang++, every patch (types, the fixes the new
                   diagnostics asked for, the init-function conversion)
  clang-19+pinned  Debian's clang++-19 on the fully patched source (the
                   annotations compile away on a stock compiler)

Every new diagnostic (in patched+types, not in patched) is looked up in
usage/<study>/diagnostics.tsv, which classifies it; an unclassified one is
reported as such and makes the study fail. All figures are measured by this
run: compile CPU time (user+sys of the compiler processes), binary sizes from
the files, test counts from the test programs' own summaries.
"""

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USAGE_DIR = ROOT / "usage"
CACHE = Path(os.environ.get("PINNED_CXX_CACHE")
             or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "pinned-cxx")
WORK = Path(os.environ.get("PINNED_USAGE_WORK") or CACHE / "usage")
PATCHED_CXX = CACHE / "prefix" / "bin" / "clang++"
STOCK_CXX = "clang++-19"
NICE = ["nice", "-n", "19"]

# Configurations: name -> (compiler, patches applied in order, run the tests?).
CONFIGS = [
    ("clang-19", STOCK_CXX, [], True),
    ("patched", str(PATCHED_CXX), [], True),
    ("patched+types", str(PATCHED_CXX), ["types"], False),
    ("patched+pinned", str(PATCHED_CXX), ["types", "init", "fixes"], True),
    ("clang-19+pinned", STOCK_CXX, ["types", "init", "fixes"], True),
]

# The configurations each study runs by default (--all-configs: all five).
# abseil and Boost are heavier: their default omits the two that only confirm
# what the others show (pristine source on the patched compiler, and the
# annotated source on the stock one).
STUDY_CONFIGS = {
    "llvm": ["clang-19", "patched", "patched+types", "patched+pinned"],
    "abseil": ["clang-19", "patched+pinned"],
    "boost": ["clang-19", "patched+types", "patched+pinned"],
}
ALL_CONFIGS = False


ONLY_CONFIGS = None


def configs(study):
    if ONLY_CONFIGS:
        return [c for c in CONFIGS if c[0] in ONLY_CONFIGS]
    return [c for c in CONFIGS if ALL_CONFIGS or c[0] in STUDY_CONFIGS[study]]


DIAG_RE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): "
                     r"(?P<kind>error|warning): (?P<msg>.*)$")


def note(msg):
    print(f"==> {msg}", flush=True)


def die(msg):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(1)


def run(cmd, **kw):
    """Runs a command niced; returns (returncode, stdout+stderr, cpu seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(NICE + [str(c) for c in cmd], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, errors="replace", **kw)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return p.returncode, p.stdout, cpu


def children_cpu():
    """CPU seconds (user + system) of every child process waited for so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_many(cmds, jobs):
    """Runs commands (niced), jobs at a time; returns [(returncode, output)] in order."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return [(rc, log) for rc, log, _ in pool.map(lambda c: run(c), cmds)]


# ------------------------------------------------------------------ sources
def apt_source(package, dest, download_only):
    """Gets a Debian source package into dest with apt-get source; runs
    apt-get update once and retries when the archive does not know it yet."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = ["apt-get", "source", "-q"] + (["--download-only"] if download_only else []) + [package]
    for attempt in range(2):
        p = subprocess.run(cmd, cwd=dest, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode == 0:
            return
        if attempt == 0:
            subprocess.run(["apt-get", "update", "-q"], stdout=subprocess.DEVNULL)
    die(f"apt-get source {package} failed (is there a deb-src entry?):\n{p.stdout[-2000:]}")


def patch_lines(patch):
    """Added and removed lines of a unified diff (file headers excluded)."""
    plus = minus = 0
    for line in patch.read_text().splitlines():
        if line.startswith("+++") or line.startswith("---"):
            continue
        if line.startswith("+"):
            plus += 1
        elif line.startswith("-"):
            minus += 1
    return plus, minus


def apply_patches(tree, study_dir, names):
    for name in names:
        patch = study_dir / f"{name}.patch"
        if not patch.exists() or patch.stat().st_size == 0:
            continue  # a study whose new diagnostics needed no fix has no fixes.patch
        p = subprocess.run(["patch", "-p1", "--forward", "--batch", "-s", "-d", str(tree), "-i", str(patch)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode != 0:
            die(f"{patch.relative_to(ROOT)} does not apply:\n{p.stdout}")


def diagnostics(log, strip_prefix):
    """(file, line, kind, message) of each error/warning in a compiler log,
    with the file relative to the source tree so configurations compare."""
    out = []
    for line in log.splitlines():
        m = DIAG_RE.match(line)
        if m:
            f = m["file"]
            for prefix in strip_prefix:
                if f.startswith(prefix):
                    f = f[len(prefix):].lstrip("/")
            out.append((f, int(m["line"]), m["kind"], m["msg"]))
    return out


def load_classes(study_dir):
    """diagnostics.tsv: file<TAB>line<TAB>message substring<TAB>class<TAB>why."""
    rows = []
    path = study_dir / "diagnostics.tsv"
    if path.exists():
        for line in path.read_text().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            f, ln, msg, cls, why = line.split("\t")
            rows.append((f, int(ln), msg, cls, why))
    return rows


def classify(diag, classes):
    f, ln, _kind, msg = diag
    for cf, cl, cmsg, cls, why in classes:
        if cf == f and cl == ln and cmsg in msg:
            return cls, why
    return "UNCLASSIFIED", ""


def gtest_counts(output):
    """(tests run, tests passed) from a googletest program's summary."""
    ran = re.search(r"\[==========\] (\d+) tests? from \d+ test suites? ran", output)
    passed = re.search(r"\[  PASSED  \] (\d+) tests?", output)
    return (int(ran[1]) if ran else 0, int(passed[1]) if passed else 0)


def text_size(binary):
    """Size in bytes of the text segment (Berkeley 'size' text column)."""
    out = subprocess.run(["size", str(binary)], stdout=subprocess.PIPE, text=True).stdout
    return int(out.splitlines()[1].split()[0])


# ------------------------------------------------------------------ LLVM
LLVM_TARBALL = "llvm-toolchain-19_19.1.7.orig.tar.xz"
LLVM_TESTS = ["IListBaseTest", "IListIteratorBitsTest", "IListIteratorTest", "IListNodeBaseTest",
              "IListNodeTest", "IListSentinelTest", "IListTest", "SimpleIListTest",
              "BumpPtrListTest", "FoldingSet"]
# IListIteratorBitsTest calls make_range without including iterator_range.h;
# in LLVM's own build a header that Debian's configuration does not reach
# (the debug-info iterator machinery) brings it in.
LLVM_EXTRA_FLAGS = {"IListIteratorBitsTest": ["-include", "llvm/ADT/iterator_range.h"]}
LLVM_FLAGS = ["-std=c++17", "-O2", "-fno-exceptions", "-D_GNU_SOURCE", "-D__STDC_CONSTANT_MACROS",
              "-D__STDC_FORMAT_MACROS", "-D__STDC_LIMIT_MACROS"]


def llvm_source():
    """The pristine llvm/include and llvm/unittests/ADT of LLVM 19.1.7, from the
    orig tarball of Debian's llvm-toolchain-19 (the one the compiler build
    downloaded, else apt-get source --download-only), plus the generated
    configuration headers of the installed llvm-19-dev (same release)."""
    src = WORK / "llvm" / "pristine"
    if (src / ".complete").exists():
        return src
    tarball = CACHE / "dl" / LLVM_TARBALL
    if not tarball.exists():
        tarball = WORK / "llvm" / "dl" / LLVM_TARBALL
        if not tarball.exists():
            note("apt-get source --download-only llvm-toolchain-19")
            apt_source("llvm-toolchain-19", tarball.parent, download_only=True)
    note(f"extracting llvm/include and llvm/unittests/ADT from {tarball.name}")
    tmp = WORK / "llvm" / "extract"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    subprocess.run(NICE + ["tar", "xJf", str(tarball), "-C", str(tmp), "--wildcards",
                           "*/llvm/include/*", "*/llvm/unittests/ADT/*"], check=True)
    top = next(tmp.iterdir()) / "llvm"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    shutil.move(str(top / "include"), str(src / "include"))
    (src / "unittests").mkdir()
    shutil.move(str(top / "unittests" / "ADT"), str(src / "unittests" / "ADT"))
    shutil.rmtree(tmp)
    # Configuration headers and the IR's tablegen output (.inc, .def, .gen) are
    # generated at build time: take them from the installed llvm-19-dev, the
    # same release (its other headers are identical to the tarball's).
    for d in ("llvm", "llvm-c"):
        shutil.copytree(os.path.realpath(f"/usr/lib/llvm-19/include/{d}"), src / "include" / d,
                        dirs_exist_ok=True)
    (src / ".complete").touch()
    return src


def llvm_tree(name, patches):
    study = USAGE_DIR / "llvm"
    tree = WORK / "llvm" / "trees" / name
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(llvm_source(), tree)
    apply_patches(tree, study, patches)
    return tree


def llvm_config(name, cxx, patches, run_tests, jobs):
    """Compiles each unit test of the subset, links them with gtest_main into
    one program and runs it (when run_tests). Returns a result dict."""
    tree = llvm_tree(name.replace("+", "-"), patches)
    out = WORK / "llvm" / "out" / name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    res = {"name": name, "cpu": 0.0, "diags": [], "compiled": 0, "failed_tus": [],
           "ran": None, "passed": None, "size": None, "text": None}
    objs = []
    cpu0 = children_cpu()
    cmds = [[cxx] + LLVM_FLAGS + LLVM_EXTRA_FLAGS.get(test, []) + ["-I", tree / "include", "-c",
            tree / "unittests" / "ADT" / f"{test}.cpp", "-o", out / f"{test}.o"] for test in LLVM_TESTS]
    # LLVM's IR classes on the same headers: compiled (diagnostics counted) in
    # every configuration, linked against libLLVM-19 and run as one more test.
    smoke = out / "ir_smoke"
    cmds.append([cxx] + LLVM_FLAGS + ["-I", tree / "include", USAGE_DIR / "llvm" / "ir_smoke.cpp"]
                + (["-o", smoke, "-L/usr/lib/llvm-19/lib", "-lLLVM-19", "-Wl,-rpath,/usr/lib/llvm-19/lib"]
                   if run_tests else ["-fsyntax-only"]))
    for test, (rc, log) in zip(LLVM_TESTS + ["ir_smoke"], run_many(cmds, jobs)):
        (out / f"{test}.log").write_text(log)
        res["diags"] += diagnostics(log, [str(tree), str(USAGE_DIR / "llvm")])
        if rc == 0:
            res["compiled"] += 1
            if test != "ir_smoke":
                objs.append(out / f"{test}.o")
        else:
            res["failed_tus"].append(test)
    if run_tests and not res["failed_tus"]:
        binary = out / "ADTTests-subset"
        rc, log, _ = run([cxx] + objs + ["-lgtest_main", "-lgtest", "-L/usr/lib/llvm-19/lib", "-lLLVM-19",
                                          "-Wl,-rpath,/usr/lib/llvm-19/lib", "-pthread", "-o", binary])
        res["cpu"] = children_cpu() - cpu0  # the build only: the tests run below
        if rc != 0:
            (out / "link.log").write_text(log)
            res["failed_tus"].append("(link)")
        else:
            res["size"] = binary.stat().st_size
            res["text"] = text_size(binary)
            p = subprocess.run([str(binary)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            (out / "tests.log").write_text(p.stdout)
            res["ran"], res["passed"] = gtest_counts(p.stdout)
            p = subprocess.run([str(smoke)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            (out / "ir_smoke.out").write_text(p.stdout)
            res["ir_smoke"] = p.stdout.strip()
            res["ran"] += 1
            res["passed"] += int(p.returncode == 0)
    if not res["cpu"]:
        res["cpu"] = children_cpu() - cpu0
    return res


def llvm_probe(tree):
    """Compiles and runs usage/llvm/probe.cpp with the patched compiler on the
    fully patched headers: it prints which ADT types are pinned."""
    out = WORK / "llvm" / "out" / "probe"
    rc, log, _ = run([PATCHED_CXX] + LLVM_FLAGS + ["-I", tree / "include", USAGE_DIR / "llvm" / "probe.cpp", "-o", out])
    if rc != 0:
        return f"probe does not compile:\n{log}"
    return subprocess.run([str(out)], stdout=subprocess.PIPE, text=True).stdout


# ------------------------------------------------------------------ abseil
ABSEIL_DIR = "abseil-20220623.1"
# The synchronization tests (absl/synchronization/CMakeLists.txt), and the
# call_once and spinlock tests, whose types the patch marks too.
ABSEIL_TESTS = ["absl_barrier_test", "absl_blocking_counter_test", "absl_graphcycles_test",
                "absl_mutex_test", "absl_notification_test", "absl_per_thread_sem_test",
                "absl_lifetime_test", "absl_call_once_test", "absl_spinlock_test"]
# Programs that check with assertions and print no googletest summary: one
# test each, passed when they exit 0.
ABSEIL_PLAIN = {"absl_lifetime_test"}


def abseil_source():
    """Debian's abseil source package (apt-get source: the upstream tarball
    with Debian's patches applied)."""
    dl = WORK / "abseil" / "dl"
    src = dl / ABSEIL_DIR
    if not (src / "CMakeLists.txt").exists():
        note("apt-get source abseil")
        apt_source("abseil", dl, download_only=False)
        if not (src / "CMakeLists.txt").exists():
            die(f"apt-get source abseil did not produce {src}")
    return src


def abseil_config(name, cxx, patches, run_tests, jobs):
    """Configures abseil with its tests on, against Debian's GoogleTest
    (libgtest-dev, built from /usr/src/googletest), builds the test programs
    (timed; -k 0 so that every diagnostic is seen) and runs them (when
    run_tests)."""
    tree = WORK / "abseil" / "trees" / name.replace("+", "-")
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(abseil_source(), tree)
    apply_patches(tree, USAGE_DIR / "abseil", patches)
    build = WORK / "abseil" / "build" / name.replace("+", "-")
    shutil.rmtree(build, ignore_errors=True)
    res = {"name": name, "cpu": 0.0, "diags": [], "compiled": 0, "failed_tus": [],
           "ran": None, "passed": None, "size": None, "text": None}
    cc = str(Path(cxx).parent / Path(cxx).name.replace("clang++", "clang"))
    rc, log, _ = run(["cmake", "-S", tree, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release", "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG",
                      "-DCMAKE_C_FLAGS_RELEASE=-O1 -DNDEBUG",
                      f"-DCMAKE_CXX_COMPILER={cxx}", f"-DCMAKE_C_COMPILER={cc}", "-DCMAKE_CXX_STANDARD=17",
                      "-DBUILD_TESTING=ON", "-DABSL_BUILD_TESTING=ON", "-DABSL_USE_EXTERNAL_GOOGLETEST=ON",
                      "-DABSL_FIND_GOOGLETEST=ON"])
    if rc != 0:
        (WORK / "abseil" / f"{name}-cmake.log").write_text(log)
        die(f"abseil: cmake failed for {name} (log: {WORK / 'abseil' / (name + '-cmake.log')})")
    rc, log, cpu = run(["ninja", "-C", build, f"-j{jobs}", "-k", "0"] + ABSEIL_TESTS)
    (build / "tests-build.log").write_text(log)
    res["cpu"] = cpu
    res["diags"] = diagnostics(log, [str(tree)])
    res["compiled"] = len(re.findall(r"Building CXX object", log)) - len(re.findall(r"^FAILED: .*\.o\b", log, re.M))
    res["failed_tus"] = re.findall(r"^FAILED: (\S+\.o)\b", log, re.M)
    if rc != 0 and not res["failed_tus"]:
        res["failed_tus"] = ["(link)"]
    if run_tests and rc == 0:
        res["ran"] = res["passed"] = res["size"] = res["text"] = 0
        for test in ABSEIL_TESTS:
            binary = build / "bin" / test
            res["size"] += binary.stat().st_size
            res["text"] += text_size(binary)
            p = subprocess.run(NICE + [str(binary)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, errors="replace")
            (build / f"{test}.log").write_text(p.stdout)
            if test in ABSEIL_PLAIN:
                ran, passed = 1, int(p.returncode == 0)
            else:
                ran, passed = gtest_counts(p.stdout)
                if p.returncode != 0:
                    passed = min(passed, ran - 1)
            res["ran"] += ran
            res["passed"] += passed
    return res


def study_abseil(jobs):
    if not PATCHED_CXX.exists():
        die(f"the patched compiler is not built ({PATCHED_CXX}); run ./build.sh first")
    study_dir = USAGE_DIR / "abseil"
    abseil_source()
    results = []
    for name, cxx, patches, run_tests in configs("abseil"):
        note(f"abseil: {name}")
        r = abseil_config(name, cxx, patches, run_tests, jobs)
        results.append(r)
        print(f"    compiled {r['compiled']}, cpu {r['cpu']:.1f}s, tests {r['ran']}/{r['passed']}", flush=True)
    explicit = sum(l.count("ABSL_PINNED ") for l in (study_dir / "types.patch").read_text().splitlines()
                   if l.startswith("+") and not l.startswith("+#define") and not l.startswith("+//"))
    return table("abseil", results, load_classes(study_dir), explicit)


# ------------------------------------------------------------------ Boost.Intrusive
BOOST_TARBALL = "boost1.81_1.81.0.orig.tar.xz"
BOOST_TESTS = ["list_test", "set_test", "default_hook_test",
               "any_test"]
BOOST_FLAGS = ["-std=c++17", "-O2"]


def boost_source():
    """Boost 1.81 from Debian's boost1.81 orig tarball (apt-get source
    --download-only): every library's headers, merged into one include tree
    (hard links), and Boost.Intrusive's include and test directories."""
    base = WORK / "boost"
    src = base / "pristine"
    if (src / ".complete").exists():
        return src
    tarball = base / "dl" / BOOST_TARBALL
    if not tarball.exists():
        note("apt-get source --download-only boost1.81")
        apt_source("boost1.81", tarball.parent, download_only=True)
    note(f"extracting the headers and libs/intrusive/test from {tarball.name}")
    tmp = base / "extract"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    subprocess.run(NICE + ["tar", "xJf", str(tarball), "-C", str(tmp), "--wildcards",
                           "*/libs/*/include/*", "*/libs/intrusive/test/*"], check=True)
    libs = next(tmp.iterdir()) / "libs"
    shutil.rmtree(src, ignore_errors=True)
    merged = src / "boost-headers"
    merged.mkdir(parents=True)
    for inc in sorted(libs.glob("*/include")) + sorted(libs.glob("*/*/include")):
        if inc.parent.name != "intrusive":
            shutil.copytree(inc, merged, dirs_exist_ok=True, copy_function=os.link)
    shutil.move(str(libs / "intrusive" / "include"), str(src / "include"))
    shutil.move(str(libs / "intrusive" / "test"), str(src / "test"))
    shutil.rmtree(tmp)
    (src / ".complete").touch()
    return src


def boost_config(name, cxx, patches, run_tests, jobs):
    """Compiles each Boost.Intrusive test of the subset into its own program
    (header-only) and runs it: lightweight_test exits 0 when no check failed."""
    tree = WORK / "boost" / "trees" / name.replace("+", "-")
    shutil.rmtree(tree, ignore_errors=True)
    src = boost_source()
    shutil.copytree(src / "include", tree / "include")
    shutil.copytree(src / "test", tree / "test")
    apply_patches(tree, USAGE_DIR / "boost", patches)
    out = WORK / "boost" / "out" / name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    res = {"name": name, "cpu": 0.0, "diags": [], "compiled": 0, "failed_tus": [],
           "ran": None, "passed": None, "size": None, "text": None}
    if run_tests:
        res["ran"] = res["passed"] = res["size"] = res["text"] = 0
    cpu0 = children_cpu()
    cmds = [[cxx] + BOOST_FLAGS + ["-I", tree / "include", "-I", tree / "test", "-I", src / "boost-headers",
                                   tree / "test" / f"{test}.cpp"]
            + (["-o", out / test] if run_tests else ["-fsyntax-only"]) for test in BOOST_TESTS]
    logs = run_many(cmds, jobs)
    res["cpu"] = children_cpu() - cpu0
    for test, (rc, log) in zip(BOOST_TESTS, logs):
        binary = out / test
        (out / f"{test}.log").write_text(log)
        res["diags"] += diagnostics(log, [str(tree), str(src / "boost-headers")])
        if rc != 0:
            res["failed_tus"].append(test)
            continue
        res["compiled"] += 1
        if run_tests:
            res["size"] += binary.stat().st_size
            res["text"] += text_size(binary)
            p = subprocess.run([str(binary)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            (out / f"{test}.run.log").write_text(p.stdout)
            res["ran"] += 1
            res["passed"] += int(p.returncode == 0)
    return res


def study_boost(jobs):
    if not PATCHED_CXX.exists():
        die(f"the patched compiler is not built ({PATCHED_CXX}); run ./build.sh first")
    study_dir = USAGE_DIR / "boost"
    boost_source()
    results = []
    for name, cxx, patches, run_tests in configs("boost"):
        note(f"boost: {name} ({len(BOOST_TESTS)} Boost.Intrusive tests)")
        r = boost_config(name, cxx, patches, run_tests, jobs)
        results.append(r)
        print(f"    compiled {r['compiled']}, cpu {r['cpu']:.1f}s, tests {r['ran']}/{r['passed']}", flush=True)
    explicit = sum(l.count("BOOST_INTRUSIVE_PINNED ") for l in (study_dir / "types.patch").read_text().splitlines()
                   if l.startswith("+") and "#define" not in l and not l.startswith("+//"))
    return table("boost", results, load_classes(study_dir), explicit)


# ------------------------------------------------------------------ report
def fmt_size(n):
    return "-" if n is None else f"{n:,}"


def table(study, results, classes, explicit, extra=""):
    """Prints the study's markdown table and its diagnostics; returns the
    number of problems (unclassified diagnostics, failed builds or tests).
    Saves what it printed from, so that --report can print it again (after
    diagnostics.tsv changed) without rebuilding."""
    import json
    (WORK / study).mkdir(parents=True, exist_ok=True)
    (WORK / study / "results.json").write_text(json.dumps(
        {"results": results, "explicit": explicit, "extra": extra}, default=list))
    problems = 0
    study_dir = USAGE_DIR / study
    print(f"\n### {study}\n")
    print("| configuration | TUs compiled | compile CPU s | binary bytes | text bytes | tests run | passed |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        ran = "-" if r["ran"] is None else r["ran"]
        passed = "-" if r["passed"] is None else r["passed"]
        total = r["compiled"] + len(r["failed_tus"])
        print(f"| {r['name']} | {r['compiled']}/{total} | {r['cpu']:.1f} | {fmt_size(r['size'])} | "
              f"{fmt_size(r['text'])} | {ran} | {passed} |")
    for name in ("types", "fixes", "init"):
        p = study_dir / f"{name}.patch"
        if p.exists():
            plus, minus = patch_lines(p)
            print(f"\n{name}.patch: +{plus} -{minus} lines", end="")
    print(f"\n\ntypes marked pinned explicitly: {explicit}")
    if extra:
        print(extra.rstrip())
    by = {r["name"]: r for r in results}
    # The baseline: the patched compiler on the pristine source when that
    # configuration ran, else the stock compiler on it.
    baseline = "patched" if "patched" in by else "clang-19" if "clang-19" in by else None
    base = {(f, l, k, m) for f, l, k, m in by[baseline]["diags"]} if baseline else set()
    # Where the new diagnostics are read: the types-only configuration, else
    # (abseil's default, whose patches need no fixes) the fully patched one.
    marked = "patched+types" if "patched+types" in by else "patched+pinned"
    new = []
    for d in by.get(marked, {"diags": []})["diags"]:
        if d not in base and d not in new:
            new.append(d)
    print(f"\nnew diagnostics ({marked}, absent from {baseline}): {len(new)}")
    counts = {}
    for d in new:
        cls, why = classify(d, classes)
        counts[cls] = counts.get(cls, 0) + 1
        if cls == "UNCLASSIFIED":
            problems += 1
        print(f"- `{d[0]}:{d[1]}` {d[2]}: {d[3]}\n  -> **{cls}**{': ' + why if why else ''}")
    if counts:
        print("by class: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for r in results:
        if r["name"] == "patched+types":
            continue
        if r["failed_tus"]:
            problems += 1
            print(f"FAILED: {r['name']} does not build: {', '.join(r['failed_tus'])}")
        elif r["ran"] is not None and (r["ran"] == 0 or r["ran"] != r["passed"]):
            problems += 1
            print(f"FAILED: {r['name']}: {r['passed']} of {r['ran']} tests passed")
    return problems


def study_llvm(jobs):
    if not PATCHED_CXX.exists():
        die(f"the patched compiler is not built ({PATCHED_CXX}); run ./build.sh first")
    study_dir = USAGE_DIR / "llvm"
    llvm_source()
    results = []
    for name, cxx, patches, run_tests in configs("llvm"):
        note(f"llvm: {name} ({len(LLVM_TESTS)} unit tests)")
        r = llvm_config(name, cxx, patches, run_tests, jobs)
        results.append(r)
        print(f"    compiled {r['compiled']}, cpu {r['cpu']:.1f}s, tests {r['ran']}/{r['passed']}", flush=True)
    explicit = sum(l.count("LLVM_PINNED ") for l in (study_dir / "types.patch").read_text().splitlines()
                   if l.startswith("+") and not l.startswith("+#define") and not l.startswith("+///"))
    extra = llvm_probe(WORK / "llvm" / "trees" / "patched-pinned")
    for r in results:
        if "ir_smoke" in r:
            extra += f"ir_smoke.cpp ({r['name']}): {r['ir_smoke']}\n"
    return table("llvm", results, load_classes(study_dir), explicit, extra)


STUDIES = {"llvm": study_llvm, "abseil": study_abseil, "boost": study_boost}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("studies", nargs="*", help=f"studies to run ({', '.join(STUDIES)}; default all)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="parallel compile jobs (default 1)")
    ap.add_argument("--report", action="store_true",
                    help="print the tables of the last run again, without building")
    ap.add_argument("--configs", help="comma-separated configurations to run (overrides the defaults)")
    ap.add_argument("--all-configs", action="store_true",
                    help="run all five configurations in every study")
    args = ap.parse_args()
    global ALL_CONFIGS, ONLY_CONFIGS
    ALL_CONFIGS = args.all_configs
    ONLY_CONFIGS = args.configs.split(",") if args.configs else None
    names = args.studies or list(STUDIES)
    for n in names:
        if n not in STUDIES:
            die(f"unknown study '{n}' (known: {', '.join(STUDIES)})")
    WORK.mkdir(parents=True, exist_ok=True)
    problems = 0
    for n in names:
        if args.report:
            import json
            saved = WORK / n / "results.json"
            if not saved.exists():
                die(f"no saved results for {n}; run the study first")
            data = json.loads(saved.read_text())
            for r in data["results"]:
                r["diags"] = [tuple(d) for d in r["diags"]]
            problems += table(n, data["results"], load_classes(USAGE_DIR / n), data["explicit"], data["extra"])
        else:
            problems += STUDIES[n](args.jobs)
    print(f"\nusage: {len(names)} studies, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
