#!/usr/bin/env python3
"""Compile-time cost of init functions, as figures (not a pass/fail test).

Generates two translation units with the same N classes of M members each:
one constructs every class with a constructor, the other with an init function
(field-wise construction, checked by the definite-initialization analysis and
with rollback flags for the members that need destruction). Prints the median
-fsyntax-only and -emit-llvm -O0 times of each over R runs.

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
    with tempfile.TemporaryDirectory() as tmp:
        for label, init in (("constructors", False), ("init functions", True)):
            path = f"{tmp}/{'init' if init else 'ctor'}.cpp"
            with open(path, "w") as f:
                f.write(source(n, m, init))
            sema = median_time([clang, "-std=c++23", "-fsyntax-only", path], runs)
            codegen = median_time([clang, "-std=c++23", "-O0", "-S", "-emit-llvm", "-o", "/dev/null", path], runs)
            print(f"  {label:15s} -fsyntax-only {sema:6.3f} s   -emit-llvm -O0 {codegen:6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
