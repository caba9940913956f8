#!/usr/bin/env python3
"""Compile-time cost of init functions, as figures (not a pass/fail test).

Generates two translation units with the same N classes of M members each:
one constructs every class with a constructor, the other with an init function
(field-wise construction, checked by the definite-initialization analysis and
with rollback flags for the members that need destruction). Prints the median
-fsyntax-only, -emit-llvm -O0 and -emit-llvm -O2 times of each over R runs,
and the overhead of init functions against constructors.

Usage: bench_init_compile.py CLANGXX [N] [M] [R]
"""
import statistics
import subprocess
import sys
import tempfile
import time


def source(n, m, init):
    out = ["struct probe { ~probe(); int v; };"]
    for i in range(n):
        members = " ".join(f"probe p{j}; int x{j};" for j in range(m))
        if init:
            out.append(f"struct c{i} {{ {members} }};")
            body = " ".join(f"self.p{j} = probe{{{j}}}; self.x{j} = v + {j};" for j in range(m))
            out.append(f"void make{i}(init c{i}& self, int v) {{ {body} }}")
            out.append(f"c{i} use{i}(int v) {{ return make{i}(v); }}")
        else:
            inits = ", ".join(f"p{j}{{{j}}}, x{j}(v + {j})" for j in range(m))
            out.append(f"struct c{i} {{ {members} explicit c{i}(int v) : {inits} {{}} }};")
            out.append(f"c{i} use{i}(int v) {{ return c{i}(v); }}")
    return "\n".join(out) + "\n"


def median_time(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    clang = argv[1]
    n, m, runs = (int(a) for a in (argv[2:5] + ["2000", "8", "5"][len(argv) - 2:]))
    print(f"{n} classes x {m} members (half of them with a destructor), median of {runs} runs")
    modes = (("-fsyntax-only", ["-fsyntax-only"]),
             ("-O0", ["-O0", "-S", "-emit-llvm", "-o", "/dev/null"]),
             ("-O2", ["-O2", "-S", "-emit-llvm", "-o", "/dev/null"]))
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, init in (("constructors", False), ("init functions", True)):
            path = f"{tmp}/{'init' if init else 'ctor'}.cpp"
            with open(path, "w") as f:
                f.write(source(n, m, init))
            for mode, flags in modes:
                times[label, mode] = median_time([clang, "-std=c++23", *flags, path], runs)
            print(f"  {label:15s} " + "   ".join(
                f"{mode} {times[label, mode]:7.3f} s" for mode, _ in modes))
    print("  overhead of init functions: " + "   ".join(
        f"{mode} {100 * (times['init functions', mode] / times['constructors', mode] - 1):+.0f}%"
        for mode, _ in modes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
