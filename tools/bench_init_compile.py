#!/usr/bin/env python3
"""Compile-time cost of init functions, as figures (not a pass/fail test).

Generates two translation units with the same N classes of M members each:
one constructs every class with a constructor, the other with an init function
(field-wise construction, checked by the definite-initialization analysis and
with rollback flags for the members that need destruction). Prints the median
-fsyntax-only, -emit-llvm -O0 and -emit-llvm -O2 times of each over R runs,
and the overhead of init functions against constructors.

Usage: bench_init_compile.py CLANGXX [N] [M] [R] [--before OLD_CLANGXX]

With --before, the same figures for a second compiler (an earlier build of the
series), the runs of both interleaved.
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


def elapsed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv):
    args = list(argv[1:])
    before = None
    if "--before" in args:
        i = args.index("--before")
        before = args[i + 1]
        del args[i:i + 2]
    if not args:
        print(__doc__)
        return 2
    clang = args[0]
    n, m, runs = (int(a) for a in (args[1:4] + ["2000", "8", "5"][len(args) - 1:]))
    compilers = [("after", clang)] + ([("before", before)] if before else [])
    print(f"{n} classes x {m} members (half of the members with a destructor), "
          f"median of {runs} runs" + (", compilers interleaved" if before else ""))
    modes = (("-fsyntax-only", ["-fsyntax-only"]),
             ("-O0", ["-O0", "-S", "-emit-llvm", "-o", "/dev/null"]),
             ("-O2", ["-O2", "-S", "-emit-llvm", "-o", "/dev/null"]))
    kinds = (("constructors", False), ("init functions", True))
    samples = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for label, init in kinds:
            paths[label] = f"{tmp}/{'init' if init else 'ctor'}.cpp"
            with open(paths[label], "w") as f:
                f.write(source(n, m, init))
        # Interleaved, so that a slower or faster phase of the machine affects
        # every configuration alike.
        for _ in range(runs):
            for name, cc in compilers:
                for label, _ in kinds:
                    for mode, flags in modes:
                        samples.setdefault((name, label, mode), []).append(
                            elapsed([cc, "-std=c++23", *flags, paths[label]]))
    for name, cc in compilers:
        times = {k[1:]: statistics.median(v) for k, v in samples.items() if k[0] == name}
        if before:
            print(f"{name}: {cc}")
        for label, _ in kinds:
            print(f"  {label:15s} " + "   ".join(
                f"{mode} {times[label, mode]:7.3f} s" for mode, _ in modes))
        print("  overhead of init functions: " + "   ".join(
            f"{mode} {100 * (times['init functions', mode] / times['constructors', mode] - 1):+.0f}%"
            for mode, _ in modes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
