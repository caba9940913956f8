// harness.hpp - the driver shared by the instruction-count kernels (bench/kernels/NN_*.cpp).
//
// Each kernel includes its example (with the example's main renamed away), so the
// library path runs exactly the example's initializer on the example's types, and adds a
// hand-written two-phase baseline (default-construct, then init() returning an error
// code). It defines, with C linkage so that the runner finds them by name:
//
//   int  bench_lib(void* out, int arg);   // the example's init path, into `out`
//   int  bench_base(void* out, int arg);  // the two-phase baseline, into `out`
//   void destroy_lib(void* out);          // ends what bench_lib built (not measured)
//   void destroy_base(void* out);
//   constexpr std::size_t bench_storage;  // bytes `out` must provide
//
// and, when it defines BENCH_HAS_SETUP, setup_lib/setup_base(void* out), run before every
// initialization outside the collected region (e.g. to put a static slot back into its
// constant-initialized empty state). `arg` is 1 at run time; kernels derive their
// arguments from it so that nothing can be folded at compile time.
//
// main() runs each of bench_lib, bench_base and bench_empty (does nothing but let `out`
// escape) N times under callgrind. Collection is switched on only around the call itself
// (CALLGRIND_TOGGLE_COLLECT), and each set is dumped on its own, so
// (Ir(lib) - Ir(empty)) / N is the cost of one initialization with the call overhead and
// the toggles subtracted. Destruction runs outside the collected region.
#pragma once

#include <valgrind/callgrind.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

// Kept out of line and out of interprocedural analysis (GCC's identical-code folding
// would otherwise merge a library function with a byte-identical baseline, and constant
// propagation would specialise it for the caller's arguments).
#if defined(__clang__)
#define BENCH_FN extern "C" __attribute__((noinline, used))
#else
#define BENCH_FN extern "C" __attribute__((noinline, noipa, used))
#endif

// Makes the compiler assume that `p` and everything reachable from it is read and
// written here: the object built in `out` must really be built.
inline void bench_escape(void* p) { asm volatile("" : : "r"(p) : "memory"); }

BENCH_FN int bench_lib(void* out, int arg);
BENCH_FN int bench_base(void* out, int arg);
BENCH_FN void destroy_lib(void* out);
BENCH_FN void destroy_base(void* out);

BENCH_FN int bench_empty(void* out, int arg) {
    bench_escape(out);
    return arg == -12345;
}
BENCH_FN void destroy_empty(void*) {}
#ifndef BENCH_HAS_SETUP
BENCH_FN void setup_lib(void*) {}
BENCH_FN void setup_base(void*) {}
#else
BENCH_FN void setup_lib(void* out);
BENCH_FN void setup_base(void* out);
#endif
BENCH_FN void setup_empty(void*) {}

#if PIN_HAS_INIT_PARAMETERS && defined(BENCH_HAS_DIRECT)
// Patched compiler only: the example's native init function called directly on `out`
// (`f(init *p, args...)`), without the library's initializer wrapper around it. This is
// the "init function against the hand-written equivalent" figure.
BENCH_FN int bench_direct(void* out, int arg);
BENCH_FN void destroy_direct(void* out);
#endif

namespace bench {
using init_fn = int (*)(void*, int);
using destroy_fn = void (*)(void*);

inline void run(const char* name, destroy_fn setup, init_fn init, destroy_fn destroy, void* out, int arg, long n) {
    // Warm-up outside the collected region: first-use costs (allocator arenas, string
    // capacity, lazy statics) are not part of an initialization.
    for (int i = 0; i < 3; ++i) {
        setup(out);
        if (init(out, arg) != 0) {
            std::fprintf(stderr, "%s: initialization failed\n", name);
            std::exit(1);
        }
        destroy(out);
    }
    for (long i = 0; i < n; ++i) {
        setup(out);
        CALLGRIND_TOGGLE_COLLECT;
        int r = init(out, arg);
        CALLGRIND_TOGGLE_COLLECT;
        if (r != 0) {
            std::fprintf(stderr, "%s: initialization failed\n", name);
            std::exit(1);
        }
        destroy(out);
    }
    CALLGRIND_DUMP_STATS_AT(name);
}
}  // namespace bench

int main(int argc, char** argv) {
    long n = argc > 1 ? std::atol(argv[1]) : 1000;
    // A run-time argument (1 unless told otherwise) so that nothing is folded at compile time.
    int arg = argc > 2 ? std::atoi(argv[2]) : 1;
    void* out = ::operator new(bench_storage, std::align_val_t(64));
    std::memset(out, 0, bench_storage);
    bench::run("empty", setup_empty, bench_empty, destroy_empty, out, arg, n);
    bench::run("base", setup_base, bench_base, destroy_base, out, arg, n);
    bench::run("lib", setup_lib, bench_lib, destroy_lib, out, arg, n);
#if PIN_HAS_INIT_PARAMETERS && defined(BENCH_HAS_DIRECT)
    bench::run("direct", setup_empty, bench_direct, destroy_direct, out, arg, n);
#endif
    ::operator delete(out, std::align_val_t(64));
    // Which features the example compiled with: the runner labels the patched path with it.
    std::printf("ok %ld native=%d pinned=%d\n", n, PIN_HAS_INIT_PARAMETERS, PIN_HAS_NATIVE_PINNED);
    return 0;
}
